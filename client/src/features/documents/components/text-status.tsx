import { useT } from '../../../lib/i18n/use-t.ts';
import { cx } from '../../../components/ui/cx.ts';
import type { DocumentTextStatus } from '@akkoord/shared/domain/documents';

/** Where reading a version's text stands, in plain words, with the server's reason when it failed. */
export function TextStatus({ status, reason }: { status: DocumentTextStatus; reason?: string | null }) {
  const t = useT();
  return (
    <span className={cx('app-text-status', `app-text-status--${status}`)}>
      {t(`documents.textStatus.${status}`)}
      {reason && status !== 'done' ? <span className="app-text-status__reason"> {t('documents.textStatus.reason', { reason })}</span> : null}
    </span>
  );
}
