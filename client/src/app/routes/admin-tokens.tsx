import { useT } from '../../lib/i18n/use-t.ts';
import { useDocumentTitle } from '../../lib/use-document-title.ts';
import { Link } from '../../components/ui/link.tsx';
import { PageHeader } from '../../components/ui/page-header.tsx';
import { allTokensQueryOptions } from '../../features/api-tokens/api/list-all-tokens.ts';
import { AdminApiTokens } from '../../features/api-tokens/components/admin-api-tokens.tsx';
import { queryClient } from '../query-client.ts';

export function loader() {
  void queryClient.prefetchQuery(allTokensQueryOptions());
  return null;
}

/** Every account's API tokens with their last use; an admin revokes any (issue 16). */
export function Component() {
  const t = useT();
  useDocumentTitle(t('apiTokens.adminTitle'));
  return (
    <>
      <p className="utrecht-paragraph app-no-print">
        <Link to="/admin">{t('admin.back')}</Link>
      </p>
      <PageHeader title={t('apiTokens.adminTitle')} intro={t('apiTokens.adminIntro')} />
      <AdminApiTokens />
    </>
  );
}
