import { useState, type ReactNode } from 'react';
import type { Agreement, Relation } from '@akkoord/shared/schemas/agreement';
import { useFormat } from '../../../lib/format/use-format.ts';
import { useT } from '../../../lib/i18n/use-t.ts';
import { Alert } from '../../../components/ui/alert.tsx';
import { Button } from '../../../components/ui/button.tsx';
import { ButtonGroup } from '../../../components/ui/button-group.tsx';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog.tsx';
import { Heading, Paragraph } from '../../../components/ui/heading.tsx';
import { Link } from '../../../components/ui/link.tsx';
import { useToast } from '../../../components/ui/toast.tsx';
import { useActivateAgreement } from '../api/activate-agreement.ts';
import { useCancelRenewal } from '../api/cancel-renewal.ts';
import { useWithdrawNotice } from '../api/withdraw-notice.ts';
import { RenewalDecisionDialog } from './renewal-decision-dialog.tsx';
import { focusWorkflowPanel, WORKFLOW_HEADING_ID } from './workflow-focus.ts';

type Visible = Extract<Relation, { restricted: false }>;
const visible = (r: Relation): r is Visible => !r.restricted;

/** The draft that renews this agreement, and the agreement a draft renews. */
function renewalLinks(a: Agreement): { successor: Visible | null; predecessor: Relation | null } {
  const successor = a.relations.filter(visible).find((r) => r.kind === 'renews' && r.direction === 'incoming' && !r.otherArchived) ?? null;
  const predecessor = a.relations.find((r) => r.kind === 'renews' && r.direction === 'outgoing') ?? null;
  return { successor, predecessor };
}

function Panel({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="app-section app-workflow-panel" aria-labelledby={WORKFLOW_HEADING_ID} id="workflow">
      <Heading level={2} id={WORKFLOW_HEADING_ID} tabIndex={-1}>
        {title}
      </Heading>
      {children}
    </section>
  );
}

/** An agreement in renewal: where it stands and the next steps (decide, edit the successor, activate it, or cancel). */
function RenewalPanel({ agreement: a, canEdit }: { agreement: Agreement; canEdit: boolean }) {
  const t = useT();
  const f = useFormat();
  const toast = useToast();
  const { successor } = renewalLinks(a);
  const [open, setOpen] = useState<'decide' | 'activate' | 'cancel' | null>(null);
  const activate = useActivateAgreement(successor?.otherAgreementId ?? 0);
  const cancel = useCancelRenewal(a.id, successor?.otherAgreementId ?? null);
  const undecided = a.decision === null;
  const close = () => setOpen(null);
  return (
    <Panel title={t('renewal.panel.title')}>
      <Alert
        type={undecided ? 'warning' : 'info'}
        title={
          undecided
            ? a.noticeDeadline
              ? t('renewal.panel.awaiting', { date: f.date(a.noticeDeadline) })
              : t('renewal.panel.awaitingNoDate')
            : t('renewal.panel.decided', { decision: t(`renewal.decision.${a.decision ?? 'renew'}`) })
        }
      >
        <Paragraph>{undecided ? t('renewal.panel.stillWarning') : t('renewal.panel.nextActivate')}</Paragraph>
      </Alert>
      {successor ? (
        <Paragraph>
          {t('renewal.panel.successor')} <Link to={`/agreements/${successor.otherAgreementId}`}>{successor.otherTitle}</Link>
        </Paragraph>
      ) : (
        <Paragraph>{t('renewal.panel.noSuccessor')}</Paragraph>
      )}
      {canEdit ? (
        <>
          <Heading level={3}>{t('renewal.panel.nextSteps')}</Heading>
          <ol className="utrecht-ordered-list app-steps">
            <li className="utrecht-ordered-list__item">
              <Button appearance={undecided ? 'primary' : 'secondary'} onClick={() => setOpen('decide')}>
                {undecided ? t('renewal.panel.decide') : t('renewal.panel.changeDecision')}
              </Button>
              <span className="app-data-list__note">{t('renewal.panel.decideHelp')}</span>
            </li>
            {successor ? (
              <li className="utrecht-ordered-list__item">
                <Link to={`/agreements/${successor.otherAgreementId}/edit`} button="secondary">
                  {t('renewal.panel.editSuccessor')}
                </Link>
                <span className="app-data-list__note">{t('renewal.panel.editSuccessorHelp')}</span>
              </li>
            ) : null}
            {successor ? (
              <li className="utrecht-ordered-list__item">
                <Button appearance={undecided ? 'secondary' : 'primary'} onClick={() => setOpen('activate')}>
                  {t('renewal.panel.activate')}
                </Button>
                <span className="app-data-list__note">{t('renewal.panel.activateHelp')}</span>
              </li>
            ) : null}
          </ol>
          <ButtonGroup label={t('renewal.panel.other')}>
            <Button onClick={() => setOpen('cancel')}>{t('renewal.panel.cancel')}</Button>
          </ButtonGroup>
        </>
      ) : null}
      {open === 'decide' ? <RenewalDecisionDialog agreement={a} onClose={close} /> : null}
      {open === 'activate' && successor ? (
        <ConfirmDialog
          title={t('renewal.activate.title')}
          text={t('renewal.activate.text', { successor: successor.otherTitle, title: a.title })}
          submitLabel={t('renewal.panel.activate')}
          danger={false}
          busy={activate.isPending}
          error={activate.error}
          onClose={close}
          onConfirm={() =>
            activate.mutate(undefined, {
              onSuccess: () => {
                close();
                toast.show(t('renewal.activated', { title: successor.otherTitle }));
                focusWorkflowPanel();
              },
            })
          }
        />
      ) : null}
      {open === 'cancel' ? (
        <ConfirmDialog
          title={t('renewal.cancel.title')}
          text={successor ? t('renewal.cancel.text', { successor: successor.otherTitle }) : t('renewal.cancel.textNoSuccessor')}
          submitLabel={t('renewal.panel.cancel')}
          busy={cancel.isPending}
          error={cancel.error}
          onClose={close}
          onConfirm={() =>
            cancel.mutate(undefined, {
              onSuccess: () => {
                close();
                toast.show(t('renewal.cancelled'));
              },
            })
          }
        />
      ) : null}
    </Panel>
  );
}

/** A draft successor: what it is and how it comes into force. */
function SuccessorPanel({ agreement: a, predecessor, canEdit }: { agreement: Agreement; predecessor: Relation; canEdit: boolean }) {
  const t = useT();
  const toast = useToast();
  const [open, setOpen] = useState(false);
  const activate = useActivateAgreement(a.id);
  const name = predecessor.restricted ? t('renewal.successor.restricted') : predecessor.otherTitle;
  return (
    <Panel title={t('renewal.successor.title')}>
      <Alert type="info">
        <Paragraph>
          {t('renewal.successor.text')} {predecessor.restricted ? name : <Link to={`/agreements/${predecessor.otherAgreementId}`}>{name}</Link>}
        </Paragraph>
        <Paragraph>{t('renewal.successor.how')}</Paragraph>
      </Alert>
      {canEdit ? (
        <ButtonGroup label={t('renewal.panel.nextSteps')}>
          <Link to={`/agreements/${a.id}/edit`} button="secondary">
            {t('renewal.panel.editSuccessor')}
          </Link>
          <Button appearance="primary" onClick={() => setOpen(true)}>
            {t('renewal.panel.activate')}
          </Button>
        </ButtonGroup>
      ) : null}
      {open ? (
        <ConfirmDialog
          title={t('renewal.activate.title')}
          text={t('renewal.activate.text', { successor: a.title, title: name })}
          submitLabel={t('renewal.panel.activate')}
          danger={false}
          busy={activate.isPending}
          error={activate.error}
          onClose={() => setOpen(false)}
          onConfirm={() =>
            activate.mutate(undefined, {
              onSuccess: () => {
                setOpen(false);
                toast.show(t('renewal.activated', { title: a.title }));
              },
            })
          }
        />
      ) : null}
    </Panel>
  );
}

/** Notice given: in force until its last day ("opgezegd per …"), withdrawable until then. */
function NoticePanel({ agreement: a, canEdit }: { agreement: Agreement; canEdit: boolean }) {
  const t = useT();
  const f = useFormat();
  const toast = useToast();
  const [open, setOpen] = useState(false);
  const withdraw = useWithdrawNotice(a.id);
  const ended = a.status === 'terminated';
  const dates = { date: f.date(a.terminationDate), given: f.date(a.noticeGivenDate) };
  return (
    <Panel title={ended ? t('notice.panel.ended', dates) : t('notice.panel.title', dates)}>
      <Alert type={ended ? 'info' : 'warning'}>
        <Paragraph>{ended ? t('notice.panel.endedText', dates) : t('notice.panel.text', dates)}</Paragraph>
      </Alert>
      {canEdit && !ended ? (
        <ButtonGroup label={t('agreement.actions')}>
          <Button onClick={() => setOpen(true)}>{t('notice.withdraw')}</Button>
        </ButtonGroup>
      ) : null}
      {open ? (
        <ConfirmDialog
          title={t('notice.withdraw.title')}
          text={t('notice.withdraw.text')}
          submitLabel={t('notice.withdraw')}
          busy={withdraw.isPending}
          error={withdraw.error}
          onClose={() => setOpen(false)}
          onConfirm={() =>
            withdraw.mutate(undefined, {
              onSuccess: () => {
                setOpen(false);
                toast.show(t('notice.withdrawn'));
                focusWorkflowPanel();
              },
            })
          }
        />
      ) : null}
    </Panel>
  );
}

/** Where the agreement stands in the renewal workflow and what to do next; nothing when no step is under way. */
export function WorkflowPanel({ agreement: a, canEdit }: { agreement: Agreement; canEdit: boolean }) {
  if (a.archived) return null;
  if (a.workflowState === 'in_renewal') return <RenewalPanel agreement={a} canEdit={canEdit} />;
  if (a.workflowState === 'terminated' && a.noticeGivenDate) return <NoticePanel agreement={a} canEdit={canEdit} />;
  const { predecessor } = renewalLinks(a);
  if (a.workflowState === 'draft' && predecessor) return <SuccessorPanel agreement={a} predecessor={predecessor} canEdit={canEdit} />;
  return null;
}
