import { useEffect } from 'react';
import { useT } from './i18n/use-t.ts';

/** Sets the browser tab title ("Register — Akkoord"), WCAG 2.4.2. */
export function useDocumentTitle(page: string | null | undefined) {
  const t = useT();
  useEffect(() => {
    document.title = page ? t('app.documentTitle', { page }) : t('app.name');
  }, [page, t]);
}
