import { useEffect, useRef } from 'react';
import { Navigate, Outlet, useLocation, useNavigation } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { onPasswordChangeRequired, onUnauthenticated } from '../../lib/api-client.ts';
import { useT } from '../../lib/i18n/use-t.ts';
import { SkipLink } from '../../components/ui/skip-link.tsx';
import { useToast } from '../../components/ui/toast.tsx';
import { useSession, type SessionState } from '../../features/session/api/get-session.ts';
import { useAccountLanguage } from '../../features/session/api/use-account-language.ts';
import { LanguageOffer } from './language-offer.tsx';
import { Footer } from './footer.tsx';
import { Header } from './header.tsx';
import { PageSkeleton } from './page-skeleton.tsx';
import { sessionKeys } from '../../features/session/api/keys.ts';

/** Where a user with a temporary password chooses their own; the server refuses every other page's data until then. */
const CHANGE_PASSWORD_PATH = '/account';

/** When any API call answers 401, the session is gone: go to sign-in. */
function useSessionExpiry() {
  const queryClient = useQueryClient();
  const toast = useToast();
  const t = useT();
  useEffect(
    () =>
      onUnauthenticated(() => {
        const current = queryClient.getQueryData<SessionState>(sessionKeys.current);
        if (current?.kind === 'signed-in') toast.show(t('session.expired'), 'warning');
        queryClient.setQueryData<SessionState>(sessionKeys.current, { kind: 'signed-out' });
      }),
    [queryClient, toast, t],
  );
}

/**
 * When any API call answers 403 `password_change_required`, the account must
 * get a new password (e.g. an admin reset it while this tab kept an older
 * session view): mark the session so, and the layout sends the user on.
 */
function usePasswordChangeRefusal() {
  const queryClient = useQueryClient();
  useEffect(
    () =>
      onPasswordChangeRequired(() => {
        const current = queryClient.getQueryData<SessionState>(sessionKeys.current);
        if (current?.kind !== 'signed-in') void queryClient.invalidateQueries({ queryKey: sessionKeys.current });
        else if (!current.user.mustChangePassword) {
          const marked: SessionState = { kind: 'signed-in', user: { ...current.user, mustChangePassword: true } };
          queryClient.setQueryData<SessionState>(sessionKeys.current, marked);
        }
      }),
    [queryClient],
  );
}

/** Moves focus to the main region after in-app navigation, so screen readers start at the new page. */
function useFocusOnNavigate(mainRef: React.RefObject<HTMLElement | null>) {
  const { pathname } = useLocation();
  const previous = useRef(pathname);
  useEffect(() => {
    // Only a change of page moves focus (not the first load, not a re-render).
    if (previous.current === pathname) return;
    previous.current = pathname;
    mainRef.current?.focus({ preventScroll: true });
    window.scrollTo(0, 0);
  }, [pathname, mainRef]);
}

/** The signed-in shell: skip link, header with navigation, the page, footer. */
export function AppLayout() {
  const t = useT();
  const session = useSession();
  const location = useLocation();
  const navigation = useNavigation();
  const mainRef = useRef<HTMLElement>(null);
  useSessionExpiry();
  usePasswordChangeRefusal();
  useFocusOnNavigate(mainRef);
  useAccountLanguage(session.data);

  if (session.data?.kind === 'signed-out') {
    const next = `${location.pathname}${location.search}`;
    return <Navigate to={`/sign-in${next === '/' ? '' : `?next=${encodeURIComponent(next)}`}`} replace />;
  }
  const mustChangePassword = session.data?.kind === 'signed-in' && session.data.user.mustChangePassword;
  if (mustChangePassword && location.pathname !== CHANGE_PASSWORD_PATH) return <Navigate to={CHANGE_PASSWORD_PATH} replace />;

  const busy = navigation.state === 'loading';
  return (
    <div className="utrecht-page-layout app-layout">
      <SkipLink target="main-content">{t('app.skipToContent')}</SkipLink>
      {/* No navigation to pages the server would refuse until the password is changed. */}
      <Header withNav={!mustChangePassword} />
      <div className={busy ? 'app-progress app-progress--busy' : 'app-progress'} aria-hidden="true" />
      <main id="main-content" ref={mainRef} tabIndex={-1} className="utrecht-page-body app-main" aria-busy={busy || undefined}>
        <div className="utrecht-page-body__content app-main__content">
          <LanguageOffer session={session.data} />
          {session.isPending ? <PageSkeleton /> : <Outlet />}
        </div>
      </main>
      <Footer />
    </div>
  );
}
