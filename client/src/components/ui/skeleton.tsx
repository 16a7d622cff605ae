import { useT } from '../../lib/i18n/use-t.ts';
import { cx } from './cx.ts';

/** Grey placeholder lines while data loads; announced once as "loading". */
export function Skeleton({ lines = 3, className }: { lines?: number; className?: string }) {
  const t = useT();
  return (
    <div className={cx('app-skeleton', className)} role="status" aria-live="polite">
      <span className="app-visually-hidden">{t('common.loading')}</span>
      {Array.from({ length: lines }, (_, i) => (
        <span key={i} className="app-skeleton__line" aria-hidden="true" />
      ))}
    </div>
  );
}
