import { useParams, type LoaderFunctionArgs } from 'react-router';
import { useT } from '../../lib/i18n/use-t.ts';
import { useDocumentTitle } from '../../lib/use-document-title.ts';
import { EmptyState } from '../../components/ui/empty-state.tsx';
import { Paragraph } from '../../components/ui/heading.tsx';
import { Link } from '../../components/ui/link.tsx';
import { PageHeader, Section } from '../../components/ui/page-header.tsx';
import { QueryState } from '../../components/ui/query-state.tsx';
import { Skeleton } from '../../components/ui/skeleton.tsx';
import { AgreementTable } from '../../components/domain/agreement-table.tsx';
import { CollaborationLink } from '../../components/domain/collaboration-link.tsx';
import { collaborationQueryOptions, useCollaboration } from '../../features/collaborations/api/get-collaboration.ts';
import { CollaborationFacts } from '../../features/collaborations/components/collaboration-facts.tsx';
import { CommitmentsTable } from '../../features/collaborations/components/commitments-table.tsx';
import { CoveredBy } from '../../features/collaborations/components/covered-by.tsx';
import { MembersTable } from '../../features/collaborations/components/members-table.tsx';
import { openableAgreementIds, timelineCollaborationOf } from '../../features/collaborations/model/covered-by.ts';
import { CollaborationChain } from '../../features/chain-graph/components/collaboration-chain.tsx';
import { EmbeddedTimeline } from '../../features/timeline/components/embedded-timeline.tsx';
import { useCan } from '../../features/session/api/use-can.ts';
import { useCanOpenCollaboration } from '../../features/session/api/use-can-open-collaboration.ts';
import { FollowPanel } from '../../features/reminders/components/follow-panel.tsx';
import { queryClient } from '../query-client.ts';

export function loader({ params }: LoaderFunctionArgs) {
  if (params.code) void queryClient.prefetchQuery(collaborationQueryOptions(params.code));
  return null;
}

/** Following a collaboration: reminders for all its agreements (and those of collaborations within it). */
function FollowSection({ code }: { code: string }) {
  const t = useT();
  const canRead = useCan('follow', 'read');
  const canFollow = useCan('follow', 'self');
  const canManage = useCan('follow', 'manage');
  if (!canRead) return null;
  return (
    <Section id="follow" title={t('follow.section')}>
      <FollowPanel subject={{ kind: 'collaboration', code }} canFollow={canFollow} canManage={canManage} />
    </Section>
  );
}

export function Component() {
  const t = useT();
  const code = (useParams().code ?? '').toUpperCase();
  const query = useCollaboration(code);
  const canOpenCollaboration = useCanOpenCollaboration();
  useDocumentTitle(query.data?.name ?? code);
  return (
    <QueryState query={query} skeleton={<Skeleton lines={12} />}>
      {(c) => (
        <>
          <PageHeader
            pre={
              c.parentCode ? (
                // A scope does not include the collaboration that houses one of its own (decision 023).
                <CollaborationLink code={c.parentCode} canOpen={canOpenCollaboration(c.parentCode)}>
                  {t('collaboration.partOf', { name: c.parentCode })}
                </CollaborationLink>
              ) : (
                c.code
              )
            }
            title={c.name}
            actions={
              <Link to={`/agreements?collaboration=${c.code}`} button="secondary">
                {t('collaboration.viewInRegister')}
              </Link>
            }
          />
          <div className="app-grid">
            <Section id="purpose" title={t('collaboration.purpose')}>
              {c.purpose ? <Paragraph className="app-rich-text">{c.purpose}</Paragraph> : <Paragraph className="app-unknown">{t('common.unknown')}</Paragraph>}
            </Section>
            <Section id="facts" title={t('collaboration.facts')}>
              <CollaborationFacts collaboration={c} canOpenCollaboration={canOpenCollaboration} />
            </Section>
          </div>
          <Section id="commitments" title={t('commitments.section')}>
            <CommitmentsTable collaboration={c} />
          </Section>
          <Section id="agreements" title={t('collaboration.agreements')}>
            {c.agreements.length ? (
              <AgreementTable agreements={c.agreements} caption={t('collaboration.agreements')} />
            ) : (
              <EmptyState>{c.agreementsNote ?? t('collaboration.agreements.empty')}</EmptyState>
            )}
            {c.coveredBy.map((cover) => (
              <CoveredBy key={cover.code} cover={cover} />
            ))}
          </Section>
          <Section id="timeline" title={t('timeline.section')}>
            {/* KMT has no agreements of its own: its timeline is that of the collaboration that covers it, when the user may see that one. */}
            <EmbeddedTimeline
              query={{ collaboration: timelineCollaborationOf(c) }}
              title={`${t('timeline.title')} ${c.code}`}
              grouping="type"
              fullSearch={`collaboration=${timelineCollaborationOf(c)}`}
            />
          </Section>
          <Section id="chain" title={t('chain.section')}>
            {/* Only agreements the user may open: a chain request for one outside their collaborations answers 404. */}
            <CollaborationChain code={c.code} agreementIds={openableAgreementIds(c)} />
          </Section>
          <FollowSection code={c.code} />
          <Section id="legal-basis" title={t('collaboration.legalBasis')}>
            {c.legalBasis ? <Paragraph className="app-rich-text">{c.legalBasis}</Paragraph> : <Paragraph className="app-unknown">{t('common.unknown')}</Paragraph>}
          </Section>
          <Section id="members" title={t('collaboration.members')}>
            <MembersTable members={c.members} />
          </Section>
          {c.source ? (
            <Paragraph className="app-muted">
              {t('common.source')}: {c.source}
            </Paragraph>
          ) : null}
        </>
      )}
    </QueryState>
  );
}
