import type {
  Agreement,
  AgreementSummary,
  CreateAgreementInput,
  AgreementCounts,
  CountAgreementsQuery,
  ListAgreementsQuery,
  UpdateAgreementInput,
} from '@akkoord/shared/schemas/agreement';
import type { AuditAction } from '@akkoord/shared/domain/audit-vocabulary';
import { AGREEMENT_STATUSES } from '@akkoord/shared/domain/enums';
import { findDateProblems } from '@akkoord/shared/schemas/agreement';
import type { Page, FieldError } from '@akkoord/shared/schemas/common';
import type { Tx } from '../../db/client.ts';
import type { AppDeps } from '../../deps.ts';
import { actorOf, type RequestContext } from '../../http/context.ts';
import { AppError } from '../../http/errors.ts';
import { JsonText } from '../../http/json-text.ts';
import { recordAudit } from '../audit/audit.repo.ts';
import {
  findAgreementRow,
  findCollaborationId,
  findMissingOrganisations,
  findPartiesFor,
  findRelationsOf,
  insertAgreement,
  countAgreementsByStatus,
  listAgreementPage,
  readAgreementPage,
  type RegisterPage,
  replaceParties,
  setDerivedColumns,
  updateAgreementIfVersion,
  type AgreementChanges,
  type AgreementFilter,
  type AgreementRow,
  type PartyInsert,
} from './agreements.repo.ts';
import { agreementVisibility } from './agreement-visibility.ts';
import { presentAgreement } from './agreements.presenter.ts';
import { decodeCursor, encodeCursor } from '../../http/keyset-cursor.ts';
import { deriveColumns } from './lifecycle-columns.ts';
import { wooChanges } from './agreement-woo.ts';
import { presentAgreementRetention, retentionChanges } from './agreement-retention.ts';

const inScope = (ctx: RequestContext, code: string | null) => agreementVisibility(ctx).canSee(code);

/** The register's filter of a query, with the caller's scope (the list, the counts and the export read through it). */
export function registerFilterOf(ctx: RequestContext, q: CountAgreementsQuery): AgreementFilter {
  return {
    collaborationCode: q.collaboration,
    types: q.type,
    partyId: q.party,
    owner: q.owner,
    statuses: q.status,
    text: q.q,
    from: q.from,
    to: q.to,
    valueMin: q.valueMin,
    valueMax: q.valueMax,
    archived: q.archived,
    synthetic: q.synthetic,
    scope: ctx.user?.collaborationScope ?? null,
  };
}

/**
 * One keyset page of the register as JSON text: the items come from SQLite
 * already in the API's shape, so the route sends them without building and
 * serialising an object per value (decision 015). With a read worker the
 * query runs beside the main thread (decision 018); should the worker fail,
 * the main connection answers.
 */
export async function listAgreementsJson(deps: AppDeps, ctx: RequestContext, q: ListAgreementsQuery): Promise<JsonText<Page<AgreementSummary>>> {
  const after = q.cursor ? decodeCursor(q.cursor, q.sort) : null;
  const filter = registerFilterOf(ctx, q);
  let page: RegisterPage | undefined;
  // While the worker is restarting after a crash the main connection reads (decision 036).
  if (deps.reader?.available) {
    try {
      page = await readAgreementPage(deps.reader, filter, q.sort, q.limit, after);
    } catch (err) {
      deps.logger.warn({ err }, 'read worker failed; the register page is read on the main connection');
    }
  }
  page ??= listAgreementPage(deps.db, filter, q.sort, q.limit, after);
  return pageText(q, page);
}

const ITEMS_OPEN = Buffer.from('{"items":[');

function pageText(q: ListAgreementsQuery, { items, next, total }: RegisterPage): JsonText<Page<AgreementSummary>> {
  const nextCursor = next ? encodeCursor(q.sort, next.value, next.id) : null;
  const tail = `],"nextCursor":${JSON.stringify(nextCursor)},"total":${total}}`;
  if (typeof items === 'string') return new JsonText(`{"items":[${items}${tail}`);
  // The worker's bytes stay outside the JS heap: one copy into the body, no string per request (decision 021).
  return new JsonText(Buffer.concat([ITEMS_OPEN, items, Buffer.from(tail)]));
}

/** Lists agreements matching the register filters, one keyset page at a time. */
export function listAgreements(deps: AppDeps, ctx: RequestContext, q: ListAgreementsQuery): Page<AgreementSummary> {
  const after = q.cursor ? decodeCursor(q.cursor, q.sort) : null;
  return pageText(q, listAgreementPage(deps.db, registerFilterOf(ctx, q), q.sort, q.limit, after)).parse();
}

/** Totals of the agreements matching the register filters, by status (one query, for the dashboard). */
export function countAgreements(deps: AppDeps, ctx: RequestContext, q: CountAgreementsQuery): AgreementCounts {
  const byStatus = Object.fromEntries(AGREEMENT_STATUSES.map((s) => [s, 0])) as AgreementCounts['byStatus'];
  let total = 0;
  for (const { status, n } of countAgreementsByStatus(deps.db, registerFilterOf(ctx, q))) {
    byStatus[status as keyof typeof byStatus] = n;
    total += n;
  }
  return { total, byStatus };
}

/** Reads a stored agreement row the caller may see, or throws 404. */
export function loadVisibleRow(deps: AppDeps, ctx: RequestContext, id: number): AgreementRow & { collaborationCode: string | null } {
  const row = findAgreementRow(deps.db, id);
  if (!row || !inScope(ctx, row.collaborationCode)) throw new AppError('not_found', `Overeenkomst ${id} bestaat niet`);
  return row;
}

/** One agreement with its parties and relations (a related agreement outside the caller's collaborations only by id). */
export function getAgreement(deps: AppDeps, ctx: RequestContext, id: number): Agreement {
  const row = loadVisibleRow(deps, ctx, id);
  return {
    ...presentAgreement(row, findPartiesFor(deps.db, [id]), findRelationsOf(deps.db, id), agreementVisibility(ctx)),
    retention: presentAgreementRetention(deps.db, row, deps.clock.today()),
  };
}

/**
 * The columns a create or update writes, checked against what exists
 * (collaboration, organisations) and the caller's scope: an account limited
 * to some collaborations may not create an agreement without one of them, nor
 * move one out of them — to no collaboration either, which is outside every
 * scope (decision 023) — so both are refused before anything is written.
 */
function toChanges(deps: AppDeps, ctx: RequestContext, input: UpdateAgreementInput, existingId?: number): { changes: AgreementChanges; parties?: PartyInsert[] } {
  const creating = existingId === undefined;
  const errors: FieldError[] = [];
  const changes: AgreementChanges = {};
  const copy = [
    'type',
    'title',
    'reference',
    'legalRegime',
    'startDate',
    'endDate',
    'termKind',
    'initialTermMonths',
    'tacitRenewal',
    'maxRenewals',
    'reviewDate',
    'alertLeadDays',
    'ownerName',
    'ownerEmail',
    'deputyEmail',
    'notes',
    'source',
  ] as const;
  for (const key of copy) if (input[key] !== undefined) (changes as Record<string, unknown>)[key] = input[key];
  if (input.noticePeriod !== undefined) {
    changes.noticePeriodValue = input.noticePeriod?.value ?? null;
    changes.noticePeriodUnit = input.noticePeriod?.unit ?? null;
  }
  if (input.renewalPeriod !== undefined) {
    changes.renewalPeriodValue = input.renewalPeriod?.value ?? null;
    changes.renewalPeriodUnit = input.renewalPeriod?.unit ?? null;
  }
  const isLimited = agreementVisibility(ctx).isLimited;
  if (isLimited && (input.collaborationCode === null || (creating && input.collaborationCode === undefined))) {
    errors.push({
      field: 'body.collaborationCode',
      message: 'Kies een van uw samenwerkingsverbanden; zonder samenwerkingsverband valt de overeenkomst buiten uw samenwerkingsverbanden',
    });
  } else if (input.collaborationCode !== undefined) {
    if (input.collaborationCode === null) changes.collaborationId = null;
    else {
      const id = findCollaborationId(deps.db, input.collaborationCode);
      if (id === undefined) errors.push({ field: 'body.collaborationCode', message: `Samenwerkingsverband ${input.collaborationCode} bestaat niet` });
      else if (!inScope(ctx, input.collaborationCode)) errors.push({ field: 'body.collaborationCode', message: 'Buiten uw samenwerkingsverbanden' });
      else changes.collaborationId = id;
    }
  }
  let parties: PartyInsert[] | undefined;
  if (input.parties) {
    const missing = new Set(
      findMissingOrganisations(
        deps.db,
        input.parties.map((p) => p.organisationId),
      ),
    );
    const seen = new Set<string>();
    input.parties.forEach((p, i) => {
      if (missing.has(p.organisationId)) errors.push({ field: `body.parties.${i}.organisationId`, message: `Organisatie ${p.organisationId} bestaat niet` });
      const key = `${p.organisationId}:${p.role}`;
      if (seen.has(key)) errors.push({ field: `body.parties.${i}.role`, message: 'Deze partij staat al met deze rol op de lijst' });
      seen.add(key);
    });
    parties = input.parties.map((p) => ({
      organisationId: p.organisationId,
      role: p.role,
      basis: p.basis ?? 'stated',
      signatoryName: p.signatoryName ?? null,
      signatoryTitle: p.signatoryTitle ?? null,
      signatoryMandate: p.signatoryMandate ?? null,
      signedDate: p.signedDate ?? null,
    }));
  }
  errors.push(...valueChanges(deps, input, changes, parties, existingId));
  const stored = existingId === undefined ? null : (findAgreementRow(deps.db, existingId) ?? null);
  errors.push(...wooChanges(deps.db, input, stored, input.type ?? stored?.type ?? '', existingId ?? null, changes));
  errors.push(...retentionChanges(deps.db, creating && input.retentionRuleId === null ? { ...input, retentionRuleId: undefined } : input, changes));
  if (errors.length) throw new AppError('validation_failed', 'Een of meer velden kloppen niet', { errors });
  return { changes, ...(parties ? { parties } : {}) };
}

/**
 * The financial terms' columns of a create or update: null clears them, a
 * part left out stays as stored. The payer must be one of the agreement's
 * parties (those sent with the change, else the stored ones).
 */
function valueChanges(deps: AppDeps, input: UpdateAgreementInput, changes: AgreementChanges, parties: PartyInsert[] | undefined, existingId: number | undefined): FieldError[] {
  const v = input.value;
  if (v === undefined) return [];
  if (v === null) {
    Object.assign(changes, { valueAmountCents: null, valueBasis: null, valueIndexation: null, valueBudgetLine: null, valuePayerOrganisationId: null });
    return [];
  }
  if (v.amountCents !== undefined) changes.valueAmountCents = v.amountCents;
  if (v.basis !== undefined) changes.valueBasis = v.basis;
  if (v.indexation !== undefined) changes.valueIndexation = v.indexation || null;
  if (v.budgetLine !== undefined) changes.valueBudgetLine = v.budgetLine || null;
  if (v.payerOrganisationId === undefined || v.payerOrganisationId === null) {
    if (v.payerOrganisationId === null) changes.valuePayerOrganisationId = null;
    return [];
  }
  const partyIds = (parties ?? (existingId === undefined ? [] : findPartiesFor(deps.db, [existingId]))).map((p) => p.organisationId);
  if (!partyIds.includes(v.payerOrganisationId)) {
    return [{ field: 'body.value.payerOrganisationId', message: 'De betaler moet een van de partijen van de overeenkomst zijn' }];
  }
  changes.valuePayerOrganisationId = v.payerOrganisationId;
  return [];
}

function auditSnapshot(deps: AppDeps, id: number): Agreement {
  const row = findAgreementRow(deps.db, id)!;
  return presentAgreement(row, findPartiesFor(deps.db, [id]), []);
}

/** Creates an agreement with its parties; derived dates and the audit event in the same transaction. */
export function createAgreement(deps: AppDeps, ctx: RequestContext, input: CreateAgreementInput): Agreement {
  const { changes, parties } = toChanges(deps, ctx, input);
  const now = deps.clock.now().toISOString();
  const id = deps.db.transaction((tx) => {
    const newId = insertAgreement(tx, {
      ...changes,
      type: input.type,
      title: input.title,
      workflowState: input.workflowState ?? 'active',
      createdAt: now,
      updatedAt: now,
    });
    if (parties) replaceParties(tx, newId, parties);
    setDerivedColumns(tx, newId, deriveColumns(findAgreementRow(tx, newId)!, deps.clock.today()));
    recordAudit(tx, { at: now, ...actorOf(ctx), entityType: 'agreement', entityId: newId, action: 'create', after: auditSnapshot(deps, newId), requestId: ctx.requestId });
    return newId;
  });
  return getAgreement(deps, ctx, id);
}

/** Parses an If-Match header ("12-3" or W/"12-3") into a version for agreement `id`. */
export function versionFromIfMatch(header: string | undefined, id: number): number | undefined {
  if (!header) return undefined;
  const m = /^(?:W\/)?"(\d+)-(\d+)"$/.exec(header.trim());
  if (!m || Number(m[1]) !== id)
    throw new AppError('precondition_failed', 'If-Match hoort niet bij deze overeenkomst', {
      errors: [{ field: 'headers.if-match', message: 'Verwacht de ETag van deze overeenkomst' }],
    });
  return Number(m[2]);
}

/**
 * Applies a partial update with optimistic concurrency; a stale version gets 409 with the current record.
 * `alsoWrite` runs inside the same transaction after the update (e.g. a suggestion marked accepted with its
 * own audit event); when it throws, nothing is written.
 */
export function updateAgreement(
  deps: AppDeps,
  ctx: RequestContext,
  id: number,
  input: UpdateAgreementInput,
  ifMatchVersion: number | undefined,
  alsoWrite?: (tx: Tx, now: string) => void,
): Agreement {
  const row = loadVisibleRow(deps, ctx, id);
  const expected = input.version ?? ifMatchVersion;
  if (expected === undefined) {
    throw new AppError('validation_failed', 'Stuur de versie die u hebt gelezen mee', {
      errors: [{ field: 'body.version', message: 'Verplicht (of stuur de ETag als If-Match)' }],
    });
  }
  if (row.archivedAt) throw new AppError('conflict', 'Gearchiveerde overeenkomsten kunt u niet wijzigen; zet haar eerst terug');
  const merged = {
    startDate: input.startDate === undefined ? row.startDate : input.startDate,
    endDate: input.endDate === undefined ? row.endDate : input.endDate,
    termKind: input.termKind === undefined ? row.termKind : input.termKind,
  };
  const dateProblems = findDateProblems(merged);
  if (dateProblems.length)
    throw new AppError('validation_failed', 'Een of meer velden kloppen niet', { errors: dateProblems.map((p) => ({ field: `body.${p.field}`, message: p.message })) });
  const { changes, parties } = toChanges(deps, ctx, input, id);
  const now = deps.clock.now().toISOString();
  const before = auditSnapshot(deps, id);
  const ok = deps.db.transaction((tx) => {
    if (!updateAgreementIfVersion(tx, id, expected, { ...changes, updatedAt: now })) return false;
    if (parties) replaceParties(tx, id, parties);
    setDerivedColumns(tx, id, deriveColumns(findAgreementRow(tx, id)!, deps.clock.today()));
    recordAudit(tx, { at: now, ...actorOf(ctx), entityType: 'agreement', entityId: id, action: 'update', before, after: auditSnapshot(deps, id), requestId: ctx.requestId });
    alsoWrite?.(tx, now);
    return true;
  });
  if (!ok) {
    throw new AppError(
      'stale_write',
      `U bewerkte versie ${expected}; de huidige versie is ${row.version}. Uw wijzigingen zijn niet opgeslagen maar ook niet weg: vergelijk en probeer opnieuw.`,
      {
        extra: { current: getAgreement(deps, ctx, id) },
      },
    );
  }
  return getAgreement(deps, ctx, id);
}

/** Writes a workflow or archive change with its audit event; used by archive/restore and the renewal workflow. */
export function writeAgreementChange(
  deps: AppDeps,
  ctx: RequestContext,
  id: number,
  action: AuditAction,
  changes: AgreementChanges,
  extraWrites?: (tx: Parameters<Parameters<AppDeps['db']['transaction']>[0]>[0]) => void,
): Agreement {
  const row = loadVisibleRow(deps, ctx, id);
  const now = deps.clock.now().toISOString();
  const before = auditSnapshot(deps, id);
  deps.db.transaction((tx) => {
    if (!updateAgreementIfVersion(tx, id, row.version, { ...changes, updatedAt: now })) {
      throw new AppError('stale_write', 'De overeenkomst is tegelijk gewijzigd; probeer opnieuw');
    }
    extraWrites?.(tx);
    setDerivedColumns(tx, id, deriveColumns(findAgreementRow(tx, id)!, deps.clock.today()));
    recordAudit(tx, { at: now, ...actorOf(ctx), entityType: 'agreement', entityId: id, action, before, after: auditSnapshot(deps, id), requestId: ctx.requestId });
  });
  return getAgreement(deps, ctx, id);
}
