import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { useT } from '../../lib/i18n/use-t.ts';
import { useDocumentTitle } from '../../lib/use-document-title.ts';
import { Alert } from '../../components/ui/alert.tsx';
import { Link } from '../../components/ui/link.tsx';
import { PageHeader } from '../../components/ui/page-header.tsx';
import { Skeleton } from '../../components/ui/skeleton.tsx';
import { useSession } from '../../features/session/api/get-session.ts';
import { SignInForm } from '../../features/session/components/sign-in-form.tsx';

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

  if (session.data?.kind === 'signed-in') return <Navigate to={next} replace />;
  return (
    <>
      <PageHeader title={t('session.signIn.title')} intro={t('session.signIn.intro')} />
      {session.isPending ? (
        <Skeleton />
      ) : session.data?.kind === 'open' ? (
        <Alert type="info">
          <p className="utrecht-paragraph">{t('session.signIn.notNeeded')}</p>
          <Link to="/">{t('session.signIn.toDashboard')}</Link>
        </Alert>
      ) : (
        <SignInForm onSignedIn={() => void navigate(next, { replace: true })} />
      )}
    </>
  );
}
