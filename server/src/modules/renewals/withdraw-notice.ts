import { spanOf } from '@akkoord/shared/dates/date-span';
import { workflowChanges } from '@akkoord/shared/lifecycle/workflow-effects';
import type { Agreement } from '@akkoord/shared/schemas/agreement';
import type { AppDeps } from '../../deps.ts';
import type { RequestContext } from '../../http/context.ts';
import { loadVisibleRow, writeAgreementChange } from '../agreements/agreements.service.ts';
import { assertTransition, subjectOf, workflowFactsOf } from './renewal-guard.ts';
import { findDraftSuccessors } from './renewals.repo.ts';

/**
 * Withdraws recorded notice while the agreement still runs (up to and
 * including its last day): the notice date, last day and decision are cleared
 * and the agreement is active again — in renewal when a draft successor still
 * renews it — so its notice deadline warns again. Audited.
 */
export function withdrawNotice(deps: AppDeps, ctx: RequestContext, id: number): Agreement {
  const row = loadVisibleRow(deps, ctx, id);
  const today = deps.clock.today();
  const lastDayPassed = row.terminationDate !== null && spanOf(row.terminationDate).latest < today;
  assertTransition('withdraw_notice', { ...subjectOf(row), notice: { given: row.noticeGivenDate !== null, lastDayPassed } });
  const backInRenewal = findDraftSuccessors(deps.db, id).length > 0;
  return writeAgreementChange(deps, ctx, id, 'withdraw_notice', workflowChanges(workflowFactsOf(row), { action: 'withdraw_notice', backInRenewal }));
}
