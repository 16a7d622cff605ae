import type { Query } from '../../../lib/api-client.ts';
import { useLanguage, useT } from '../../../lib/i18n/use-t.ts';
import { registerExportUrl } from '../api/export-urls.ts';

const LINK_CLASS = 'utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action';

/** Downloads of every agreement matching the current filter (all pages, streamed by the server), as CSV and as Excel. */
export function ExportLinks({ query }: { query: Query }) {
  const t = useT();
  const { lang } = useLanguage();
  return (
    <>
      <a className={LINK_CLASS} href={registerExportUrl('csv', query, lang)} download>
        {t('register.export')}
      </a>
      <a className={LINK_CLASS} href={registerExportUrl('xlsx', query, lang)} download>
        {t('register.exportXlsx')}
      </a>
    </>
  );
}
