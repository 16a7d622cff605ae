import { useEffect, useId, useState } from 'react';
import { earliestDay, latestDay } from '@akkoord/shared/dates/partial-date';
import { parseDateInput, toDateInputText, type DateInputResult } from '@akkoord/shared/dates/parse-date-input';
import { formatPartialDate } from '../../lib/format/dates.ts';
import { useLanguage, useT } from '../../lib/i18n/use-t.ts';
import type { Translate } from '../../lib/i18n/translate.ts';
import type { Language } from '../../lib/i18n/types.ts';
import { cx } from './cx.ts';
import { useFieldContext } from './form-field.tsx';
import { TextInput, type TextInputProps } from './text-input.tsx';

/** What the typed text was read as, in words: "1 maart 2023", "maart 2023 (maand)", or why it was not. */
export function describeDateInput(result: DateInputResult, t: Translate, lang: Language): string {
  if (result.ok) {
    const date = formatPartialDate(result.value, lang) ?? result.value;
    return result.precision === 'day' ? date : t(`dateInput.reading.${result.precision}`, { date });
  }
  return result.reason === 'empty' ? '' : t(`dateInput.problem.${result.reason}`);
}

export interface DateInputProps extends Omit<TextInputProps, 'value' | 'onChange' | 'type'> {
  /** The text as typed (the caller reads it with `dateInputToValue`). */
  value: string;
  onChange: (text: string) => void;
  /** `day`: a whole day is needed (filters, the day notice was given). */
  precision?: 'any' | 'day';
}

/**
 * The one date field of the app: a text box that takes dates as people type
 * them ("1-3-2023", "1 maart 2023", "mrt 2023", "2023", ISO) and says beside
 * it what it read, so nobody has to trust a format. Replaces native date pickers.
 */
export function DateInput({ value, onChange, precision = 'any', className, ...rest }: DateInputProps) {
  const t = useT();
  const { lang } = useLanguage();
  const field = useFieldContext();
  const readingId = `${useId()}-reading`;
  const result = parseDateInput(value, { precision });
  const reading = result.ok || result.reason !== 'empty' ? describeDateInput(result, t, lang) : '';
  const describedBy = [field?.describedBy, reading ? readingId : null].filter(Boolean).join(' ') || undefined;
  return (
    <span className="app-date-input">
      <TextInput
        {...rest}
        className={cx('app-date-input__box', className)}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        inputMode="text"
        autoComplete="off"
        spellCheck={false}
        aria-describedby={describedBy}
      />
      <span id={readingId} className={cx('app-date-input__reading', !result.ok && 'app-date-input__reading--problem')} aria-live="polite">
        {reading}
      </span>
    </span>
  );
}

export interface DateFilterInputProps extends Omit<DateInputProps, 'value' | 'onChange' | 'precision'> {
  /** The filter's calendar day (YYYY-MM-DD) or ''. */
  value: string;
  /** Called with a calendar day once the text reads as a date, '' when cleared. */
  onCommit: (day: string) => void;
  /** A month or year stands for its first day (`start`) or its last (`end`). */
  bound: 'start' | 'end';
}

/** A date filter on the same pattern: "mrt 2023" as "from" means 1 March, as "to" 31 March. */
export function DateFilterInput({ value, onCommit, bound, ...rest }: DateFilterInputProps) {
  const [text, setText] = useState(() => toDateInputText(value || null));
  // Follow the filter when it changes from outside (reset, back button), not while typing what it already is.
  useEffect(() => {
    setText((current) => {
      const read = parseDateInput(current);
      const committed = read.ok ? (bound === 'start' ? earliestDay(read.value) : latestDay(read.value)) : current.trim() === '' ? '' : null;
      return committed === value ? current : toDateInputText(value || null);
    });
  }, [value, bound]);
  const change = (next: string) => {
    setText(next);
    const read = parseDateInput(next);
    if (read.ok) onCommit(bound === 'start' ? earliestDay(read.value) : latestDay(read.value));
    else if (read.reason === 'empty') onCommit('');
  };
  return <DateInput {...rest} value={text} onChange={change} />;
}
