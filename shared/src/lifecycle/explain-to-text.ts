import type { Locale } from '../dates/format-partial-date.ts';
import { formatDayRange, formatPartialDate } from '../dates/format-partial-date.ts';
import type { PartialDate } from '../dates/partial-date.ts';
import type { Period } from '../schemas/agreement.ts';
import type { DateStep, DayBounds, ExplanationStep, ExplanationTerm, StatusStep } from './explanation.ts';
import { EXPLANATION_VOCABULARY } from './explanation-texts.ts';
import { statusLabelOfStep } from './status-label.ts';

/** Formats a period: nl "3 maanden", en "3 months". */
export function formatPeriod(period: Period, locale: Locale): string {
  const [one, many] = EXPLANATION_VOCABULARY[locale].units[period.unit];
  return `${period.value} ${period.value === 1 ? one : many}`;
}

function formatValue(value: PartialDate | null, bounds: DayBounds | undefined, locale: Locale): string {
  if (value === null && bounds) return formatDayRange(bounds.earliest, bounds.latest, locale);
  return formatPartialDate(value, locale);
}

function formatTerm(term: ExplanationTerm, locale: Locale): string {
  const words = EXPLANATION_VOCABULARY[locale];
  if (term.op === 'start') return `${words.dateLabels[term.label]} ${formatValue(term.value, term.bounds, locale)}`;
  const sign = term.op === 'plus' ? '+' : '−';
  const times = term.times !== undefined && term.times !== 1 ? `${term.times} × ` : '';
  const label = words.periodLabels[term.label];
  return `${sign} ${times}${label ? `${label} ` : ''}${formatPeriod(term.period, locale)}`;
}

function dateStepToText(step: DateStep, locale: Locale): string {
  const words = EXPLANATION_VOCABULARY[locale];
  const result = formatValue(step.result, step.bounds, locale);
  const terms = step.terms.map((t) => formatTerm(t, locale)).join(' ');
  const notes = step.notes && step.notes.length > 0 ? ` (${step.notes.map((n) => words.notes[n]).join('; ')})` : '';
  // A stored date explains itself: "evaluatie 2027" rather than "evaluatie 2027 = evaluatiedatum 2027".
  const onlyStart = step.terms.length === 1 && step.terms[0]?.op === 'start';
  return onlyStart ? `${words.stepKinds[step.kind]} ${result}${notes}` : `${words.stepKinds[step.kind]} ${result} = ${terms}${notes}`;
}

function statusStepToText(step: StatusStep, locale: Locale): string {
  const words = EXPLANATION_VOCABULARY[locale];
  const reason = words.reasons[step.reason].replace('{date}', formatValue(step.date ?? null, step.dateBounds, locale)).replace('{lead}', String(step.leadDays ?? ''));
  return `status ${words.statuses[statusLabelOfStep(step)]}: ${reason}`;
}

/** Renders one explanation step as a sentence in Dutch or English. */
export function explainToText(step: ExplanationStep, locale: Locale): string {
  switch (step.kind) {
    case 'status':
      return statusStepToText(step, locale);
    case 'data_gap': {
      const words = EXPLANATION_VOCABULARY[locale];
      return `${words.missingPrefix}: ${words.missing[step.missing]}`;
    }
    case 'message':
      return step[locale];
    default:
      return dateStepToText(step, locale);
  }
}

/** Renders all steps, one sentence each. */
export function explainAllToText(steps: ExplanationStep[], locale: Locale): string[] {
  return steps.map((s) => explainToText(s, locale));
}
