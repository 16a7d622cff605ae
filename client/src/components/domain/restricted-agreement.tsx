import { useT } from '../../lib/i18n/use-t.ts';
import { LockIcon } from './lock-icon.tsx';

/**
 * An agreement the signed-in user may not see (it lies outside their
 * collaborations), where a link to it would otherwise be: plain text with
 * its number, never a link to a page that would answer "not found". The
 * lock and the grey only support the words.
 */
export function RestrictedAgreement({ id }: { id: number }) {
  const t = useT();
  return (
    <span className="app-restricted" data-restricted-agreement={id}>
      <LockIcon />
      {t('agreement.restricted.named', { id })}
    </span>
  );
}
