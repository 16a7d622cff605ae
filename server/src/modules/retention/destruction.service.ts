import type { DestructionList, ProposeDestructionListInput } from '@akkoord/shared/schemas/retention';
import type { FieldError } from '@akkoord/shared/schemas/common';
import type { AppDeps } from '../../deps.ts';
import { actorOf, type RequestContext } from '../../http/context.ts';
import { AppError } from '../../http/errors.ts';
import { recordAudit } from '../audit/audit.repo.ts';
import { agreementVisibility } from '../agreements/agreement-visibility.ts';
import { filesOf } from '../documents/document-access.ts';
import {
  clearAgreementForDestruction,
  decideDestructionList,
  findAgreementStates,
  findDestroyCandidates,
  findDestructionList,
  findDestructionLists,
  findDocumentsWithVersions,
  findListItemIds,
  insertDestructionList,
  insertDestructionRecord,
  isContentStillUsed,
  type DestructionListRow,
} from './destruction.repo.ts';
import { withDestructionDate } from './due-agreements.ts';

/** The personal data a destruction clears (decision 063); named in every minimal record. */
export const CLEARED_FIELDS = [
  'agreement.ownerName',
  'agreement.ownerEmail',
  'agreement.deputyEmail',
  'agreement.notes',
  'parties.signatoryName',
  'parties.signatoryTitle',
  'parties.signatoryMandate',
  'relations.note',
  'documents.note',
  'documents.files',
  'documents.pageText',
  'suggestions.quote',
];

const FOUR_EYES = 'U hebt deze vernietigingslijst zelf voorgesteld; een tweede beheerder moet haar goedkeuren of afwijzen.';

function presentList(deps: AppDeps, ctx: RequestContext, rows: DestructionListRow[]): DestructionList[] {
  const items = findListItemIds(
    deps.db,
    rows.map((r) => r.id),
  );
  const states = new Map(
    findAgreementStates(
      deps.db,
      items.map((i) => i.agreementId),
    ).map((s) => [s.id, s]),
  );
  const today = deps.clock.today();
  const dates = new Map(
    findDestroyCandidates(
      deps.db,
      items.map((i) => i.agreementId),
    ).map((c) => [c.id, withDestructionDate(c, today)?.destructionDate ?? null]),
  );
  const visibility = agreementVisibility(ctx);
  return rows.map((r) => ({
    id: r.id,
    state: r.state as DestructionList['state'],
    note: r.note,
    proposedBy: { id: r.proposedBy, label: r.proposedByLabel },
    proposedAt: r.proposedAt,
    decidedBy: r.decidedBy !== null || r.decidedByLabel !== null ? { id: r.decidedBy, label: r.decidedByLabel ?? '' } : null,
    decidedAt: r.decidedAt,
    decisionNote: r.decisionNote,
    items: items
      .filter((i) => i.listId === r.id)
      .map((i) => {
        const s = states.get(i.agreementId)!;
        const visible = visibility.canSee(s.collaborationCode);
        return {
          agreementId: i.agreementId,
          title: visible ? s.title : '',
          reference: visible ? s.reference : null,
          destructionDate: dates.get(i.agreementId) ?? null,
          legalHold: s.legalHoldReason !== null,
          destroyed: s.destroyedAt !== null,
        };
      }),
    isOwn: ctx.user?.id === r.proposedBy,
  }));
}

/** Every destruction list, newest first (admins). */
export function listDestructionLists(deps: AppDeps, ctx: RequestContext): DestructionList[] {
  return presentList(deps, ctx, findDestructionLists(deps.db));
}

/** One destruction list. */
export function getDestructionList(deps: AppDeps, ctx: RequestContext, id: number): DestructionList {
  const row = findDestructionList(deps.db, id);
  if (!row) throw new AppError('not_found', `Vernietigingslijst ${id} bestaat niet`);
  return presentList(deps, ctx, [row])[0]!;
}

/**
 * Why each agreement may not be destroyed now, as field errors: it must exist for the caller, not be destroyed,
 * not be on legal hold, have a destroy rule whose retention has passed, and (when proposing) not be on another
 * proposed list.
 */
function findItemProblems(deps: AppDeps, ctx: RequestContext, ids: number[], opts: { field: (i: number) => string; ownListId?: number }): FieldError[] {
  const visibility = agreementVisibility(ctx);
  const today = deps.clock.today();
  const states = new Map(findAgreementStates(deps.db, ids).map((s) => [s.id, s]));
  const candidates = new Map(findDestroyCandidates(deps.db, ids).map((c) => [c.id, withDestructionDate(c, today)]));
  const errors: FieldError[] = [];
  ids.forEach((id, i) => {
    const s = states.get(id);
    const field = opts.field(i);
    if (!s || !visibility.canSee(s.collaborationCode)) return errors.push({ field, message: `Overeenkomst ${id} bestaat niet` });
    if (s.destroyedAt) return errors.push({ field, message: `Overeenkomst ${id} is al vernietigd` });
    if (s.legalHoldReason !== null) return errors.push({ field, message: `Op overeenkomst ${id} rust een bewaarplicht (legal hold): ${s.legalHoldReason}` });
    const c = candidates.get(id);
    if (!c || !c.isPassed) return errors.push({ field, message: `De bewaartermijn van overeenkomst ${id} is nog niet verstreken (of zij wordt blijvend bewaard)` });
    if (c.pendingListId !== null && c.pendingListId !== opts.ownListId)
      return errors.push({ field, message: `Overeenkomst ${id} staat al op vernietigingslijst ${c.pendingListId}` });
    return undefined;
  });
  return errors;
}

/** Proposes a destruction list (an admin): only agreements past retention, not on legal hold, not destroyed. */
export function proposeDestructionList(deps: AppDeps, ctx: RequestContext, input: ProposeDestructionListInput): DestructionList {
  const ids = [...new Set(input.agreementIds)];
  const errors = findItemProblems(deps, ctx, ids, { field: (i) => `body.agreementIds.${input.agreementIds.indexOf(ids[i]!)}` });
  if (errors.length) throw new AppError('validation_failed', 'Niet elke overeenkomst kan op deze vernietigingslijst', { errors });
  const now = deps.clock.now().toISOString();
  const actor = actorOf(ctx);
  const id = deps.db.transaction((tx) => {
    const listId = insertDestructionList(tx, { state: 'proposed', note: input.note ?? null, proposedBy: actor.actorId!, proposedByLabel: actor.actorLabel, proposedAt: now }, ids);
    recordAudit(tx, {
      at: now,
      ...actor,
      entityType: 'destruction_list',
      entityId: listId,
      action: 'propose',
      after: { agreementIds: ids, note: input.note ?? null },
      requestId: ctx.requestId,
    });
    return listId;
  });
  return getDestructionList(deps, ctx, id);
}

function loadProposed(deps: AppDeps, id: number): DestructionListRow {
  const row = findDestructionList(deps.db, id);
  if (!row) throw new AppError('not_found', `Vernietigingslijst ${id} bestaat niet`);
  if (row.state !== 'proposed')
    throw new AppError('invalid_transition', `Vernietigingslijst ${id} is al ${row.state === 'approved' ? 'goedgekeurd' : row.state === 'rejected' ? 'afgewezen' : 'ingetrokken'}`);
  return row;
}

/**
 * Approves a proposed list (a second admin, never its proposer) and destroys it: in one transaction every
 * agreement's personal data is cleared, its minimal record written and the audit events appended; after the
 * commit the files no remaining version refers to are removed from the store (the one deletion it allows,
 * decision 044/063). A stop in between leaves those files to the next start's orphan clean-up.
 */
export async function approveDestructionList(deps: AppDeps, ctx: RequestContext, id: number): Promise<DestructionList> {
  const list = loadProposed(deps, id);
  if (ctx.user?.id === list.proposedBy) throw new AppError('forbidden', FOUR_EYES);
  const ids = findListItemIds(deps.db, [id]).map((i) => i.agreementId);
  const problems = findItemProblems(deps, ctx, ids, { field: (i) => `items.${i}.agreementId`, ownListId: id });
  if (problems.length)
    throw new AppError('conflict', 'Deze lijst kan niet worden goedgekeurd: niet elke overeenkomst mag (nog) worden vernietigd. Wijs haar af en stel een nieuwe voor.', {
      errors: problems,
    });
  const now = deps.clock.now().toISOString();
  const today = deps.clock.today();
  const actor = actorOf(ctx);
  const candidates = new Map(findDestroyCandidates(deps.db, ids).map((c) => [c.id, withDestructionDate(c, today)!]));
  const removedAddresses = new Set<string>();
  deps.db.transaction((tx) => {
    if (!decideDestructionList(tx, id, { state: 'approved', decidedBy: actor.actorId, decidedByLabel: actor.actorLabel, decidedAt: now, decisionNote: null })) {
      throw new AppError('invalid_transition', `Vernietigingslijst ${id} is intussen al besloten`);
    }
    for (const agreementId of ids) {
      const c = candidates.get(agreementId)!;
      const docs = findDocumentsWithVersions(tx, agreementId);
      const record = {
        agreementId,
        listId: id,
        destroyedAt: now,
        proposedBy: list.proposedBy,
        proposedByLabel: list.proposedByLabel,
        approvedBy: actor.actorId,
        approvedByLabel: actor.actorLabel,
        ruleCode: c.ruleCode,
        ruleDescription: c.ruleDescription,
        ruleYears: c.ruleYears,
        ruleLegalBasis: c.ruleLegalBasis,
        agreementTitle: c.title,
        agreementReference: c.reference,
        agreementType: c.type,
        collaborationCode: c.collaborationCode,
        endDate: c.end,
        destructionDate: c.destructionDate,
        documents: docs.map((d) => ({ title: d.title, kind: d.kind, versions: d.versions.length, sha256: d.versions.map((v) => v.sha256) })),
        clearedFields: CLEARED_FIELDS,
      };
      clearAgreementForDestruction(
        tx,
        agreementId,
        docs.flatMap((d) => d.versions.map((v) => v.id)),
        now,
      );
      insertDestructionRecord(tx, record);
      for (const d of docs) for (const v of d.versions) removedAddresses.add(v.sha256);
      // The event names what was destroyed, never the personal data itself (the record is its `after`).
      recordAudit(tx, { at: now, ...actor, entityType: 'agreement', entityId: agreementId, action: 'destroy', after: record, requestId: ctx.requestId });
    }
    recordAudit(tx, { at: now, ...actor, entityType: 'destruction_list', entityId: id, action: 'approve', after: { agreementIds: ids }, requestId: ctx.requestId });
  });
  const store = filesOf(deps);
  for (const sha256 of removedAddresses) {
    if (isContentStillUsed(deps.db, sha256)) continue;
    try {
      await store.remove(sha256);
    } catch (err) {
      deps.logger.error({ err, sha256 }, 'destruction: a file could not be removed now; the next start removes it');
    }
  }
  return getDestructionList(deps, ctx, id);
}

/** Rejects a proposed list (a second admin, with a reason): nothing is destroyed. */
export function rejectDestructionList(deps: AppDeps, ctx: RequestContext, id: number, reason: string): DestructionList {
  const list = loadProposed(deps, id);
  if (ctx.user?.id === list.proposedBy) throw new AppError('forbidden', `${FOUR_EYES} Uw eigen voorstel trekt u in met "Intrekken".`);
  return decide(deps, ctx, id, 'rejected', 'reject', reason);
}

/** Withdraws a proposed list (its proposer): nothing is destroyed. */
export function cancelDestructionList(deps: AppDeps, ctx: RequestContext, id: number): DestructionList {
  const list = loadProposed(deps, id);
  if (ctx.user?.id !== list.proposedBy) throw new AppError('forbidden', 'Alleen wie de lijst voorstelde kan haar intrekken; wijs haar anders af met een reden.');
  return decide(deps, ctx, id, 'cancelled', 'cancel', null);
}

function decide(deps: AppDeps, ctx: RequestContext, id: number, state: 'rejected' | 'cancelled', action: 'reject' | 'cancel', note: string | null): DestructionList {
  const now = deps.clock.now().toISOString();
  const actor = actorOf(ctx);
  deps.db.transaction((tx) => {
    if (!decideDestructionList(tx, id, { state, decidedBy: actor.actorId, decidedByLabel: actor.actorLabel, decidedAt: now, decisionNote: note })) {
      throw new AppError('invalid_transition', `Vernietigingslijst ${id} is intussen al besloten`);
    }
    recordAudit(tx, { at: now, ...actor, entityType: 'destruction_list', entityId: id, action, after: { state, note }, requestId: ctx.requestId });
  });
  return getDestructionList(deps, ctx, id);
}
