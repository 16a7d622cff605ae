import { Outlet } from 'react-router';
import { useT } from '../../lib/i18n/use-t.ts';
import { SkipLink } from '../../components/ui/skip-link.tsx';
import { Footer } from './footer.tsx';
import { Header } from './header.tsx';

/** Shell for pages outside the signed-in app (sign-in): no navigation. */
export function PlainLayout() {
  const t = useT();
  return (
    <div className="utrecht-page-layout app-layout">
      <SkipLink target="main-content">{t('app.skipToContent')}</SkipLink>
      <Header withNav={false} />
      <main id="main-content" tabIndex={-1} className="utrecht-page-body app-main">
        <div className="utrecht-page-body__content app-main__content app-main__content--narrow">
          <Outlet />
        </div>
      </main>
      <Footer />
    </div>
  );
}
