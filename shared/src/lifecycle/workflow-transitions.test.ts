import { describe, expect, it } from 'vitest';
import { checkTransition, describeRefusal } from './workflow-transitions.ts';

describe('checkTransition', () => {
  it.each([
    ['start_renewal', 'active', true, undefined],
    ['start_renewal', 'in_renewal', false, 'already_in_renewal'],
    ['start_renewal', 'draft', false, 'not_active'],
    ['start_renewal', 'renewed', false, 'ended'],
    ['record_decision', 'in_renewal', true, undefined],
    ['record_decision', 'active', false, 'not_in_renewal'],
    ['activate', 'draft', true, undefined],
    ['activate', 'active', false, 'not_draft'],
    ['terminate', 'active', true, undefined],
    ['terminate', 'in_renewal', true, undefined],
    ['terminate', 'terminated', false, 'ended'],
    ['terminate', 'draft', false, 'not_active'],
    ['cancel_renewal', 'in_renewal', true, undefined],
    ['cancel_renewal', 'active', false, 'not_in_renewal'],
    ['cancel_renewal', 'renewed', false, 'ended'],
    ['withdraw_notice', 'active', false, 'no_notice'],
    ['withdraw_notice', 'renewed', false, 'ended'],
  ] as const)('%s from %s → allowed %s', (action, workflowState, allowed, refusal) => {
    const check = checkTransition(action, { workflowState, archived: false });
    expect(check).toEqual(allowed ? { allowed: true } : { allowed: false, refusal });
  });

  it('refuses archived agreements and successors of agreements that are not in renewal', () => {
    expect(checkTransition('terminate', { workflowState: 'active', archived: true })).toEqual({ allowed: false, refusal: 'archived' });
    expect(checkTransition('activate', { workflowState: 'draft', archived: false, predecessor: { workflowState: 'terminated' } })).toEqual({
      allowed: false,
      refusal: 'predecessor_not_in_renewal',
    });
    expect(checkTransition('activate', { workflowState: 'draft', archived: false, predecessor: { workflowState: 'in_renewal' } })).toEqual({ allowed: true });
    expect(describeRefusal('not_in_renewal', 'en')).toBe('Start the renewal first.');
  });

  it('withdraws notice only while the agreement still runs', () => {
    expect(checkTransition('withdraw_notice', { workflowState: 'terminated', archived: false, notice: { given: true, lastDayPassed: false } })).toEqual({ allowed: true });
    expect(checkTransition('withdraw_notice', { workflowState: 'terminated', archived: false, notice: { given: true, lastDayPassed: true } })).toEqual({
      allowed: false,
      refusal: 'notice_took_effect',
    });
    expect(checkTransition('withdraw_notice', { workflowState: 'terminated', archived: false, notice: { given: false, lastDayPassed: false } })).toEqual({
      allowed: false,
      refusal: 'no_notice',
    });
  });
});
