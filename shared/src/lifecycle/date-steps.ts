import type { DaySpan } from '../dates/date-span.ts';
import { toPartialDate } from '../dates/date-span.ts';
import { precisionOf } from '../dates/partial-date.ts';
import type { DateLabel, DateStep, DateStepKind, ExplanationNote, ExplanationTerm } from './explanation.ts';

/** The partial date and, unless known to the day, the bounds of a span. */
export function describeSpan(span: DaySpan): { value: string | null; bounds?: { earliest: string; latest: string } } {
  const value = toPartialDate(span);
  if (value !== null && value.length === 10) return { value };
  return { value, bounds: { earliest: span.earliest, latest: span.latest } };
}

/** An explanation operand that starts from a (stored or computed) date. */
export function startTerm(label: DateLabel, span: DaySpan): ExplanationTerm {
  const { value, bounds } = describeSpan(span);
  return bounds ? { op: 'start', label, value, bounds } : { op: 'start', label, value };
}

/** A step explaining how a computed date (given as a span) was obtained. */
export function makeDateStep(kind: DateStepKind, span: DaySpan, terms: ExplanationTerm[], notes: ExplanationNote[] = []): DateStep {
  const { value, bounds } = describeSpan(span);
  const allNotes = [...notes];
  if (value === null || precisionOf(value) !== span.precision) allNotes.push('precision_reduced');
  const step: DateStep = { kind, result: value, terms };
  if (bounds) step.bounds = bounds;
  if (allNotes.length > 0) step.notes = allNotes;
  return step;
}
