import { useT } from '../../lib/i18n/use-t.ts';
import { useDocumentTitle } from '../../lib/use-document-title.ts';
import { Button } from '../../components/ui/button.tsx';
import { PageHeader } from '../../components/ui/page-header.tsx';
import { QueryState } from '../../components/ui/query-state.tsx';
import { Skeleton } from '../../components/ui/skeleton.tsx';
import { overviewQueryOptions, useOverview } from '../../features/collaborations/api/get-overview.ts';
import { OverviewTable } from '../../features/collaborations/components/overview-table.tsx';
import { queryClient } from '../query-client.ts';

export function loader() {
  void queryClient.prefetchQuery(overviewQueryOptions());
  return null;
}

export function Component() {
  const t = useT();
  useDocumentTitle(t('collaborations.title'));
  const overview = useOverview();
  return (
    <>
      <PageHeader title={t('collaborations.title')} intro={t('collaborations.intro')} actions={<Button onClick={() => window.print()}>{t('common.print')}</Button>} />
      <QueryState query={overview} skeleton={<Skeleton lines={10} />}>
        {(data) => <OverviewTable overview={data} />}
      </QueryState>
    </>
  );
}
