import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { useT } from '../../lib/i18n/use-t.ts';
import { useDocumentTitle } from '../../lib/use-document-title.ts';
import { Alert } from '../../components/ui/alert.tsx';
import { Link } from '../../components/ui/link.tsx';
import { PageHeader } from '../../components/ui/page-header.tsx';
import { Skeleton } from '../../components/ui/skeleton.tsx';
import { useSession } from '../../features/session/api/get-session.ts';
import { SignInForm } from '../../features/session/components/sign-in-form.tsx';
import { useSignInOptions } from '../../features/session/api/get-sign-in-options.ts';
import { isSsoError, SsoSignIn } from '../../features/session/components/sso-sign-in.tsx';
import { Heading, Paragraph } from '../../components/ui/heading.tsx';

/** Only same-site paths are followed after sign-in (no open redirect). */
function safeNext(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') ? next : '/';
}

export function Component() {
  const t = useT();
  useDocumentTitle(t('session.signIn.title'));
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const session = useSession();
  const next = safeNext(params.get('next'));
  const options = useSignInOptions();
  const ssoError = params.get('sso');

  if (session.data?.kind === 'signed-in') return <Navigate to={next} replace />;
  return (
    <>
      <PageHeader title={t('session.signIn.title')} intro={options.data?.sso ? t('session.sso.intro') : t('session.signIn.intro')} />
      {session.isPending ? (
        <Skeleton />
      ) : session.data?.kind === 'open' ? (
        <Alert type="info">
          <p className="utrecht-paragraph">{t('session.signIn.notNeeded')}</p>
          <Link to="/">{t('session.signIn.toDashboard')}</Link>
        </Alert>
      ) : options.isPending ? (
        <Skeleton />
      ) : options.data?.sso ? (
        <>
          <SsoSignIn providerName={options.data.sso.providerName} error={isSsoError(ssoError) ? ssoError : null} />
          {options.data.localLogin ? (
            <section aria-labelledby="local-sign-in">
              <Heading level={2} id="local-sign-in">
                {t('session.sso.local')}
              </Heading>
              <SignInForm onSignedIn={() => void navigate(next, { replace: true })} />
            </section>
          ) : (
            <details className="app-details">
              <summary>{t('session.sso.breakGlass')}</summary>
              <Paragraph>{t('session.sso.breakGlassText')}</Paragraph>
              <SignInForm onSignedIn={() => void navigate(next, { replace: true })} />
            </details>
          )}
        </>
      ) : (
        <SignInForm onSignedIn={() => void navigate(next, { replace: true })} />
      )}
    </>
  );
}
