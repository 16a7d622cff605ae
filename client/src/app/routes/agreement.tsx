import { useParams, type LoaderFunctionArgs } from 'react-router';
import type { Agreement } from '@akkoord/shared/schemas/agreement';
import { useFormat } from '../../lib/format/use-format.ts';
import { useT } from '../../lib/i18n/use-t.ts';
import { useDocumentTitle } from '../../lib/use-document-title.ts';
import { Alert } from '../../components/ui/alert.tsx';
import { Link } from '../../components/ui/link.tsx';
import { PageHeader, Section } from '../../components/ui/page-header.tsx';
import { QueryState } from '../../components/ui/query-state.tsx';
import { Skeleton } from '../../components/ui/skeleton.tsx';
import { AgreementStatusBadge } from '../../components/domain/agreement-status-badge.tsx';
import { agreementQueryOptions, useAgreement } from '../../features/agreements/api/get-agreement.ts';
import { useAgreementChain } from '../../features/agreements/api/get-agreement-chain.ts';
import { useAgreementHistory } from '../../features/agreements/api/get-agreement-history.ts';
import { AgreementActions } from '../../features/agreements/components/agreement-actions.tsx';
import { AgreementFacts } from '../../features/agreements/components/agreement-facts.tsx';
import { WorkflowPanel } from '../../features/agreements/components/workflow-panel.tsx';
import { ChainPreview } from '../../features/agreements/components/chain-preview.tsx';
import { HistoryTable } from '../../features/agreements/components/history-table.tsx';
import { LifecyclePanel } from '../../features/agreements/components/lifecycle-panel.tsx';
import { PartiesTable } from '../../features/agreements/components/parties-table.tsx';
import { RelationsTable } from '../../features/agreements/components/relations-table.tsx';
import { useAgreementAlerts } from '../../features/alerts/api/list-alerts.ts';
import { AlertList } from '../../features/alerts/components/alert-list.tsx';
import { usePermissions } from '../../features/session/api/use-permissions.ts';
import { useCan } from '../../features/session/api/use-can.ts';
import { DocumentsPanel } from '../../features/documents/components/documents-panel.tsx';
import { FollowPanel } from '../../features/reminders/components/follow-panel.tsx';
import { SuggestionsPanel } from '../../features/suggestions/components/suggestions-panel.tsx';
import { ReminderRulePanel } from '../../features/reminders/components/reminder-rule-panel.tsx';
import { RetentionPanel } from '../../features/retention/components/retention-panel.tsx';
import { queryClient } from '../query-client.ts';

export function loader({ params }: LoaderFunctionArgs) {
  const id = Number(params.id);
  if (Number.isInteger(id) && id > 0) void queryClient.prefetchQuery(agreementQueryOptions(id));
  return null;
}

/** Sections that depend on later features; each hides while its route is absent. */
function OptionalSections({ id }: { id: number }) {
  const t = useT();
  const { canAcknowledgeAlerts } = usePermissions();
  const alerts = useAgreementAlerts(id);
  const chain = useAgreementChain(id);
  const history = useAgreementHistory(id);
  return (
    <>
      {alerts.data ? (
        <Section id="alerts" title={t('agreement.alerts')}>
          <AlertList alerts={alerts.data.items} canAct={canAcknowledgeAlerts} showAgreement={false} />
        </Section>
      ) : null}
      {chain.data ? (
        <Section id="chain" title={t('agreement.chain.preview')}>
          <ChainPreview chain={chain.data} agreementId={id} />
        </Section>
      ) : null}
      {history.data ? (
        <Section id="history" title={t('agreement.history')}>
          <HistoryTable events={history.data.items} />
        </Section>
      ) : null}
    </>
  );
}

/** Who gets reminders (follow, team mailboxes) and the agreement's own reminder rule. */
function RemindersSection({ id }: { id: number }) {
  const t = useT();
  const canReadFollowers = useCan('follow', 'read');
  const canFollow = useCan('follow', 'self');
  const canManage = useCan('follow', 'manage');
  const canReadRule = useCan('reminder_rules', 'read');
  const canEditRule = useCan('reminder_rules', 'updateAgreement');
  if (!canReadFollowers && !canReadRule) return null;
  return (
    <Section id="reminders" title={t('follow.section')}>
      <div className="app-grid">
        {canReadFollowers ? <FollowPanel subject={{ kind: 'agreement', id }} canFollow={canFollow} canManage={canManage} /> : null}
        {canReadRule ? <ReminderRulePanel agreementId={id} canEdit={canEditRule} /> : null}
      </div>
    </Section>
  );
}

/** Facts read from the agreement's documents, beside its facts; hidden from a role without the policy. */
function SuggestionsSection({ agreement }: { agreement: Agreement }) {
  const t = useT();
  const canRead = useCan('agreement_suggestion', 'read');
  const canDecide = useCan('agreement_suggestion', 'decide');
  if (!canRead) return null;
  return (
    <Section id="suggestions" title={t('suggestions.section')}>
      <SuggestionsPanel agreement={agreement} canDecide={canDecide && !agreement.archived} />
    </Section>
  );
}

export function Component() {
  const t = useT();
  const f = useFormat();
  const id = Number(useParams().id);
  const query = useAgreement(id);
  const { canEditAgreements } = usePermissions();
  // Legal advisors and admins upload, add versions and archive; an archived agreement takes no new documents.
  const canManageDocuments = useCan('document', 'upload');
  const canHold = useCan('agreement', 'legal_hold');
  useDocumentTitle(query.data?.title);
  return (
    <QueryState query={query} skeleton={<Skeleton lines={14} />}>
      {(a) => (
        <>
          <p className="utrecht-paragraph app-no-print">
            <Link to="/agreements">{t('agreement.backToRegister')}</Link>
          </p>
          <PageHeader
            pre={
              <>
                {t(`type.${a.type}`)} · <AgreementStatusBadge status={a.status} tacitRenewal={a.tacitRenewal} noticeDeadline={a.noticeDeadline} />
              </>
            }
            title={a.title}
            actions={<AgreementActions agreement={a} canEdit={canEditAgreements} />}
          />
          {a.archived ? (
            <Alert type="warning">
              <p className="utrecht-paragraph">{t('agreement.archivedBanner', { date: a.archivedAt ? f.dateTime(a.archivedAt) : f.unknown })}</p>
            </Alert>
          ) : null}
          {a.isSynthetic ? (
            <Alert type="info">
              <p className="utrecht-paragraph">{t('agreement.syntheticBanner')}</p>
            </Alert>
          ) : null}
          <WorkflowPanel agreement={a} canEdit={canEditAgreements} />
          <div className="app-grid">
            <Section id="status" title={t('agreement.status')}>
              <LifecyclePanel agreement={a} />
            </Section>
            <Section id="parties" title={t('agreement.parties')}>
              <PartiesTable parties={a.parties} />
            </Section>
          </div>
          <div className="app-grid">
            <Section id="facts" title={t('agreement.facts')}>
              <AgreementFacts agreement={a} />
            </Section>
            <SuggestionsSection agreement={a} />
          </div>
          <Section id="retention" title={t('retention.section')}>
            <RetentionPanel agreement={a} canEdit={canHold && !a.destroyed} />
          </Section>
          {/* A destroyed agreement's files are gone: its destruction record above lists what they were. */}
          {a.destroyed ? null : (
            <Section id="documents" title={t('documents.section')}>
              <DocumentsPanel agreementId={a.id} canManage={canManageDocuments} agreementArchived={a.archived} />
            </Section>
          )}
          <Section id="relations" title={t('agreement.relations')}>
            <RelationsTable relations={a.relations} />
          </Section>
          <RemindersSection id={a.id} />
          <OptionalSections id={a.id} />
        </>
      )}
    </QueryState>
  );
}
