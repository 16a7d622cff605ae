import { describe, expect, it } from 'vitest';
import type { AgreementAlertInput } from './compute-alerts.ts';
import { computeAgreementAlerts, makeMessageAlert } from './compute-alerts.ts';
import { compareAlerts } from './alert-types.ts';
import { explainAllToText } from './explain-to-text.ts';
import type { LifecycleInput } from './lifecycle-types.ts';
import { lifecycleInput } from './test-helpers.ts';

const renewing: Partial<LifecycleInput> = {
  startDate: '2024-01-01',
  endDate: '2026-12-31',
  termKind: 'fixed',
  noticePeriod: { value: 3, unit: 'month' },
  tacitRenewal: true,
  renewalPeriod: { value: 1, unit: 'year' },
};

function subject(facts: Partial<LifecycleInput>, extra: Partial<AgreementAlertInput> = {}): AgreementAlertInput {
  return { agreementId: 7, collaborationCode: 'RTR', ownerName: 'J. Jansen', hasParties: true, hasSuccessor: false, lifecycle: lifecycleInput(facts), ...extra };
}

describe('computeAgreementAlerts', () => {
  it.each([
    ['2026-03-01', null, null],
    ['2026-04-03', 180, 'low'],
    ['2026-07-02', 90, 'medium'],
    ['2026-09-01', 30, 'high'],
    ['2026-09-23', 7, 'critical'],
    ['2026-09-30', 7, 'critical'],
    ['2026-10-01', null, null],
  ] as const)('on %s the notice deadline is in the %s-day window (%s)', (on, lead, severity) => {
    const notice = computeAgreementAlerts(subject(renewing), on).filter((a) => a.kind === 'notice_deadline');
    if (lead === null) return expect(notice).toEqual([]);
    expect(notice).toEqual([
      expect.objectContaining({
        key: `notice:7:2026-09-30:${lead}`,
        severity,
        dueDate: '2026-09-30',
        leadDays: lead,
        agreementId: 7,
        collaborationCode: 'RTR',
        reasonCode: 'notice_deadline_approaching',
      }),
    ]);
  });

  it('explains when the alert starts', () => {
    const [alert] = computeAgreementAlerts(subject(renewing), '2026-09-01');
    expect(explainAllToText(alert!.explanation, 'nl')).toEqual([
      'opzegdatum 30-09-2026 = einde looptijd 31-12-2026 − opzegtermijn 3 maanden',
      'signalering vanaf 31-08-2026 = opzegdatum 30-09-2026 − signaleringstermijn 30 dagen',
    ]);
  });

  it('follows the current term after a tacit renewal', () => {
    expect(computeAgreementAlerts(subject(renewing), '2027-09-01')[0]?.key).toBe('notice:7:2027-09-30:30');
  });

  it('honours an agreement’s own lead times', () => {
    const alerts = computeAgreementAlerts(subject({ ...renewing, alertLeadDays: [14] }), '2026-09-01');
    expect(alerts).toEqual([]);
  });

  it('warns before a final term ends, unless a successor exists', () => {
    const fixed = { startDate: '2024-01-01', endDate: '2026-12-31', tacitRenewal: false };
    expect(computeAgreementAlerts(subject(fixed), '2026-12-01')).toEqual([expect.objectContaining({ key: 'end:7:2026-12-31:30', kind: 'term_end', severity: 'medium' })]);
    expect(computeAgreementAlerts(subject(fixed, { hasSuccessor: true }), '2026-12-01')).toEqual([]);
  });

  it('reports expiry without a successor', () => {
    const fixed = { startDate: '2024-01-01', endDate: '2026-12-31', tacitRenewal: false };
    expect(computeAgreementAlerts(subject(fixed), '2027-01-15')).toEqual([
      expect.objectContaining({ key: 'expired:7:2026-12-31', kind: 'expired_no_successor', severity: 'high' }),
    ]);
    expect(computeAgreementAlerts(subject(fixed), '2028-01-15')[0]?.severity).toBe('medium');
    expect(computeAgreementAlerts(subject(fixed, { hasSuccessor: true }), '2027-01-15')).toEqual([]);
  });

  it('reports a review that is due, then overdue', () => {
    const facts = { ...renewing, reviewDate: '2025-06-01' };
    expect(computeAgreementAlerts(subject(facts), '2025-05-20')).toEqual([
      expect.objectContaining({ key: 'review:7:2025-06-01:due', kind: 'review_due', reasonCode: 'review_due' }),
    ]);
    expect(computeAgreementAlerts(subject(facts), '2025-06-02')).toEqual([expect.objectContaining({ key: 'review:7:2025-06-01:overdue', reasonCode: 'review_overdue' })]);
  });

  it('lists the data gaps of a register entry known only as "DVO (2019)"', () => {
    const alerts = computeAgreementAlerts(subject({ startDate: '2019' }, { ownerName: null, hasParties: false }), '2026-01-01');
    expect(alerts.map((a) => a.key)).toEqual(['gap:7:end_or_term', 'gap:7:notice_period', 'gap:7:owner', 'gap:7:parties']);
    expect(alerts.map((a) => a.severity)).toEqual(['medium', 'medium', 'low', 'low']);
    expect(explainAllToText(alerts[0]!.explanation, 'nl')).toEqual(['ontbreekt: einddatum of looptijd']);
  });

  it('asks for a renewal period when tacit renewal has none', () => {
    const keys = computeAgreementAlerts(subject({ endDate: '2030-12-31', noticePeriod: { value: 1, unit: 'month' }, tacitRenewal: true }), '2026-01-01').map((a) => a.key);
    expect(keys).toEqual(['gap:7:renewal_period']);
  });

  it('stays silent for drafts, renewed and terminated agreements', () => {
    for (const workflowState of ['draft', 'renewed', 'terminated'] as const) {
      expect(computeAgreementAlerts(subject({ ...renewing, workflowState }, { ownerName: null }), '2026-09-01')).toEqual([]);
    }
  });

  it('alerts from the earliest possible day when a deadline is known only by year', () => {
    const [alert] = computeAgreementAlerts(
      subject({ startDate: '2019', endDate: '2027', noticePeriod: { value: 3, unit: 'month' }, tacitRenewal: true, renewalPeriod: { value: 1, unit: 'year' } }),
      '2026-09-01',
    );
    expect(alert).toMatchObject({ kind: 'notice_deadline', dueDate: null, dueDay: '2026-10-01', leadDays: 30, severity: 'high' });
  });

  it('orders most urgent first and lets other sources add alerts', () => {
    const contradiction = makeMessageAlert({
      kind: 'contradiction',
      severity: 'medium',
      reasonCode: 'funding_mismatch',
      key: 'contradiction:ZVHT:funding',
      collaborationCode: 'ZVHT',
      nl: 'x',
      en: 'y',
    });
    const alerts = [...computeAgreementAlerts(subject(renewing, { ownerName: null }), '2026-09-25'), contradiction].sort(compareAlerts);
    expect(alerts.map((a) => a.key)).toEqual(['notice:7:2026-09-30:7', 'contradiction:ZVHT:funding', 'gap:7:owner']);
  });
});
