import { useEffect, useId, useState, type FormEvent } from 'react';
import type { AgreementReminderRule, ReminderRules } from '@akkoord/shared/schemas/reminders';
import { problemText } from '../../../lib/form-errors.ts';
import { useT } from '../../../lib/i18n/use-t.ts';
import { Alert } from '../../../components/ui/alert.tsx';
import { Button } from '../../../components/ui/button.tsx';
import { Checkbox } from '../../../components/ui/checkbox.tsx';
import { DataList } from '../../../components/ui/data-list.tsx';
import { FormField } from '../../../components/ui/form-field.tsx';
import { Heading, Paragraph } from '../../../components/ui/heading.tsx';
import { QueryError } from '../../../components/ui/query-state.tsx';
import { Skeleton } from '../../../components/ui/skeleton.tsx';
import { TextInput } from '../../../components/ui/text-input.tsx';
import { useToast } from '../../../components/ui/toast.tsx';
import { useReminderRule } from '../api/get-reminder-rule.ts';
import { useUpdateReminderRule } from '../api/update-reminder-rule.ts';
import { ruleFormFrom, toRuleInput, type RuleField, type RuleFormValues } from '../rule-form-values.ts';

/** "180, 90, 30, 7 en 1 dag vooraf", or "geen". */
function useOffsetsText() {
  const t = useT();
  return (list: readonly number[]) => (list.length ? t('reminderRule.daysBefore', { days: list.join(', ') }) : t('reminderRule.noneForDate'));
}

/** The rules in force for this agreement, in words. */
function EffectiveRule({ rule, effective }: { rule: AgreementReminderRule; effective: ReminderRules }) {
  const t = useT();
  const days = useOffsetsText();
  const own = (v: unknown) => (v === null ? t('reminderRule.general') : t('reminderRule.own'));
  if (rule.muted) {
    return (
      <Alert type="warning">
        <Paragraph>{t('reminderRule.mutedText')}</Paragraph>
      </Alert>
    );
  }
  return (
    <DataList
      items={[
        { key: 'notice', label: t('deadlineKind.notice_deadline'), value: days(effective.noticeOffsets), note: own(rule.noticeOffsets) },
        { key: 'term', label: t('deadlineKind.term_end'), value: days(effective.termEndOffsets), note: own(rule.termEndOffsets) },
        { key: 'review', label: t('deadlineKind.review'), value: days(effective.reviewOffsets), note: own(rule.reviewOffsets) },
        {
          key: 'escalation',
          label: t('reminderRule.escalation'),
          value: effective.escalationDays ? t('reminderRule.escalationDays', { count: effective.escalationDays }) : t('reminderRule.escalationOff'),
          note: own(rule.escalationDays),
        },
      ]}
    />
  );
}

/** Change this agreement's own reminder days or mute it (admin, legal). */
function RuleForm({ agreementId, rule }: { agreementId: number; rule: AgreementReminderRule }) {
  const t = useT();
  const id = useId();
  const toast = useToast();
  const update = useUpdateReminderRule(agreementId);
  const [values, setValues] = useState<RuleFormValues>(() => ruleFormFrom(rule));
  const [invalid, setInvalid] = useState<RuleField[]>([]);
  useEffect(() => setValues(ruleFormFrom(rule)), [rule]);
  const set = <K extends keyof RuleFormValues>(key: K, v: RuleFormValues[K]) => setValues((old) => ({ ...old, [key]: v }));
  const error = (field: RuleField) => (invalid.includes(field) ? (field === 'escalationDays' ? t('validation.range', { min: 0, max: 365 }) : t('validation.leadDays')) : undefined);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const { input, invalid: bad } = toRuleInput(rule, values);
    setInvalid(bad);
    if (bad.length) return;
    if (!Object.keys(input).length) return toast.show(t('form.noChanges'), 'info');
    update.mutate(input, { onSuccess: () => toast.show(t('reminderRule.saved')) });
  };

  const general = (field: 'noticeOffsets' | 'termEndOffsets' | 'reviewOffsets') => t('reminderRule.blankHint', { days: rule.effective[field].join(', ') || '-' });
  return (
    <details className="app-disclosure">
      <summary id={`${id}-title`}>{t('reminderRule.edit')}</summary>
      <form onSubmit={submit} noValidate className="app-form" aria-labelledby={`${id}-title`}>
        <Paragraph className="app-muted">{t('reminderRule.editHint')}</Paragraph>
        {update.error && !update.isPending ? (
          <Alert type="error" live>
            <Paragraph>{problemText(update.error, t)}</Paragraph>
          </Alert>
        ) : null}
        <FormField id={`${id}-muted`} checkbox label={t('reminderRule.mute')} description={t('reminderRule.muteHint')}>
          <Checkbox checked={values.muted} onChange={(e) => set('muted', e.target.checked)} />
        </FormField>
        <div className="app-form-row">
          {(
            [
              ['notice', 'noticeOffsets', 'deadlineKind.notice_deadline'],
              ['termEnd', 'termEndOffsets', 'deadlineKind.term_end'],
              ['review', 'reviewOffsets', 'deadlineKind.review'],
            ] as const
          ).map(([key, field, label]) => (
            <FormField key={key} id={`${id}-${key}`} label={t('reminderRule.offsetsFor', { date: t(label) })} description={general(field)} error={error(field)}>
              <TextInput value={values[key]} onChange={(e) => set(key, e.target.value)} inputMode="numeric" autoComplete="off" disabled={values.muted} />
            </FormField>
          ))}
          <FormField id={`${id}-escalation`} label={t('reminderRule.escalation')} description={t('reminderRule.escalationHint')} error={error('escalationDays')}>
            <TextInput value={values.escalation} onChange={(e) => set('escalation', e.target.value)} inputMode="numeric" autoComplete="off" disabled={values.muted} />
          </FormField>
        </div>
        <Button type="submit" appearance="primary" busy={update.isPending}>
          {t('reminderRule.save')}
        </Button>
      </form>
    </details>
  );
}

/** The agreement's reminder rule: in words for everyone, editable for admin and legal. */
export function ReminderRulePanel({ agreementId, canEdit }: { agreementId: number; canEdit: boolean }) {
  const t = useT();
  const query = useReminderRule(agreementId);
  if (query.error && !query.data) return <QueryError error={query.error} onRetry={() => void query.refetch()} />;
  if (!query.data) return <Skeleton lines={4} />;
  return (
    <div className="app-rule">
      <Heading level={3}>{t('reminderRule.title')}</Heading>
      <EffectiveRule rule={query.data} effective={query.data.effective} />
      {canEdit ? <RuleForm agreementId={agreementId} rule={query.data} /> : null}
    </div>
  );
}
