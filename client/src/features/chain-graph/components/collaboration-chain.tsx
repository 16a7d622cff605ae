import { useEffect } from 'react';
import { useT } from '../../../lib/i18n/use-t.ts';
import { EmptyState } from '../../../components/ui/empty-state.tsx';
import { QueryState } from '../../../components/ui/query-state.tsx';
import { Skeleton } from '../../../components/ui/skeleton.tsx';
import { useCollaborationChain } from '../api/get-collaboration-chain.ts';
import { loadElk } from '../api/load-elk.ts';
import { ChainGraph } from './chain-graph.tsx';

/** The chains of a collaboration's agreements (and of those that cover it) as one graph, on the collaboration page. */
export function CollaborationChain({ code, agreementIds }: { code: string; agreementIds: readonly number[] }) {
  const t = useT();
  const chain = useCollaborationChain(code, agreementIds);
  // Start the layout engine's worker while the chains are on their way.
  useEffect(() => void loadElk(), []);
  if (!agreementIds.length) return <EmptyState>{t('chain.empty')}</EmptyState>;
  return (
    <>
      <p className="utrecht-paragraph">{t('chain.sectionIntro')}</p>
      <QueryState query={chain} skeleton={<Skeleton lines={6} />}>
        {(data) => (data ? <ChainGraph chain={data} title={t('chain.collaborationTitle', { code })} compact /> : <EmptyState>{t('chain.empty')}</EmptyState>)}
      </QueryState>
    </>
  );
}
