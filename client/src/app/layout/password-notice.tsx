import { useLocation } from 'react-router';
import { useT } from '../../lib/i18n/use-t.ts';
import { Alert } from '../../components/ui/alert.tsx';
import { Link } from '../../components/ui/link.tsx';
import { useSession } from '../../features/session/api/get-session.ts';

/** Reminds a user who signed in with a generated password (first start, admin reset) to choose their own. */
export function PasswordNotice() {
  const t = useT();
  const session = useSession().data;
  const { pathname } = useLocation();
  if (session?.kind !== 'signed-in' || !session.user.mustChangePassword || pathname === '/account') return null;
  return (
    <Alert type="warning" className="app-no-print">
      <p className="utrecht-paragraph">
        {t('account.mustChange.banner')} <Link to="/account">{t('account.mustChange.link')}</Link>
      </p>
    </Alert>
  );
}
