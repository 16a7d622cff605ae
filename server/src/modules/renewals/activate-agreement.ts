import type { WorkflowState } from '@akkoord/shared/domain/enums';
import { workflowChanges } from '@akkoord/shared/lifecycle/workflow-effects';
import type { Agreement } from '@akkoord/shared/schemas/agreement';
import type { AppDeps } from '../../deps.ts';
import { actorOf, type RequestContext } from '../../http/context.ts';
import { AppError } from '../../http/errors.ts';
import { agreementVisibility } from '../agreements/agreement-visibility.ts';
import { findAgreementRow, findPartiesFor, setDerivedColumns, updateAgreementIfVersion } from '../agreements/agreements.repo.ts';
import { getAgreement, loadVisibleRow, writeAgreementChange } from '../agreements/agreements.service.ts';
import { presentAgreement } from '../agreements/agreements.presenter.ts';
import { deriveColumns } from '../agreements/lifecycle-columns.ts';
import { recordAudit } from '../audit/audit.repo.ts';
import { assertTransition, subjectOf, workflowFactsOf } from './renewal-guard.ts';
import { findRenewedPredecessorId } from './renewals.repo.ts';

/**
 * Activates a draft. When it renews an agreement in renewal, that
 * predecessor becomes `renewed` in the same transaction (both audited).
 * A predecessor outside the caller's collaborations is refused with 404, as
 * that agreement's own routes answer, before anything is written or its state
 * is judged (decision 023).
 */
export function activateAgreement(deps: AppDeps, ctx: RequestContext, id: number): { agreement: Agreement; predecessor: Agreement | null } {
  const row = loadVisibleRow(deps, ctx, id);
  const predecessorId = findRenewedPredecessorId(deps.db, id);
  const predecessorRow = predecessorId === undefined ? undefined : findAgreementRow(deps.db, predecessorId);
  if (predecessorRow && !agreementVisibility(ctx).canSee(predecessorRow.collaborationCode)) {
    throw new AppError(
      'not_found',
      `Overeenkomst ${id} vernieuwt overeenkomst ${predecessorRow.id}, die buiten uw samenwerkingsverbanden valt; laat iemand met toegang tot beide haar activeren`,
    );
  }
  assertTransition('activate', {
    ...subjectOf(row),
    predecessor: predecessorRow ? { workflowState: predecessorRow.workflowState as WorkflowState } : null,
  });
  const today = deps.clock.today();
  const now = deps.clock.now().toISOString();
  const agreement = writeAgreementChange(deps, ctx, id, 'activate', { workflowState: 'active' }, (tx) => {
    if (!predecessorRow) return;
    const snapshot = () => presentAgreement(findAgreementRow(tx, predecessorRow.id)!, findPartiesFor(deps.db, [predecessorRow.id]), []);
    const before = snapshot();
    const changes = { ...workflowChanges(workflowFactsOf(predecessorRow), { action: 'renewed_by_successor' }), updatedAt: now };
    if (!updateAgreementIfVersion(tx, predecessorRow.id, predecessorRow.version, changes)) {
      throw new AppError('stale_write', 'De voorganger is tegelijk gewijzigd; probeer opnieuw');
    }
    setDerivedColumns(tx, predecessorRow.id, deriveColumns(findAgreementRow(tx, predecessorRow.id)!, today));
    recordAudit(tx, {
      at: now,
      ...actorOf(ctx),
      entityType: 'agreement',
      entityId: predecessorRow.id,
      action: 'renewed_by_successor',
      before,
      after: snapshot(),
      requestId: ctx.requestId,
    });
  });
  return { agreement, predecessor: predecessorRow ? getAgreement(deps, ctx, predecessorRow.id) : null };
}
