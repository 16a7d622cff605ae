import { useId, useMemo, useState } from 'react';
import { proposeSuccessor } from '@akkoord/shared/lifecycle/successor-proposal';
import type { Agreement } from '@akkoord/shared/schemas/agreement';
import { todayInAmsterdam } from '../../../lib/format/dates.ts';
import { useFormat } from '../../../lib/format/use-format.ts';
import { useT } from '../../../lib/i18n/use-t.ts';
import { DataList } from '../../../components/ui/data-list.tsx';
import { FormDialog } from '../../../components/ui/form-dialog.tsx';
import { FormField } from '../../../components/ui/form-field.tsx';
import { Paragraph } from '../../../components/ui/heading.tsx';
import { TextInput } from '../../../components/ui/text-input.tsx';
import { useToast } from '../../../components/ui/toast.tsx';
import { useStartRenewal } from '../api/renew-agreement.ts';
import { lifecycleInputOfAgreement } from '../lifecycle-input.ts';
import { focusWorkflowPanel } from './workflow-focus.ts';

/**
 * Asks before starting a renewal and shows what will be created: the draft
 * successor's title (editable), start, end and term (one renewal period, from
 * the shared engine as the server computes it), and that the notice deadline
 * keeps warning until a decision is recorded.
 */
export function StartRenewalDialog({ agreement: a, onClose }: { agreement: Agreement; onClose: () => void }) {
  const t = useT();
  const f = useFormat();
  const toast = useToast();
  const id = useId();
  const renew = useStartRenewal(a.id);
  const proposal = useMemo(() => proposeSuccessor({ title: a.title, lifecycle: lifecycleInputOfAgreement(a) }, a.computedOn ?? todayInAmsterdam()), [a]);
  const [title, setTitle] = useState(proposal.title);
  const [missing, setMissing] = useState(false);

  const submit = () => {
    if (!title.trim()) {
      setMissing(true);
      return;
    }
    renew.mutate(
      { title: title.trim() },
      {
        onSuccess: (result) => {
          onClose();
          toast.show(t('renewal.started', { title: result.successor.title }));
          focusWorkflowPanel();
        },
      },
    );
  };

  const term = proposal.term ? `${f.period(proposal.term)} (${t(`renewal.termFrom.${proposal.termFrom}`)})` : t(`renewal.termFrom.${proposal.termFrom}`);
  return (
    <FormDialog
      wide
      title={t('renewal.start.title')}
      submitLabel={t('agreement.startRenewal')}
      busy={renew.isPending}
      error={renew.error}
      errorTitle={t('renewal.failed')}
      onSubmit={submit}
      onClose={onClose}
    >
      <Paragraph>{t('renewal.start.explain')}</Paragraph>
      <FormField id={`${id}-title`} label={t('renewal.start.successorTitle')} error={missing && !title.trim() ? t('renewal.start.titleRequired') : null} required>
        <TextInput value={title} onChange={(e) => setTitle(e.target.value)} required maxLength={300} />
      </FormField>
      <DataList
        items={[
          { key: 'start', label: t('renewal.start.startDate'), value: f.date(proposal.startDate) },
          { key: 'end', label: t('renewal.start.endDate'), value: proposal.termKind === 'indefinite' ? t('termKind.indefinite') : f.date(proposal.endDate) },
          { key: 'term', label: t('renewal.start.term'), value: term },
          { key: 'copied', label: t('renewal.start.copied'), value: t('renewal.start.copiedList') },
        ]}
      />
      <Paragraph>{a.noticeDeadline ? t('renewal.start.keepsWarning', { date: f.date(a.noticeDeadline) }) : t('renewal.start.keepsWarningNoDate')}</Paragraph>
    </FormDialog>
  );
}
