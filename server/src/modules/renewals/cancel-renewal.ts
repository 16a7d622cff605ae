import { workflowChanges } from '@akkoord/shared/lifecycle/workflow-effects';
import type { Agreement } from '@akkoord/shared/schemas/agreement';
import type { AppDeps } from '../../deps.ts';
import { actorOf, type RequestContext } from '../../http/context.ts';
import { AppError } from '../../http/errors.ts';
import { findAgreementRow, findPartiesFor, setDerivedColumns, updateAgreementIfVersion } from '../agreements/agreements.repo.ts';
import { presentAgreement } from '../agreements/agreements.presenter.ts';
import { loadVisibleRow, writeAgreementChange } from '../agreements/agreements.service.ts';
import { deriveColumns } from '../agreements/lifecycle-columns.ts';
import { recordAudit } from '../audit/audit.repo.ts';
import { assertTransition, subjectOf, workflowFactsOf } from './renewal-guard.ts';
import { deleteRenewsRelation, findDraftSuccessors } from './renewals.repo.ts';

/**
 * Cancels a renewal: the agreement is back as before it started (active, no
 * decision), its draft successor archived (never deleted) and unlinked, so the
 * agreement has no successor again and its term end warns as before. One
 * transaction, audited on both agreements and the relation.
 */
export function cancelRenewal(deps: AppDeps, ctx: RequestContext, id: number): Agreement {
  const row = loadVisibleRow(deps, ctx, id);
  assertTransition('cancel_renewal', subjectOf(row));
  const today = deps.clock.today();
  const now = deps.clock.now().toISOString();
  const drafts = findDraftSuccessors(deps.db, id);
  return writeAgreementChange(deps, ctx, id, 'cancel_renewal', workflowChanges(workflowFactsOf(row), { action: 'cancel_renewal' }), (tx) => {
    for (const draft of drafts) {
      const draftRow = findAgreementRow(tx, draft.id)!;
      const snapshot = () => presentAgreement(findAgreementRow(tx, draft.id)!, findPartiesFor(deps.db, [draft.id]), []);
      const before = snapshot();
      const relation = deleteRenewsRelation(tx, draft.relationId);
      if (relation) {
        recordAudit(tx, { at: now, ...actorOf(ctx), entityType: 'agreement_relation', entityId: draft.relationId, action: 'delete', before: relation, requestId: ctx.requestId });
      }
      if (!updateAgreementIfVersion(tx, draft.id, draftRow.version, { archivedAt: now, updatedAt: now })) {
        throw new AppError('stale_write', 'Het concept van de verlenging is tegelijk gewijzigd; probeer opnieuw');
      }
      setDerivedColumns(tx, draft.id, deriveColumns(findAgreementRow(tx, draft.id)!, today));
      recordAudit(tx, { at: now, ...actorOf(ctx), entityType: 'agreement', entityId: draft.id, action: 'renewal_cancelled', before, after: snapshot(), requestId: ctx.requestId });
    }
  });
}
