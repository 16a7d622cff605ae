import { useParams, type LoaderFunctionArgs } from 'react-router';
import { useT } from '../../lib/i18n/use-t.ts';
import { useDocumentTitle } from '../../lib/use-document-title.ts';
import { EmptyState } from '../../components/ui/empty-state.tsx';
import { Link } from '../../components/ui/link.tsx';
import { PageHeader } from '../../components/ui/page-header.tsx';
import { QueryState } from '../../components/ui/query-state.tsx';
import { Skeleton } from '../../components/ui/skeleton.tsx';
import { agreementQueryOptions, useAgreement } from '../../features/agreements/api/get-agreement.ts';
import { agreementChainQueryOptions, useAgreementChain } from '../../features/agreements/api/get-agreement-chain.ts';
import { loadElk } from '../../features/chain-graph/api/load-elk.ts';
import { ChainGraph } from '../../features/chain-graph/components/chain-graph.tsx';
import { queryClient } from '../query-client.ts';

export function loader({ params }: LoaderFunctionArgs) {
  const id = Number(params.id);
  if (Number.isInteger(id) && id > 0) {
    void queryClient.prefetchQuery(agreementQueryOptions(id));
    void queryClient.prefetchQuery(agreementChainQueryOptions(id));
    // Start the layout engine's worker while the chain is on its way.
    void loadElk();
  }
  return null;
}

/** /agreements/:id/chain: the chain graph around one agreement, with impact mode. */
export function Component() {
  const t = useT();
  const id = Number(useParams().id);
  const agreement = useAgreement(id);
  const chain = useAgreementChain(id);
  const title = agreement.data ? t('chain.pageTitle', { title: agreement.data.title }) : t('chain.title');
  useDocumentTitle(title);
  return (
    <>
      <PageHeader pre={<Link to={`/agreements/${id}`}>{t('chain.backToAgreement')}</Link>} title={title} intro={t('chain.intro')} />
      <QueryState query={chain} skeleton={<Skeleton lines={8} />}>
        {(data) => (data ? <ChainGraph chain={data} focusAgreementId={id} title={title} /> : <EmptyState>{t('error.notFound.text')}</EmptyState>)}
      </QueryState>
    </>
  );
}
