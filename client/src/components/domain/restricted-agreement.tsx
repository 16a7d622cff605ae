import { useT } from '../../lib/i18n/use-t.ts';

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
      <svg className="app-restricted__icon" width="11" height="13" viewBox="0 0 11 13" aria-hidden="true" focusable="false">
        <path d="M2.5 5.5V4a3 3 0 0 1 6 0v1.5" fill="none" stroke="currentColor" strokeWidth="1.4" />
        <rect x="0.5" y="5.5" width="10" height="7" rx="1.2" fill="currentColor" />
      </svg>
      {t('agreement.restricted.named', { id })}
    </span>
  );
}
