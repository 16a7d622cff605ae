import type { WorkflowState } from '../domain/enums.ts';
import type { Locale } from '../dates/format-partial-date.ts';
import { formatPartialDate } from '../dates/format-partial-date.ts';
import type { PartialDate } from '../dates/partial-date.ts';
import type { RenewalDecision } from '../schemas/renewal.ts';
import type { MessageStep } from './explanation.ts';

/** The dates that alerts, reminders and calendar events watch. */
export const WATCHED_DEADLINES = ['notice_deadline', 'term_end', 'review'] as const;
export type WatchedDeadline = (typeof WATCHED_DEADLINES)[number];

/** Where an agreement stands in the workflow, as far as its deadlines are concerned. */
export interface HandlingSubject {
  workflowState: WorkflowState;
  /** The recorded renewal decision (null = none yet). */
  decision: RenewalDecision | null;
}

/**
 * Whether the workflow has taken care of a deadline, so that its alerts,
 * reminders and calendar events may stop. The one rule every one of them
 * follows (decision 025): starting a renewal decides nothing, so an agreement
 * in renewal keeps its notice deadline until a decision is recorded; notice
 * given (terminated), a successor in force (renewed) or a draft that is not in
 * force yet have nothing left to warn about.
 */
export function isDeadlineHandled(kind: WatchedDeadline, s: HandlingSubject): boolean {
  switch (s.workflowState) {
    case 'draft':
    case 'renewed':
    case 'terminated':
      return true;
    case 'in_renewal':
      return s.decision !== null && kind !== 'review';
    default:
      return false;
  }
}

/** True when a renewal was started and its decision is still open. */
export function isAwaitingDecision(s: HandlingSubject): boolean {
  return s.workflowState === 'in_renewal' && s.decision === null;
}

const AWAITING: Record<Locale, (date: string) => string> = {
  nl: (date) => `Verlenging gestart — besluit vóór ${date}`,
  en: (date) => `Renewal started — decide before ${date}`,
};

/** "verlenging gestart — besluit vóór <datum>" in one language, or null when the workflow adds nothing to a deadline. */
export function describeDeadlineState(s: HandlingSubject, deadline: PartialDate | null, locale: Locale): string | null {
  return isAwaitingDecision(s) ? AWAITING[locale](formatPartialDate(deadline, locale)) : null;
}

/** The same sentence as an explanation step in both languages (alerts and reminder e-mails put it first). */
export function deadlineStateStep(s: HandlingSubject, deadline: PartialDate | null): MessageStep | null {
  const nl = describeDeadlineState(s, deadline, 'nl');
  const en = describeDeadlineState(s, deadline, 'en');
  return nl && en ? { kind: 'message', nl, en } : null;
}
