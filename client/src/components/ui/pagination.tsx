import { useT } from '../../lib/i18n/use-t.ts';
import { Button } from './button.tsx';

/**
 * Cursor pagination: the API gives a next cursor, not page numbers, so this
 * shows how much is loaded and a button for the next page.
 */
export function Pagination({
  shown,
  total,
  hasMore,
  loading,
  onMore,
  loadingText,
}: {
  shown: number;
  total: number;
  hasMore: boolean;
  loading: boolean;
  onMore: () => void;
  /** What the button says while the next page loads (default: the register's words). */
  loadingText?: string;
}) {
  const t = useT();
  return (
    <nav className="utrecht-pagination app-pagination" aria-label={t('register.shown', { shown, total })}>
      <p className="utrecht-paragraph" aria-live="polite">
        {t('register.shown', { shown, total })}
      </p>
      {hasMore ? (
        <Button onClick={onMore} busy={loading}>
          {loading ? (loadingText ?? t('register.loadingMore')) : t('common.loadMore')}
        </Button>
      ) : null}
    </nav>
  );
}
