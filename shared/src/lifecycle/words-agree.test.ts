import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { analyseLifecycle } from './analyse-lifecycle.ts';
import { computeAgreementAlerts, type AgreementAlertInput } from './compute-alerts.ts';
import { computeLifecycle } from './compute-lifecycle.ts';
import { explainToText } from './explain-to-text.ts';
import { lifecycleCaseArb } from './lifecycle-arbitraries.ts';
import type { LifecycleInput } from './lifecycle-types.ts';
import { statusLabelOf, statusLabelOfStep } from './status-label.ts';
import { computeTerminationEnd } from './termination.ts';
import { lifecycleInput } from './test-helpers.ts';

/** Issue 19, item 6: the words of the status and its explanation agree with the engine and its alerts. */
const renewing = lifecycleInput({
  startDate: '2024-01-01',
  endDate: '2026-12-31',
  termKind: 'fixed',
  noticePeriod: { value: 3, unit: 'month' },
  tacitRenewal: true,
  renewalPeriod: { value: 1, unit: 'year' },
});
const subject = (lifecycle: LifecycleInput): AgreementAlertInput => ({ agreementId: 1, collaborationCode: null, ownerName: 'X', hasParties: true, hasSuccessor: false, lifecycle });

describe('words that agree with the engine', () => {
  it('calls a tacitly renewing agreement near its deadline "renews unless notice", not "expiring"', () => {
    const snap = computeLifecycle(renewing, '2026-09-10');
    expect(snap.status).toBe('expiring');
    expect(statusLabelOf({ status: snap.status, tacitRenewal: true, noticeDeadline: snap.noticeDeadline })).toBe('renews_unless_notice');
    const text = explainToText(analyseLifecycle(renewing, '2026-09-10').statusStep, 'nl');
    expect(text).toBe(
      'status wordt stilzwijgend verlengd, tenzij opgezegd: zonder opzegging uiterlijk 30-09-2026 wordt zij stilzwijgend verlengd; die datum valt binnen de signaleringstermijn van 30 dagen',
    );
    // Past the deadline it simply renews.
    const after = analyseLifecycle(renewing, '2026-10-05').statusStep;
    expect(statusLabelOfStep(after)).toBe('renews_tacitly');
    expect(explainToText(after, 'en')).toBe('status renews tacitly: notice deadline 30 September 2026 has passed; it renews tacitly');
    // A fixed term without renewal still "expires".
    const fixed = lifecycleInput({ ...renewing, tacitRenewal: false });
    expect(statusLabelOfStep(analyseLifecycle(fixed, '2026-12-01').statusStep)).toBe('expiring');
  });

  it('names the lead time the alert names (30 days, not 180)', () => {
    const on = '2026-09-10';
    const [alert] = computeAgreementAlerts(subject(renewing), on).filter((a) => a.kind === 'notice_deadline');
    expect(alert?.leadDays).toBe(30);
    const step = analyseLifecycle(renewing, on).statusStep;
    expect(step.leadDays).toBe(30);
    expect(explainToText(step, 'nl')).not.toContain('180');
  });

  it('says when notice given today would end an indefinite agreement', () => {
    const indefinite = lifecycleInput({ startDate: '2019', termKind: 'indefinite', noticePeriod: { value: 3, unit: 'month' } });
    const step = analyseLifecycle(indefinite, '2026-12-07').statusStep;
    const end = computeTerminationEnd(indefinite, '2026-12-07').end;
    expect(end).not.toBeNull();
    expect(step.date).toBe(end);
    expect(explainToText(step, 'nl')).toMatch(/^status actief: voor onbepaalde tijd; opzeggen kan altijd; bij opzegging vandaag eindigt zij op \d\d-\d\d-2027$/);
    const noPeriod = analyseLifecycle(lifecycleInput({ startDate: '2019', termKind: 'indefinite' }), '2026-12-07').statusStep;
    expect(explainToText(noPeriod, 'nl')).toBe('status actief: voor onbepaalde tijd; opzeggen kan altijd, maar de opzegtermijn is onbekend');
  });

  it('the status step names the lead-time window of the alert about the same date (property)', () => {
    fc.assert(
      fc.property(lifecycleCaseArb, ([input, on]) => {
        const a = analyseLifecycle(input, on);
        const step = a.statusStep;
        if (step.status !== 'expiring') return;
        const alerts = computeAgreementAlerts(subject(input), on, a).filter((x) => x.kind === 'notice_deadline' || x.kind === 'term_end');
        const same = alerts.find((x) => x.dueDate === step.date);
        if (same) expect(step.leadDays).toBe(same.leadDays);
      }),
      { numRuns: 2000 },
    );
  });

  it('the register label and the explanation label agree (property)', () => {
    fc.assert(
      fc.property(lifecycleCaseArb, ([input, on]) => {
        const a = analyseLifecycle(input, on);
        const snap = computeLifecycle(input, on);
        expect(statusLabelOf({ status: snap.status, tacitRenewal: input.tacitRenewal, noticeDeadline: snap.noticeDeadline })).toBe(statusLabelOfStep(a.statusStep));
      }),
      { numRuns: 2000 },
    );
  });
});
