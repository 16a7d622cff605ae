import { useId, useState } from 'react';
import type { DestructionList } from '@akkoord/shared/schemas/retention';
import { serverFieldErrors } from '../../../lib/form-errors.ts';
import { useFormat } from '../../../lib/format/use-format.ts';
import { useT } from '../../../lib/i18n/use-t.ts';
import { Alert } from '../../../components/ui/alert.tsx';
import { Button } from '../../../components/ui/button.tsx';
import { ButtonGroup } from '../../../components/ui/button-group.tsx';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog.tsx';
import { EmptyState } from '../../../components/ui/empty-state.tsx';
import { FormDialog } from '../../../components/ui/form-dialog.tsx';
import { FormField } from '../../../components/ui/form-field.tsx';
import { Heading, Paragraph } from '../../../components/ui/heading.tsx';
import { Link } from '../../../components/ui/link.tsx';
import { QueryState } from '../../../components/ui/query-state.tsx';
import { Skeleton } from '../../../components/ui/skeleton.tsx';
import { TextArea } from '../../../components/ui/text-input.tsx';
import { useToast } from '../../../components/ui/toast.tsx';
import { useDecideDestructionList } from '../api/decide-destruction-list.ts';
import { useDestructionLists } from '../api/list-destruction-lists.ts';

type Dialog = { kind: 'approve' | 'reject' | 'cancel'; list: DestructionList } | null;

/**
 * Destruction lists, newest first. A proposed list shows its proposer; another admin approves or rejects it,
 * its proposer sees that they cannot and may withdraw it (the server refuses the proposer anyway).
 */
export function DestructionLists() {
  const t = useT();
  const f = useFormat();
  const lists = useDestructionLists();
  const [dialog, setDialog] = useState<Dialog>(null);
  return (
    <QueryState query={lists} skeleton={<Skeleton lines={4} />}>
      {(all) =>
        all.length ? (
          <>
            <ul className="app-card-list">
              {all.map((l) => (
                <li key={l.id} className="app-card">
                  <Heading level={3} appearance={4}>
                    {t('retention.lists.heading', { id: l.id })} — {t(`retention.lists.state.${l.state}`)}
                  </Heading>
                  <Paragraph>{t('retention.lists.proposedBy', { by: l.proposedBy.label, date: f.dateTime(l.proposedAt) })}</Paragraph>
                  {l.note ? <Paragraph>{t('retention.lists.note', { note: l.note })}</Paragraph> : null}
                  {l.decidedBy && l.decidedAt ? <Paragraph>{t('retention.lists.decidedBy', { by: l.decidedBy.label, date: f.dateTime(l.decidedAt) })}</Paragraph> : null}
                  {l.decisionNote ? <Paragraph>{t('retention.lists.decisionNote', { note: l.decisionNote })}</Paragraph> : null}
                  <ul className="utrecht-unordered-list" aria-label={t('retention.lists.items', { id: l.id })}>
                    {l.items.map((i) => (
                      <li key={i.agreementId} className="utrecht-unordered-list__item">
                        <Link to={`/agreements/${i.agreementId}`}>{i.title || `#${i.agreementId}`}</Link>
                        {i.destructionDate ? ` — ${f.date(i.destructionDate)}` : null}
                        {i.destroyed ? ` (${t('retention.lists.destroyed')})` : i.legalHold ? ` (${t('retention.lists.onHold')})` : null}
                      </li>
                    ))}
                  </ul>
                  {l.state === 'proposed' ? (
                    l.isOwn ? (
                      <>
                        <Alert type="info">
                          <Paragraph>{t('retention.lists.ownList')}</Paragraph>
                        </Alert>
                        <ButtonGroup>
                          <Button onClick={() => setDialog({ kind: 'cancel', list: l })}>{t('retention.lists.cancel')}</Button>
                        </ButtonGroup>
                      </>
                    ) : (
                      <ButtonGroup>
                        <Button appearance="primary" danger onClick={() => setDialog({ kind: 'approve', list: l })}>
                          {t('retention.lists.approve')}
                        </Button>
                        <Button onClick={() => setDialog({ kind: 'reject', list: l })}>{t('retention.lists.reject')}</Button>
                      </ButtonGroup>
                    )
                  ) : null}
                </li>
              ))}
            </ul>
            {dialog?.kind === 'reject' ? <RejectDialog list={dialog.list} onClose={() => setDialog(null)} /> : null}
            {dialog && dialog.kind !== 'reject' ? <DecideDialog kind={dialog.kind} list={dialog.list} onClose={() => setDialog(null)} /> : null}
          </>
        ) : (
          <EmptyState>{t('retention.lists.empty')}</EmptyState>
        )
      }
    </QueryState>
  );
}

/** Approve (irreversible: the files and personal data go) or withdraw, after a confirmation. */
function DecideDialog({ kind, list, onClose }: { kind: 'approve' | 'cancel'; list: DestructionList; onClose: () => void }) {
  const t = useT();
  const toast = useToast();
  const decide = useDecideDestructionList();
  return (
    <ConfirmDialog
      title={kind === 'approve' ? t('retention.lists.approveTitle', { id: list.id }) : t('retention.lists.cancelTitle', { id: list.id })}
      text={kind === 'approve' ? t('retention.lists.approveText', { by: list.proposedBy.label, count: list.items.length }) : t('retention.lists.cancelText')}
      submitLabel={kind === 'approve' ? t('retention.lists.approve') : t('retention.lists.cancel')}
      danger={kind === 'approve'}
      busy={decide.isPending}
      error={decide.error}
      onConfirm={() =>
        decide.mutate(
          { id: list.id, decision: kind },
          {
            onSuccess: () => {
              onClose();
              toast.show(kind === 'approve' ? t('retention.lists.approved', { id: list.id }) : t('retention.lists.cancelled', { id: list.id }));
            },
          },
        )
      }
      onClose={onClose}
    />
  );
}

function RejectDialog({ list, onClose }: { list: DestructionList; onClose: () => void }) {
  const t = useT();
  const toast = useToast();
  const id = useId();
  const decide = useDecideDestructionList();
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  return (
    <FormDialog
      title={t('retention.lists.rejectTitle', { id: list.id })}
      submitLabel={t('retention.lists.reject')}
      busy={decide.isPending}
      error={decide.error}
      errorTitle={t('retention.lists.rejectError')}
      onSubmit={() => {
        if (!reason.trim()) return setMissing(true);
        decide.mutate(
          { id: list.id, decision: 'reject', reason: reason.trim() },
          {
            onSuccess: () => {
              onClose();
              toast.show(t('retention.lists.rejected', { id: list.id }));
            },
          },
        );
      }}
      onClose={onClose}
    >
      <FormField
        id={`${id}-reason`}
        label={t('retention.lists.rejectReason')}
        required
        requiredText={t('common.required')}
        error={missing ? t('validation.filled') : serverFieldErrors(decide.error, t).reason}
      >
        <TextArea
          value={reason}
          onChange={(e) => {
            setReason(e.target.value);
            setMissing(false);
          }}
          rows={3}
          maxLength={2000}
        />
      </FormField>
    </FormDialog>
  );
}
