import { proposeSuccessor } from '@akkoord/shared/lifecycle/successor-proposal';
import { workflowChanges } from '@akkoord/shared/lifecycle/workflow-effects';
import type { RenewalResult, StartRenewalInput } from '@akkoord/shared/schemas/renewal';
import type { AppDeps } from '../../deps.ts';
import { actorOf, type RequestContext } from '../../http/context.ts';
import { findAgreementRow, findPartiesFor, insertAgreement, replaceParties, setDerivedColumns } from '../agreements/agreements.repo.ts';
import { getAgreement, loadVisibleRow, writeAgreementChange } from '../agreements/agreements.service.ts';
import { presentAgreement } from '../agreements/agreements.presenter.ts';
import { deriveColumns, lifecycleInputOf } from '../agreements/lifecycle-columns.ts';
import { recordAudit } from '../audit/audit.repo.ts';
import { assertTransition, subjectOf, workflowFactsOf } from './renewal-guard.ts';
import { insertRenewsRelation } from './renewals.repo.ts';

/**
 * Starts a renewal: creates a draft successor that copies the agreement's
 * terms and parties, with its own title ("… — verlenging 2027") and one
 * renewal period from the day after the current term ends
 * (`proposeSuccessor`), links it (successor `renews` predecessor) and puts the
 * predecessor in renewal, all in one transaction with their audit events.
 * Starting decides nothing: the notice deadline keeps warning (decision 025).
 */
export function startRenewal(deps: AppDeps, ctx: RequestContext, id: number, input: StartRenewalInput): RenewalResult {
  const row = loadVisibleRow(deps, ctx, id);
  assertTransition('start_renewal', subjectOf(row));
  const today = deps.clock.today();
  const now = deps.clock.now().toISOString();
  const parties = findPartiesFor(deps.db, [id]);
  let successorId = 0;
  const proposal = proposeSuccessor({ title: row.title, lifecycle: lifecycleInputOf(row) }, today, input);
  const predecessor = writeAgreementChange(deps, ctx, id, 'start_renewal', workflowChanges(workflowFactsOf(row), { action: 'start_renewal' }), (tx) => {
    successorId = insertAgreement(tx, {
      type: row.type,
      title: proposal.title,
      collaborationId: row.collaborationId,
      legalRegime: row.legalRegime,
      startDate: proposal.startDate,
      endDate: proposal.endDate,
      termKind: row.termKind,
      initialTermMonths: proposal.initialTermMonths,
      noticePeriodValue: row.noticePeriodValue,
      noticePeriodUnit: row.noticePeriodUnit,
      tacitRenewal: row.tacitRenewal,
      renewalPeriodValue: row.renewalPeriodValue,
      renewalPeriodUnit: row.renewalPeriodUnit,
      maxRenewals: row.maxRenewals,
      alertLeadDays: row.alertLeadDays,
      ownerName: row.ownerName,
      ownerEmail: row.ownerEmail,
      deputyEmail: row.deputyEmail,
      source: `Opvolger van overeenkomst ${id}`,
      workflowState: 'draft',
      createdAt: now,
      updatedAt: now,
    });
    replaceParties(
      tx,
      successorId,
      parties.map((p) => ({ organisationId: p.organisationId, role: p.role, basis: p.basis, signatoryName: null, signatoryTitle: null, signatoryMandate: null, signedDate: null })),
    );
    insertRenewsRelation(tx, successorId, id, now);
    const created = findAgreementRow(tx, successorId)!;
    setDerivedColumns(tx, successorId, deriveColumns(created, today));
    const after = presentAgreement(findAgreementRow(tx, successorId)!, findPartiesFor(deps.db, [successorId]), []);
    recordAudit(tx, { at: now, ...actorOf(ctx), entityType: 'agreement', entityId: successorId, action: 'create_successor', after, requestId: ctx.requestId });
  });
  return { predecessor, successor: getAgreement(deps, ctx, successorId) };
}
