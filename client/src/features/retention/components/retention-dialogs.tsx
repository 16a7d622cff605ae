import { useId, useState } from 'react';
import type { Agreement } from '@akkoord/shared/schemas/agreement';
import { serverFieldErrors } from '../../../lib/form-errors.ts';
import { useT } from '../../../lib/i18n/use-t.ts';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog.tsx';
import { FormDialog } from '../../../components/ui/form-dialog.tsx';
import { FormField } from '../../../components/ui/form-field.tsx';
import { Select } from '../../../components/ui/select.tsx';
import { TextArea } from '../../../components/ui/text-input.tsx';
import { useToast } from '../../../components/ui/toast.tsx';
import { useChangeAgreementRetention } from '../api/agreement-retention.ts';
import { useRetentionRules } from '../api/list-retention-rules.ts';

/** Sets a legal hold (or changes its reason): the reason is required, the server refuses it empty too. */
export function LegalHoldDialog({ agreement, onClose }: { agreement: Agreement; onClose: () => void }) {
  const t = useT();
  const toast = useToast();
  const id = useId();
  const change = useChangeAgreementRetention(agreement.id);
  const [reason, setReason] = useState(agreement.retention?.legalHold?.reason ?? '');
  const [missing, setMissing] = useState(false);
  const error = missing ? t('validation.filled') : serverFieldErrors(change.error, t).reason;
  return (
    <FormDialog
      title={agreement.retention?.legalHold ? t('retention.legalHold.change') : t('retention.legalHold.set')}
      submitLabel={t('common.save')}
      busy={change.isPending}
      error={change.error}
      errorTitle={t('retention.legalHold.error')}
      onSubmit={() => {
        if (!reason.trim()) return setMissing(true);
        change.mutate(
          { kind: 'setHold', reason: reason.trim() },
          {
            onSuccess: () => {
              onClose();
              toast.show(t('retention.legalHold.saved'));
            },
          },
        );
      }}
      onClose={onClose}
    >
      <FormField
        id={`${id}-reason`}
        label={t('retention.legalHold.reason')}
        requiredText={t('common.required')}
        required
        description={t('retention.legalHold.reasonHint')}
        error={error}
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

/** Asks before lifting a legal hold. */
export function ClearHoldDialog({ agreement, onClose }: { agreement: Agreement; onClose: () => void }) {
  const t = useT();
  const toast = useToast();
  const change = useChangeAgreementRetention(agreement.id);
  return (
    <ConfirmDialog
      title={t('retention.legalHold.clearTitle')}
      text={t('retention.legalHold.clearText')}
      submitLabel={t('retention.legalHold.clear')}
      busy={change.isPending}
      error={change.error}
      onConfirm={() =>
        change.mutate(
          { kind: 'clearHold' },
          {
            onSuccess: () => {
              onClose();
              toast.show(t('retention.legalHold.cleared'));
            },
          },
        )
      }
      onClose={onClose}
    />
  );
}

/** Chooses the agreement's rule from the selection list (or none). */
export function RuleDialog({ agreement, onClose }: { agreement: Agreement; onClose: () => void }) {
  const t = useT();
  const toast = useToast();
  const id = useId();
  const rules = useRetentionRules();
  const change = useChangeAgreementRetention(agreement.id);
  const [ruleId, setRuleId] = useState(agreement.retentionRuleId === null ? '' : String(agreement.retentionRuleId));
  const options = (rules.data ?? []).map((r) => ({
    value: String(r.id),
    label: `${t('retention.ruleOption', { code: r.code, description: r.description })} (${r.action === 'keep' ? t('retention.keep') : t('retention.destroyAfter', { count: r.years ?? 0 })})`,
  }));
  return (
    <FormDialog
      title={t('retention.changeRule')}
      submitLabel={t('common.save')}
      busy={change.isPending}
      error={change.error}
      errorTitle={t('retention.changeRule.error')}
      onSubmit={() =>
        change.mutate(
          { kind: 'rule', ruleId: ruleId === '' ? null : Number(ruleId), version: agreement.version },
          {
            onSuccess: () => {
              onClose();
              toast.show(t('retention.changeRule.saved'));
            },
          },
        )
      }
      onClose={onClose}
    >
      <FormField id={`${id}-rule`} label={t('retention.rule')} error={serverFieldErrors(change.error, t).retentionRuleId}>
        <Select options={options} placeholder={t('retention.noRule')} value={ruleId} onChange={(e) => setRuleId(e.target.value)} disabled={!rules.data} />
      </FormField>
    </FormDialog>
  );
}
