import type { ChainRelation } from '@akkoord/shared/chains/chain-graph';
import { dependencyEdge } from '@akkoord/shared/chains/chain-graph';
import { wouldCreateCycle } from '@akkoord/shared/chains/cycles';
import { explainCycle } from '@akkoord/shared/chains/render-relation';
import type { Relation } from '@akkoord/shared/schemas/agreement';
import type { AddRelationInput } from '@akkoord/shared/schemas/chain';
import type { Db } from '../../db/client.ts';
import type { AppDeps } from '../../deps.ts';
import { actorOf, type RequestContext } from '../../http/context.ts';
import { AppError } from '../../http/errors.ts';
import { agreementVisibility, hiddenIdsAmong, type AgreementVisibility } from '../agreements/agreement-visibility.ts';
import { presentRelation } from '../agreements/agreements.presenter.ts';
import { findAgreementRow, findRelationsOf } from '../agreements/agreements.repo.ts';
import { loadVisibleRow } from '../agreements/agreements.service.ts';
import { recordAudit } from '../audit/audit.repo.ts';
import { presentTitledRelation } from './chains.presenter.ts';
import { deleteRelation, findChainAgreements, findRelation, findRelationsAboveBasis, findSameRelation, insertRelation } from './chains.repo.ts';

/** The relations of an agreement, each seen from it (outgoing: this <kind> other); another agreement the caller may not see only by id. */
export function listRelations(deps: AppDeps, ctx: RequestContext, id: number): Relation[] {
  loadVisibleRow(deps, ctx, id);
  const visibility = agreementVisibility(ctx);
  return findRelationsOf(deps.db, id).map((r) => presentRelation(r, id, visibility));
}

type StoredRelation = ChainRelation & { id?: number };

/**
 * Throws 422 `relation_cycle` naming the cycle the relation would close (call
 * inside the writing transaction); agreements of the cycle the caller may not see go unnamed.
 */
function refuseCycle(db: Db, relation: ChainRelation, visibility: AgreementVisibility): void {
  const { basisId } = dependencyEdge(relation);
  const above: StoredRelation[] = findRelationsAboveBasis(db, basisId).map((r) => ({ ...r, kind: r.kind as ChainRelation['kind'] }));
  const cycle = wouldCreateCycle(above, relation);
  if (!cycle) return;
  const rows = findChainAgreements(db, cycle.agreementIds);
  const titles = new Map(rows.map((a) => [a.id, a.title]));
  const hidden = hiddenIdsAmong(visibility, rows);
  const relations = cycle.relations.map((r: StoredRelation) => presentTitledRelation(r, (id) => titles.get(id), hidden));
  throw new AppError('relation_cycle', explainCycle(relations, 'nl'), {
    errors: [{ field: 'body.otherAgreementId', message: 'Deze relatie maakt een kringverwijzing', code: 'relation_cycle' }],
    extra: { cycle: { agreementIds: cycle.agreementIds, relations } },
  });
}

/**
 * Adds a relation between agreement `id` and another, refusing a self-relation,
 * a duplicate, a cycle (422 `relation_cycle` naming it) and, unless
 * `allowArchived`, an archived end; the relation and its audit event are one transaction.
 */
export function addRelation(deps: AppDeps, ctx: RequestContext, id: number, input: AddRelationInput): Relation {
  const self = loadVisibleRow(deps, ctx, id);
  const field = 'body.otherAgreementId';
  if (input.otherAgreementId === id) {
    throw new AppError('validation_failed', 'Een overeenkomst kan geen relatie met zichzelf hebben', { errors: [{ field, message: 'Kies een andere overeenkomst' }] });
  }
  let other;
  try {
    other = loadVisibleRow(deps, ctx, input.otherAgreementId);
  } catch {
    throw new AppError('validation_failed', `Overeenkomst ${input.otherAgreementId} bestaat niet`, { errors: [{ field, message: 'Onbekende overeenkomst' }] });
  }
  const archived = [self, other].filter((a) => a.archivedAt !== null);
  if (archived.length && !input.allowArchived) {
    const names = archived.map((a) => `‘${a.title}’`).join(' en ');
    throw new AppError('validation_failed', `${names} is gearchiveerd. Bevestig met "allowArchived": true als de relatie toch moet worden vastgelegd.`, {
      errors: [{ field: 'body.allowArchived', message: 'Relatie met een gearchiveerde overeenkomst: bevestig dit', code: 'archived_agreement' }],
    });
  }
  const relation: ChainRelation = input.direction === 'outgoing' ? { sourceId: id, kind: input.kind, targetId: other.id } : { sourceId: other.id, kind: input.kind, targetId: id };
  const now = deps.clock.now().toISOString();
  const relationId = deps.db.transaction((tx) => {
    if (findSameRelation(tx, relation)) throw new AppError('conflict', 'Deze relatie bestaat al');
    // Same connection as the transaction (better-sqlite3 is synchronous): the check sees what the insert will see.
    refuseCycle(deps.db, relation, agreementVisibility(ctx));
    const newId = insertRelation(tx, { ...relation, note: input.note ?? null, createdAt: now });
    recordAudit(tx, {
      at: now,
      ...actorOf(ctx),
      entityType: 'agreement_relation',
      entityId: newId,
      action: 'create',
      after: { id: newId, ...relation, note: input.note ?? null, allowArchived: input.allowArchived },
      requestId: ctx.requestId,
    });
    return newId;
  });
  return presentRelation(
    findRelationsOf(deps.db, id).find((r) => r.id === relationId)!,
    id,
    agreementVisibility(ctx),
  );
}

/**
 * Removes a relation of agreement `id` with its audit event in one
 * transaction. As adding one, removing a relation whose other end the caller
 * may not see is refused (422 `validation_failed`): it changes that agreement's
 * chain, its rule findings and what its impact analysis shows.
 */
export function removeRelation(deps: AppDeps, ctx: RequestContext, id: number, relationId: number): void {
  loadVisibleRow(deps, ctx, id);
  const visibility = agreementVisibility(ctx);
  const now = deps.clock.now().toISOString();
  deps.db.transaction((tx) => {
    const relation = findRelation(tx, relationId);
    if (!relation || (relation.sourceId !== id && relation.targetId !== id)) {
      throw new AppError('not_found', `Relatie ${relationId} van overeenkomst ${id} bestaat niet`);
    }
    const otherId = relation.sourceId === id ? relation.targetId : relation.sourceId;
    if (visibility.isLimited && !visibility.canSee(findAgreementRow(tx, otherId)?.collaborationCode ?? null)) {
      throw new AppError(
        'validation_failed',
        `Overeenkomst ${otherId} valt buiten uw samenwerkingsverbanden; alleen een account zonder die beperking kan deze relatie verwijderen`,
        {
          errors: [{ field: 'params.relationId', message: 'De andere overeenkomst valt buiten uw samenwerkingsverbanden' }],
        },
      );
    }
    deleteRelation(tx, relationId);
    recordAudit(tx, { at: now, ...actorOf(ctx), entityType: 'agreement_relation', entityId: relationId, action: 'delete', before: relation, requestId: ctx.requestId });
  });
}
