import { useT } from '../../lib/i18n/use-t.ts';

export function Footer() {
  const t = useT();
  return (
    <footer className="utrecht-page-footer app-footer">
      <div className="utrecht-page-footer__content app-footer__content">
        <p className="utrecht-paragraph">{t('app.footer')}</p>
        <p className="utrecht-paragraph utrecht-paragraph--small">{t('app.footerSource')}</p>
      </div>
    </footer>
  );
}
