import { useId, useState } from 'react';
import { RENEWAL_DECISIONS, type RenewalDecision } from '@akkoord/shared/schemas/renewal';
import type { Agreement } from '@akkoord/shared/schemas/agreement';
import { ApiError } from '../../../lib/api-client.ts';
import { useT } from '../../../lib/i18n/use-t.ts';
import { DateInput } from '../../../components/ui/date-input.tsx';
import { FormDialog } from '../../../components/ui/form-dialog.tsx';
import { FormField } from '../../../components/ui/form-field.tsx';
import { Paragraph } from '../../../components/ui/heading.tsx';
import { useToast } from '../../../components/ui/toast.tsx';
import { useRecordRenewalDecision } from '../api/record-renewal-decision.ts';
import { typedDay } from './notice-dialog.tsx';
import { NoticeOutcome } from './notice-outcome.tsx';
import { focusWorkflowPanel } from './workflow-focus.ts';

/** Records the renewal decision: renew, renegotiate or terminate, each explained; terminating asks the day notice was given and shows the last day. */
export function RenewalDecisionDialog({ agreement: a, onClose }: { agreement: Agreement; onClose: () => void }) {
  const t = useT();
  const toast = useToast();
  const id = useId();
  const decide = useRecordRenewalDecision(a.id);
  const [decision, setDecision] = useState<RenewalDecision | null>(null);
  const [dateText, setDateText] = useState('');
  const [tried, setTried] = useState(false);
  const day = typedDay(dateText);
  const serverErrors = decide.error instanceof ApiError ? decide.error.fieldErrors() : {};

  const submit = () => {
    setTried(true);
    if (!decision || (decision === 'terminate' && !day)) return;
    decide.mutate(
      { decision, ...(decision === 'terminate' ? { noticeGivenDate: day } : {}) },
      {
        onSuccess: () => {
          onClose();
          toast.show(t('renewal.decision.recorded', { decision: t(`renewal.decision.${decision}`) }));
          focusWorkflowPanel();
        },
      },
    );
  };

  const legendId = `${id}-legend`;
  const choiceError = tried && !decision ? t('renewal.decision.required') : (serverErrors.decision ?? null);
  return (
    <FormDialog
      wide
      title={t('renewal.decision.title')}
      submitLabel={t('renewal.decision.submit')}
      busy={decide.isPending}
      error={decide.error}
      errorTitle={t('renewal.failed')}
      onSubmit={submit}
      onClose={onClose}
    >
      <fieldset className="utrecht-form-fieldset app-form-fieldset" aria-describedby={choiceError ? `${id}-error` : undefined}>
        <legend id={legendId} className="utrecht-form-fieldset__legend utrecht-form-label">
          {t('renewal.decision.legend')}
        </legend>
        {choiceError ? (
          <p id={`${id}-error`} className="utrecht-form-field-error-message">
            {choiceError}
          </p>
        ) : null}
        {RENEWAL_DECISIONS.map((d) => (
          <div key={d} className="utrecht-form-field utrecht-form-field--radio app-radio">
            <div className="utrecht-form-field__input">
              <input
                type="radio"
                id={`${id}-${d}`}
                name={`${id}-decision`}
                value={d}
                checked={decision === d}
                onChange={() => setDecision(d)}
                aria-describedby={`${id}-${d}-help`}
                className="utrecht-radio-button utrecht-radio-button--html-input"
              />
            </div>
            <div className="utrecht-form-field__label">
              <label htmlFor={`${id}-${d}`} className="utrecht-form-label utrecht-form-label--radio">
                {t(`renewal.decision.${d}`)}
              </label>
            </div>
            <div id={`${id}-${d}-help`} className="utrecht-form-field-description">
              {t(`renewal.decision.${d}.help`)}
            </div>
          </div>
        ))}
      </fieldset>
      {decision === 'terminate' ? (
        <>
          <FormField
            id={`${id}-date`}
            label={t('notice.date')}
            description={t('date.hintDay')}
            error={tried && !day ? t('notice.dateRequired') : (serverErrors.noticeGivenDate ?? null)}
            required
          >
            <DateInput precision="day" value={dateText} onChange={setDateText} required />
          </FormField>
          <NoticeOutcome agreement={a} day={day} />
        </>
      ) : decision ? (
        <Paragraph>{t('renewal.decision.stopsReminders')}</Paragraph>
      ) : null}
    </FormDialog>
  );
}
