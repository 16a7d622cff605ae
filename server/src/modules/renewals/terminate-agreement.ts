import { computeTerminationEnd } from '@akkoord/shared/lifecycle/termination';
import { workflowChanges } from '@akkoord/shared/lifecycle/workflow-effects';
import type { Agreement } from '@akkoord/shared/schemas/agreement';
import type { TerminateAgreementInput } from '@akkoord/shared/schemas/renewal';
import type { AppDeps } from '../../deps.ts';
import type { RequestContext } from '../../http/context.ts';
import { AppError } from '../../http/errors.ts';
import { loadVisibleRow, writeAgreementChange } from '../agreements/agreements.service.ts';
import { lifecycleInputOf } from '../agreements/lifecycle-columns.ts';
import { assertNoticeNotInFuture, assertTransition, subjectOf, workflowFactsOf } from './renewal-guard.ts';

/**
 * Gives notice: records the notice date, the decision and the last day
 * (given, or following from the notice period and the current term; late
 * notice ends the next term). The agreement stays in force until that day
 * (status "opgezegd per …"), then it has ended; until then the notice can be
 * withdrawn (`withdrawNotice`).
 */
export function terminateAgreement(
  deps: AppDeps,
  ctx: RequestContext,
  id: number,
  input: TerminateAgreementInput,
  action: 'terminate' | 'record_decision' = 'terminate',
): Agreement {
  const row = loadVisibleRow(deps, ctx, id);
  assertTransition('terminate', subjectOf(row));
  assertNoticeNotInFuture(input.noticeGivenDate, deps.clock.today());
  const terminationDate = input.terminationDate ?? computeTerminationEnd(lifecycleInputOf(row), input.noticeGivenDate).end;
  if (!terminationDate) {
    throw new AppError('validation_failed', 'De einddatum volgt niet uit de gegevens (looptijd of opzegtermijn onbekend)', {
      errors: [{ field: 'body.terminationDate', message: 'Vul de laatste dag van de overeenkomst in' }],
    });
  }
  if (terminationDate.slice(0, input.noticeGivenDate.length) < input.noticeGivenDate.slice(0, terminationDate.length)) {
    throw new AppError('validation_failed', 'De einddatum ligt vóór de opzegging', {
      errors: [{ field: 'body.terminationDate', message: 'Ligt vóór de datum van opzegging' }],
    });
  }
  return writeAgreementChange(deps, ctx, id, action, workflowChanges(workflowFactsOf(row), { action: 'terminate', noticeGivenDate: input.noticeGivenDate, terminationDate }));
}
