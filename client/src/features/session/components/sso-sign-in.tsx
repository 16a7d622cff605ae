import { useT } from '../../../lib/i18n/use-t.ts';
import { Alert } from '../../../components/ui/alert.tsx';

/** Reasons the server sends back from the provider (`/sign-in?sso=…`), each worded for people. */
export const SSO_ERRORS = [
  'sso_off',
  'sso_state',
  'sso_denied',
  'sso_clock',
  'sso_unavailable',
  'sso_failed',
  'sso_no_role',
  'sso_deactivated',
  'sso_no_email',
  'sso_email_taken',
] as const;
export type SsoErrorCode = (typeof SSO_ERRORS)[number];
export const isSsoError = (v: string | null): v is SsoErrorCode => v !== null && (SSO_ERRORS as readonly string[]).includes(v);

/** "Inloggen met <provider>": a plain link, as the browser must go to the provider (a full page load, not a fetch). */
export function SsoSignIn({ providerName, error }: { providerName: string; error: SsoErrorCode | null }) {
  const t = useT();
  return (
    <div className="app-form">
      {error ? (
        <Alert type={error === 'sso_no_role' ? 'warning' : 'error'} live>
          <p className="utrecht-paragraph">{t(`session.sso.error.${error}`, { provider: providerName })}</p>
        </Alert>
      ) : null}
      <p className="utrecht-paragraph">
        <a className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action" href="/api/auth/sso/login">
          {t('session.sso.signIn', { provider: providerName })}
        </a>
      </p>
    </div>
  );
}
