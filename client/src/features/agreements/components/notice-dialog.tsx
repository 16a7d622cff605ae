import { useId, useState } from 'react';
import { parseDateInput } from '@akkoord/shared/dates/parse-date-input';
import type { Agreement } from '@akkoord/shared/schemas/agreement';
import { ApiError } from '../../../lib/api-client.ts';
import { useFormat } from '../../../lib/format/use-format.ts';
import { useT } from '../../../lib/i18n/use-t.ts';
import { DateInput } from '../../../components/ui/date-input.tsx';
import { FormDialog } from '../../../components/ui/form-dialog.tsx';
import { FormField } from '../../../components/ui/form-field.tsx';
import { Paragraph } from '../../../components/ui/heading.tsx';
import { useToast } from '../../../components/ui/toast.tsx';
import { useRecordNotice } from '../api/terminate-agreement.ts';
import { NoticeOutcome, noticeOutcomeOf } from './notice-outcome.tsx';

/** A day typed in a date field, when it reads as one. */
export function typedDay(text: string): string | null {
  const read = parseDateInput(text, { precision: 'day' });
  return read.ok ? read.value : null;
}

/**
 * Records notice: says what it does, asks the day notice was given and shows
 * the last day that follows (the shared engine, as the server computes it);
 * asks for the last day only when the facts do not determine it.
 */
export function NoticeDialog({ agreement: a, onClose }: { agreement: Agreement; onClose: () => void }) {
  const t = useT();
  const toast = useToast();
  const f = useFormat();
  const id = useId();
  const notice = useRecordNotice(a.id);
  const [dateText, setDateText] = useState('');
  const [lastDayText, setLastDayText] = useState('');
  const [missing, setMissing] = useState(false);
  const day = typedDay(dateText);
  const needsLastDay = day !== null && noticeOutcomeOf(a, day).lastDay === null;
  const serverErrors = notice.error instanceof ApiError ? notice.error.fieldErrors() : {};
  const dateError = missing && !day ? t('notice.dateRequired') : (serverErrors.noticeGivenDate ?? null);
  const lastDay = parseDateInput(lastDayText);

  const submit = () => {
    if (!day || (needsLastDay && !lastDay.ok)) {
      setMissing(true);
      return;
    }
    notice.mutate(
      { noticeGivenDate: day, ...(needsLastDay && lastDay.ok ? { terminationDate: lastDay.value } : {}) },
      {
        onSuccess: (saved) => {
          onClose();
          toast.show(t('notice.recorded', { date: f.date(saved.terminationDate) }));
        },
      },
    );
  };

  return (
    <FormDialog
      title={t('notice.title')}
      submitLabel={t('agreement.recordNotice')}
      busy={notice.isPending}
      error={notice.error}
      errorTitle={t('notice.failed')}
      onSubmit={submit}
      onClose={onClose}
    >
      <Paragraph>{t('notice.explain')}</Paragraph>
      <FormField id={`${id}-date`} label={t('notice.date')} description={t('date.hintDay')} error={dateError} required>
        <DateInput precision="day" value={dateText} onChange={setDateText} required />
      </FormField>
      <NoticeOutcome agreement={a} day={day} />
      {needsLastDay ? (
        <FormField id={`${id}-last`} label={t('notice.lastDay')} error={missing && !lastDay.ok ? t('notice.lastDayRequired') : (serverErrors.terminationDate ?? null)} required>
          <DateInput value={lastDayText} onChange={setLastDayText} required />
        </FormField>
      ) : null}
    </FormDialog>
  );
}
