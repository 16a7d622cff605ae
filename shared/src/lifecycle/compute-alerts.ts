import type { CalendarDay } from '../dates/calendar-day.ts';
import { addDays, daysBetween } from '../dates/calendar-day.ts';
import type { DaySpan } from '../dates/date-span.ts';
import { mapSpan } from '../dates/date-span.ts';
import type { Alert, AlertKind, AlertSeverity, LifecycleAlertReason } from './alert-types.ts';
import { compareAlerts, lowerSeverity, severityForDaysLeft } from './alert-types.ts';
import type { DateLabel, DateStep, ExplanationStep, MissingFact } from './explanation.ts';
import type { LifecycleInput } from './lifecycle-types.ts';
import type { LifecycleAnalysis } from './analyse-lifecycle.ts';
import { analyseLifecycle } from './analyse-lifecycle.ts';
import { leadWindowFor } from './lead-times.ts';
import { describeSpan, makeDateStep, startTerm } from './date-steps.ts';
import { deadlineStateStep, isDeadlineHandled, type HandlingSubject, type WatchedDeadline } from './deadline-handling.ts';

/** Days before a review date that it starts to show up. */
export const REVIEW_LEAD_DAYS = 30;
/** An expiry this recent (days) without a successor is high severity, older ones medium. */
const RECENT_EXPIRY_DAYS = 90;

/** What the server knows about one agreement, beyond its lifecycle facts, to decide its alerts. */
export interface AgreementAlertInput {
  agreementId: number;
  collaborationCode: string | null;
  ownerName: string | null;
  hasParties: boolean;
  /** Another agreement `renews` or `supersedes` this one. */
  hasSuccessor: boolean;
  lifecycle: LifecycleInput;
}

const KEY_PREFIX: Record<AlertKind, string> = {
  notice_deadline: 'notice',
  term_end: 'end',
  review_due: 'review',
  expired_no_successor: 'expired',
  data_gap: 'gap',
  contradiction: 'contradiction',
  chain: 'chain',
  backup: 'backup',
  woo_publication: 'woo',
};

interface Draft {
  kind: AlertKind;
  severity: AlertSeverity;
  reason: LifecycleAlertReason;
  keyParts: (string | number)[];
  due: DaySpan | null;
  leadDays?: number;
  explanation: ExplanationStep[];
}

function finish(input: AgreementAlertInput, on: CalendarDay, d: Draft): Alert {
  let key = `${KEY_PREFIX[d.kind]}:${input.agreementId}`;
  for (const part of d.keyParts) key += `:${part}`;
  return {
    key,
    kind: d.kind,
    severity: d.severity,
    reasonCode: d.reason,
    dueDate: d.due ? describeSpan(d.due).value : null,
    dueDay: d.due?.earliest ?? null,
    daysLeft: d.due ? daysBetween(on, d.due.earliest) : null,
    leadDays: d.leadDays ?? null,
    agreementId: input.agreementId,
    collaborationCode: input.collaborationCode,
    explanation: d.explanation,
  };
}

function alertFromStep(label: DateLabel, due: DaySpan, lead: number): DateStep {
  const from = mapSpan(due, (d) => addDays(d, -lead));
  return makeDateStep('alert_from', from, [startTerm(label, due), { op: 'minus', label: 'leadTime', period: { value: lead, unit: 'day' } }]);
}

function deadlineAlerts(a: LifecycleAnalysis, input: AgreementAlertInput, handling: HandlingSubject): Draft[] {
  const drafts: Draft[] = [];
  const { on, term, deadline } = a;
  if (deadline && a.deadlineStep && on <= deadline.latest) {
    const daysLeft = daysBetween(on, deadline.earliest);
    const lead = leadWindowFor(a.leadDays, daysLeft);
    if (lead !== null) {
      const state = deadlineStateStep(handling, a.deadlineStep.result);
      const explanation = [...(state ? [state] : []), a.deadlineStep, alertFromStep('noticeDeadline', deadline, lead)];
      drafts.push({
        kind: 'notice_deadline',
        severity: severityForDaysLeft(daysLeft),
        reason: 'notice_deadline_approaching',
        keyParts: [deadline.earliest, lead],
        due: deadline,
        leadDays: lead,
        explanation,
      });
    }
  }
  if (term?.end && term.endStep && term.isFinal && !input.hasSuccessor && on <= term.end.latest) {
    const daysLeft = daysBetween(on, term.end.earliest);
    const lead = leadWindowFor(a.leadDays, daysLeft);
    if (lead !== null) {
      const explanation = [term.endStep, alertFromStep('currentTermEnd', term.end, lead)];
      drafts.push({
        kind: 'term_end',
        severity: lowerSeverity(severityForDaysLeft(daysLeft)),
        reason: 'term_end_approaching',
        keyParts: [term.end.earliest, lead],
        due: term.end,
        leadDays: lead,
        explanation,
      });
    }
  }
  return drafts;
}

function reviewAlerts(a: LifecycleAnalysis): Draft[] {
  if (!a.review || !a.reviewStep) return [];
  const daysLeft = daysBetween(a.on, a.review.earliest);
  if (a.on > a.review.latest) {
    return [{ kind: 'review_due', severity: 'medium', reason: 'review_overdue', keyParts: [a.review.earliest, 'overdue'], due: a.review, explanation: [a.reviewStep] }];
  }
  if (daysLeft > REVIEW_LEAD_DAYS) return [];
  const severity: AlertSeverity = daysLeft <= 7 ? 'medium' : 'low';
  return [{ kind: 'review_due', severity, reason: 'review_due', keyParts: [a.review.earliest, 'due'], due: a.review, explanation: [a.reviewStep] }];
}

function gap(missing: MissingFact, reason: LifecycleAlertReason, severity: AlertSeverity): Draft {
  return { kind: 'data_gap', severity, reason, keyParts: [missing], due: null, explanation: [{ kind: 'data_gap', missing }] };
}

/** Facts whose absence stops the engine from computing deadlines (the honest first to-do list). */
function dataGapAlerts(a: LifecycleAnalysis, input: AgreementAlertInput): Draft[] {
  const facts = input.lifecycle;
  const drafts: Draft[] = [];
  const indefinite = facts.termKind === 'indefinite';
  if (!indefinite && !a.structure.initialEnd) drafts.push(gap('end_or_term', 'missing_end_or_term', 'medium'));
  // A notice period matters whenever the agreement does not simply end by itself.
  if (!facts.noticePeriod && (indefinite || facts.tacitRenewal !== false)) drafts.push(gap('notice_period', 'missing_notice_period', 'medium'));
  if (a.structure.renewalPeriodMissing) drafts.push(gap('renewal_period', 'missing_renewal_period', 'medium'));
  if (!input.ownerName?.trim()) drafts.push(gap('owner', 'missing_owner', 'low'));
  if (!input.hasParties) drafts.push(gap('parties', 'missing_parties', 'low'));
  return drafts;
}

function expiryAlerts(a: LifecycleAnalysis, input: AgreementAlertInput): Draft[] {
  const term = a.term;
  if (input.hasSuccessor || !term?.end || !term.endStep) return [];
  const since = daysBetween(term.end.latest, a.on);
  const severity: AlertSeverity = since <= RECENT_EXPIRY_DAYS ? 'high' : 'medium';
  return [{ kind: 'expired_no_successor', severity, reason: 'expired_without_successor', keyParts: [term.end.earliest], due: term.end, explanation: [term.endStep] }];
}

const WATCHED_BY_KIND: Partial<Record<AlertKind, WatchedDeadline>> = { notice_deadline: 'notice_deadline', term_end: 'term_end', review_due: 'review' };

/**
 * Everything that needs attention for one agreement on `on`, most urgent
 * first: notice deadlines and term ends within their lead times, reviews
 * due, expiry without a successor, and data gaps. Deadlines the workflow has
 * handled (`isDeadlineHandled`) are left out; an agreement in renewal without
 * a decision keeps its notice deadline, worded for that state.
 */
export function computeAgreementAlerts(input: AgreementAlertInput, on: CalendarDay, analysis?: LifecycleAnalysis): Alert[] {
  const a = analysis ?? analyseLifecycle(input.lifecycle, on);
  const handling: HandlingSubject = { workflowState: input.lifecycle.workflowState, decision: input.lifecycle.decision ?? null };
  let drafts: Draft[];
  if (handling.workflowState === 'terminated') return [];
  switch (a.status) {
    case 'draft':
    case 'renewed':
    case 'terminated':
      drafts = [];
      break;
    case 'expired':
      drafts = expiryAlerts(a, input);
      break;
    default:
      drafts = [...deadlineAlerts(a, input, handling), ...reviewAlerts(a), ...dataGapAlerts(a, input)];
  }
  drafts = drafts.filter((d) => {
    const watched = WATCHED_BY_KIND[d.kind];
    return watched === undefined || !isDeadlineHandled(watched, handling);
  });
  return drafts.map((d) => finish(input, on, d)).sort(compareAlerts);
}

/** An alert from a rule outside the engine (contradicting facts, chain rules), explained in both languages. */
export function makeMessageAlert(options: {
  kind: AlertKind;
  severity: AlertSeverity;
  reasonCode: string;
  key: string;
  agreementId?: number | null;
  collaborationCode?: string | null;
  dueDay?: CalendarDay | null;
  on?: CalendarDay;
  nl: string;
  en: string;
}): Alert {
  const dueDay = options.dueDay ?? null;
  return {
    key: options.key,
    kind: options.kind,
    severity: options.severity,
    reasonCode: options.reasonCode,
    dueDate: dueDay,
    dueDay,
    daysLeft: dueDay && options.on ? daysBetween(options.on, dueDay) : null,
    leadDays: null,
    agreementId: options.agreementId ?? null,
    collaborationCode: options.collaborationCode ?? null,
    explanation: [{ kind: 'message', nl: options.nl, en: options.en }],
  };
}
