import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, fromEpochDay, toEpochDay } from '../dates/calendar-day.ts';
import { analyseLifecycle } from './analyse-lifecycle.ts';
import { computeAgreementAlerts } from './compute-alerts.ts';
import { isDeadlineHandled } from './deadline-handling.ts';
import { lifecycleInputArb } from './lifecycle-arbitraries.ts';
import type { LifecycleInput } from './lifecycle-types.ts';
import { computeTerminationEnd, explainNotice } from './termination.ts';
import { applyWorkflowStep, type WorkflowFacts } from './workflow-effects.ts';
import { checkTransition } from './workflow-transitions.ts';

/*
 * Issue 19, item 2, as an invariant: over every reachable sequence of
 * workflow steps (start a renewal, record a decision, give notice, activate
 * the successor, cancel the renewal, withdraw notice), as long as no decision
 * is recorded and no notice given, the notice deadline is not handled: the
 * engine still computes it exactly as for an untouched agreement, and within
 * a lead time its alert is there. The steps are the ones the server takes
 * (checkTransition guards, workflowChanges writes).
 */

type Move =
  | { kind: 'start_renewal' }
  | { kind: 'decide'; decision: 'renew' | 'renegotiate'; withNotice: boolean }
  | { kind: 'terminate'; daysAgo: number }
  | { kind: 'activate_successor' }
  | { kind: 'cancel_renewal' }
  | { kind: 'withdraw_notice' }
  | { kind: 'next_day'; days: number };

const moveArb: fc.Arbitrary<Move> = fc.oneof(
  fc.constant({ kind: 'start_renewal' as const }),
  fc.record({ kind: fc.constant('decide' as const), decision: fc.constantFrom('renew' as const, 'renegotiate' as const), withNotice: fc.boolean() }),
  fc.record({ kind: fc.constant('terminate' as const), daysAgo: fc.integer({ min: 0, max: 60 }) }),
  fc.constant({ kind: 'activate_successor' as const }),
  fc.constant({ kind: 'cancel_renewal' as const }),
  fc.constant({ kind: 'withdraw_notice' as const }),
  fc.record({ kind: fc.constant('next_day' as const), days: fc.integer({ min: 1, max: 120 }) }),
);

interface Model {
  facts: WorkflowFacts;
  /** A draft successor renews the agreement (created by start_renewal, archived by cancel, activated once). */
  draftSuccessor: boolean;
  on: string;
}

/** Takes a move when the guard allows it (as the server would), else leaves the model as it is. */
function take(m: Model, move: Move, facts: LifecycleInput): Model {
  const subject = { workflowState: m.facts.workflowState, archived: false };
  const allowed = (action: Parameters<typeof checkTransition>[0], extra = {}) => checkTransition(action, { ...subject, ...extra }).allowed;
  switch (move.kind) {
    case 'next_day':
      return { ...m, on: addDays(m.on, move.days) };
    case 'start_renewal':
      return allowed('start_renewal') ? { ...m, facts: applyWorkflowStep(m.facts, { action: 'start_renewal' }), draftSuccessor: true } : m;
    case 'decide':
      if (!allowed('record_decision')) return m;
      return { ...m, facts: applyWorkflowStep(m.facts, { action: 'record_decision', decision: move.decision, noticeGivenDate: move.withNotice ? m.on : undefined }) };
    case 'terminate': {
      if (!allowed('terminate')) return m;
      const given = addDays(m.on, -move.daysAgo);
      const end = computeTerminationEnd({ ...facts, ...m.facts }, given).end ?? m.on;
      return { ...m, facts: applyWorkflowStep(m.facts, { action: 'terminate', noticeGivenDate: given, terminationDate: end }) };
    }
    case 'activate_successor':
      if (!m.draftSuccessor || !allowed('activate', { workflowState: 'draft', predecessor: { workflowState: m.facts.workflowState } })) return m;
      return { ...m, facts: applyWorkflowStep(m.facts, { action: 'renewed_by_successor' }), draftSuccessor: false };
    case 'cancel_renewal':
      return allowed('cancel_renewal') ? { ...m, facts: applyWorkflowStep(m.facts, { action: 'cancel_renewal' }), draftSuccessor: false } : m;
    case 'withdraw_notice': {
      const lastDayPassed = m.facts.terminationDate !== null && m.facts.terminationDate < m.on.slice(0, m.facts.terminationDate.length);
      if (!allowed('withdraw_notice', { notice: { given: m.facts.noticeGivenDate !== null, lastDayPassed } })) return m;
      return { ...m, facts: applyWorkflowStep(m.facts, { action: 'withdraw_notice', backInRenewal: m.draftSuccessor }) };
    }
  }
}

const caseArb = fc.tuple(
  lifecycleInputArb.map((i): LifecycleInput => ({ ...i, workflowState: 'active', noticeGivenDate: null, terminationDate: null })),
  fc.integer({ min: -400, max: 400 }),
  fc.array(moveArb, { maxLength: 12 }),
);

describe('no workflow step silences a notice deadline before a decision', () => {
  it('keeps the deadline, unhandled, with its alert, until a decision or notice is recorded', () => {
    fc.assert(
      fc.property(caseArb, ([base, offset, moves]) => {
        const anchor = `${base.endDate ?? base.startDate ?? '2020'}-01-01`.slice(0, 10);
        let m: Model = {
          facts: { workflowState: 'active', decision: null, noticeGivenDate: null, terminationDate: null },
          draftSuccessor: false,
          on: fromEpochDay(toEpochDay(anchor) + offset),
        };
        for (const move of [...moves, { kind: 'next_day' as const, days: 0 }]) {
          m = take(m, move, base);
          const undecided = m.facts.decision === null && m.facts.noticeGivenDate === null && (m.facts.workflowState === 'active' || m.facts.workflowState === 'in_renewal');
          if (!undecided) continue;
          const subject = { workflowState: m.facts.workflowState, decision: m.facts.decision };
          expect(isDeadlineHandled('notice_deadline', subject)).toBe(false);
          const input: LifecycleInput = { ...base, ...m.facts };
          const untouched = analyseLifecycle({ ...base, workflowState: 'active' }, m.on);
          const now = analyseLifecycle(input, m.on);
          expect(now.deadline).toEqual(untouched.deadline);
          const alerts = computeAgreementAlerts(
            { agreementId: 1, collaborationCode: null, ownerName: 'x', hasParties: true, hasSuccessor: m.draftSuccessor, lifecycle: input },
            m.on,
            now,
          );
          const expected = computeAgreementAlerts(
            { agreementId: 1, collaborationCode: null, ownerName: 'x', hasParties: true, hasSuccessor: m.draftSuccessor, lifecycle: { ...base, workflowState: 'active' } },
            m.on,
          );
          const keys = (list: typeof alerts) => list.filter((a) => a.kind === 'notice_deadline').map((a) => a.key);
          // The same notice alert (same key, so acknowledgements carry over), whether or not a renewal was started.
          if (untouched.status !== 'expired') expect(keys(alerts)).toEqual(keys(expected));
        }
      }),
      { numRuns: 600 },
    );
  }, 60_000);

  it('stops warning only once a decision is recorded or notice given', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('draft', 'active', 'in_renewal', 'renewed', 'terminated'),
        fc.constantFrom(null, 'renew', 'renegotiate', 'terminate'),
        fc.constantFrom('notice_deadline', 'term_end', 'review'),
        (workflowState, decision, kind) => {
          const handled = isDeadlineHandled(kind as 'notice_deadline', { workflowState: workflowState as 'active', decision: decision as null });
          if ((workflowState === 'active' || workflowState === 'in_renewal') && decision === null) return handled === false;
          return true;
        },
      ),
    );
  });
});

describe('explainNotice', () => {
  it('ends on the computed last day, never before notice, and late notice serves one more term', () => {
    fc.assert(
      fc.property(lifecycleInputArb, fc.integer({ min: 0, max: 4000 }), (base, offset) => {
        const input: LifecycleInput = { ...base, workflowState: 'active', noticeGivenDate: null, terminationDate: null };
        const start = `${input.startDate ?? '2015'}-01-01`.slice(0, 10);
        const given = fromEpochDay(toEpochDay(start) + offset);
        const outcome = explainNotice(input, given);
        // Notice after a final term ended is refused by the server (the last day would precede it).
        if (outcome.lastDay === null || analyseLifecycle(input, given).status === 'expired') return true;
        expect(outcome.lastDay).toBe(computeTerminationEnd(input, given).end);
        expect(outcome.lastDay >= given.slice(0, outcome.lastDay.length)).toBe(true);
        return true;
      }),
      { numRuns: 1000 },
    );
  }, 30_000);

  it('explains the worked cases: timely, late, indefinite', () => {
    const yearly: LifecycleInput = {
      startDate: '2024-01-01',
      endDate: '2026-12-31',
      termKind: 'fixed',
      initialTermMonths: null,
      noticePeriod: { value: 3, unit: 'month' },
      tacitRenewal: true,
      renewalPeriod: { value: 1, unit: 'year' },
      maxRenewals: null,
      reviewDate: null,
      workflowState: 'active',
      noticeGivenDate: null,
      terminationDate: null,
      alertLeadDays: null,
    };
    expect(explainNotice(yearly, '2026-09-30')).toEqual({ lastDay: '2026-12-31', deadline: '2026-09-30', late: false });
    expect(explainNotice(yearly, '2026-10-01')).toEqual({ lastDay: '2027-12-31', deadline: '2026-09-30', late: true });
    expect(explainNotice({ ...yearly, termKind: 'indefinite', endDate: null, tacitRenewal: null }, '2026-05-15')).toEqual({ lastDay: '2026-08-15', deadline: null, late: false });
  });
});
