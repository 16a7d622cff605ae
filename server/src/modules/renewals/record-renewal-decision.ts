import { workflowChanges } from '@akkoord/shared/lifecycle/workflow-effects';
import type { Agreement } from '@akkoord/shared/schemas/agreement';
import type { RecordDecisionInput } from '@akkoord/shared/schemas/renewal';
import type { AppDeps } from '../../deps.ts';
import type { RequestContext } from '../../http/context.ts';
import { loadVisibleRow, writeAgreementChange } from '../agreements/agreements.service.ts';
import { assertNoticeNotInFuture, assertTransition, subjectOf, workflowFactsOf } from './renewal-guard.ts';
import { terminateAgreement } from './terminate-agreement.ts';

/**
 * Records the decision for an agreement in renewal: renew or renegotiate
 * (optionally with the day notice was given to stop tacit renewal), or
 * terminate, which gives notice. Only from here on may the notice deadline
 * stop warning (decision 025).
 */
export function recordRenewalDecision(deps: AppDeps, ctx: RequestContext, id: number, input: RecordDecisionInput): Agreement {
  const row = loadVisibleRow(deps, ctx, id);
  assertTransition('record_decision', subjectOf(row));
  if (input.decision === 'terminate') {
    return terminateAgreement(deps, ctx, id, { noticeGivenDate: input.noticeGivenDate! }, 'record_decision');
  }
  if (input.noticeGivenDate) assertNoticeNotInFuture(input.noticeGivenDate, deps.clock.today());
  return writeAgreementChange(
    deps,
    ctx,
    id,
    'record_decision',
    workflowChanges(workflowFactsOf(row), { action: 'record_decision', decision: input.decision, noticeGivenDate: input.noticeGivenDate }),
  );
}
