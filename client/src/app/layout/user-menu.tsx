import { useNavigate } from 'react-router';
import { useSession } from '../../features/session/api/get-session.ts';
import { useSignOut } from '../../features/session/api/sign-out.ts';
import { useT } from '../../lib/i18n/use-t.ts';
import { Button } from '../../components/ui/button.tsx';
import { Link } from '../../components/ui/link.tsx';
import { useToast } from '../../components/ui/toast.tsx';

/** The signed-in user, their role, and sign-out (hidden when the server has no sessions). */
export function UserMenu() {
  const t = useT();
  const session = useSession();
  const signOut = useSignOut();
  const navigate = useNavigate();
  const toast = useToast();
  if (session.data?.kind !== 'signed-in') return null;
  const { user } = session.data;
  return (
    <div className="app-user">
      <p className="app-user__name">
        {t('session.signedInAs', { name: user.name ?? user.email })}
        <span className="app-user__role">{t('session.role', { role: t(`userRole.${user.role}`) })}</span>
      </p>
      <Link to="/account" className="app-user__account">
        {t('account.nav')}
      </Link>
      <Button
        appearance="subtle"
        busy={signOut.isPending}
        onClick={() =>
          signOut.mutate(undefined, {
            onSettled: () => {
              toast.show(t('session.signedOut'), 'info');
              void navigate('/sign-in');
            },
          })
        }
      >
        {t('session.signOut')}
      </Button>
    </div>
  );
}
