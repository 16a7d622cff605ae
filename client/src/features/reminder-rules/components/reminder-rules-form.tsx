import { useEffect, useId, useState, type FormEvent } from 'react';
import type { ReminderRules } from '@akkoord/shared/schemas/reminders';
import { ApiError } from '../../../lib/api-client.ts';
import { problemText } from '../../../lib/form-errors.ts';
import { useT } from '../../../lib/i18n/use-t.ts';
import { Alert } from '../../../components/ui/alert.tsx';
import { Button } from '../../../components/ui/button.tsx';
import { FormField } from '../../../components/ui/form-field.tsx';
import { Paragraph } from '../../../components/ui/heading.tsx';
import { TextInput } from '../../../components/ui/text-input.tsx';
import { useToast } from '../../../components/ui/toast.tsx';
import { useUpdateReminderRules } from '../api/update-reminder-rules.ts';
import {
  MAX_ESCALATION_DAYS,
  MAX_OFFSET_DAYS,
  MAX_OFFSETS,
  OFFSET_FIELDS,
  rulesFormFrom,
  serverRulesErrors,
  toRulesInput,
  type RulesField,
  type RulesFormValues,
  type RulesProblem,
} from '../rules-form-values.ts';

const LABELS = {
  noticeOffsets: 'deadlineKind.notice_deadline',
  termEndOffsets: 'deadlineKind.term_end',
  reviewOffsets: 'deadlineKind.review',
} as const;

/** The global reminder rules: days before each date, and the escalation threshold (admins). */
export function ReminderRulesForm({ rules }: { rules: ReminderRules }) {
  const t = useT();
  const id = useId();
  const toast = useToast();
  const update = useUpdateReminderRules();
  const [values, setValues] = useState<RulesFormValues>(() => rulesFormFrom(rules));
  const [problems, setProblems] = useState<Partial<Record<RulesField, RulesProblem>>>({});
  useEffect(() => setValues(rulesFormFrom(rules)), [rules]);

  const server = update.error instanceof ApiError && !update.isPending ? serverRulesErrors(update.error.fieldErrors()) : {};
  const problemMessage = (p: RulesProblem) =>
    p === 'wholeNumbers'
      ? t('reminderRules.error.wholeNumbers')
      : p === 'offsetRange'
        ? t('validation.range', { min: 0, max: MAX_OFFSET_DAYS })
        : p === 'tooMany'
          ? t('reminderRules.error.tooMany', { max: MAX_OFFSETS })
          : p === 'required'
            ? t('validation.filled')
            : t('validation.range', { min: 0, max: MAX_ESCALATION_DAYS });
  const error = (field: RulesField) => (problems[field] ? problemMessage(problems[field]) : server[field]);

  const set = (field: RulesField, v: string) => {
    setValues((old) => ({ ...old, [field]: v }));
    if (problems[field]) setProblems((old) => ({ ...old, [field]: undefined }));
  };

  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    update.reset();
    const { input, problems: found } = toRulesInput(rules, values);
    setProblems(found);
    const firstBad = (Object.keys(found) as RulesField[])[0];
    if (firstBad) {
      e.currentTarget.querySelector<HTMLInputElement>(`#${CSS.escape(`${id}-${firstBad}`)}`)?.focus();
      return;
    }
    if (!Object.keys(input).length) return toast.show(t('form.noChanges'), 'info');
    update.mutate(input, { onSuccess: () => toast.show(t('reminderRules.saved')) });
  };

  return (
    <form onSubmit={submit} noValidate className="app-form" aria-labelledby="page-title">
      <Paragraph className="app-muted">{t('reminderRules.hint')}</Paragraph>
      {update.error && !update.isPending ? (
        <Alert type="error" live title={t('reminderRules.saveFailed')}>
          <Paragraph>{problemText(update.error, t)}</Paragraph>
        </Alert>
      ) : null}
      {OFFSET_FIELDS.map((field) => (
        <FormField
          key={field}
          id={`${id}-${field}`}
          label={t('reminderRules.offsetsFor', { date: t(LABELS[field]) })}
          description={t('reminderRules.offsetsHint')}
          error={error(field)}
        >
          <TextInput value={values[field]} onChange={(e) => set(field, e.target.value)} inputMode="numeric" autoComplete="off" spellCheck={false} />
        </FormField>
      ))}
      <FormField
        id={`${id}-escalationDays`}
        label={t('reminderRules.escalation')}
        description={t('reminderRules.escalationHint')}
        error={error('escalationDays')}
        requiredText={t('common.required')}
      >
        <TextInput value={values.escalationDays} onChange={(e) => set('escalationDays', e.target.value)} inputMode="numeric" autoComplete="off" required />
      </FormField>
      <div>
        <Button type="submit" appearance="primary" busy={update.isPending}>
          {t('reminderRules.save')}
        </Button>
      </div>
    </form>
  );
}
