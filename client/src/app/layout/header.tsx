import { Link as RouterLink } from 'react-router';
import { useT } from '../../lib/i18n/use-t.ts';
import { NavLink } from '../../components/ui/link.tsx';
import { LanguageSwitch } from './language-switch.tsx';
import { UserMenu } from './user-menu.tsx';
import { SearchBox } from '../../features/search/components/search-box.tsx';
import { NAV_ITEMS } from './nav-items.ts';
import { useSession } from '../../features/session/api/get-session.ts';
import { can } from '../../features/session/permissions.ts';

/** Page header: name, main navigation, the search box, the signed-in user and the language switch. */
export function Header({ withNav = true }: { withNav?: boolean }) {
  const t = useT();
  const session = useSession().data;
  const items = NAV_ITEMS.filter((item) => !item.anyOf || item.anyOf.some((r) => can(session, r.resource, r.action)));
  return (
    <header className="utrecht-page-header app-header">
      <div className="utrecht-page-header__content app-header__content">
        <RouterLink to="/" className="app-brand">
          <span className="app-brand__mark" aria-hidden="true">
            ✓
          </span>
          <span className="app-brand__name">{t('app.name')}</span>
          <span className="app-brand__tagline">{t('app.tagline')}</span>
        </RouterLink>
        <div className="app-header__tools">
          {withNav && can(session, 'agreement', 'read') ? <SearchBox /> : null}
          <UserMenu />
          <LanguageSwitch />
        </div>
      </div>
      {withNav ? (
        <nav className="utrecht-nav-bar app-nav" aria-label={t('app.mainNav')}>
          <ul className="utrecht-nav-list app-nav__list">
            {items.map((item) => (
              <li key={item.to} className="utrecht-nav-list__item app-nav__item">
                <NavLink to={item.to} end={item.end}>
                  {t(item.label)}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
    </header>
  );
}
