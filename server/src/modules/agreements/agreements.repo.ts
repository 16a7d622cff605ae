import { and, asc, desc, eq, exists, inArray, isNull, isNotNull, or, sql, type SQL } from 'drizzle-orm';
import type { AgreementSort } from '@akkoord/shared/schemas/agreement';
import type { Db, Tx } from '../../db/client.ts';
import { agreementParties, agreementRelations, agreements, collaborations, organisations } from '../../db/schema/index.ts';

export type AgreementRow = typeof agreements.$inferSelect;
export type AgreementInsert = typeof agreements.$inferInsert;
export type AgreementChanges = Partial<Omit<AgreementInsert, 'id' | 'version' | 'createdAt'>>;

export interface AgreementFilter {
  collaborationCode?: string | undefined;
  types?: string[] | undefined;
  partyId?: number | undefined;
  statuses?: string[] | undefined;
  text?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  archived: 'exclude' | 'include' | 'only';
  synthetic: 'exclude' | 'include' | 'only';
  /** Collaboration codes the caller is limited to; null = all. */
  scope: string[] | null;
}

export interface Keyset {
  value: string | number;
  id: number;
}

/** The SQL expression and direction behind each public sort; unknown dates sort last. */
function sortExpression(sort: AgreementSort): { expr: SQL; dir: 'asc' | 'desc' } {
  const dir = sort.startsWith('-') ? 'desc' : 'asc';
  const missing = dir === 'asc' ? '9999' : '0000';
  const key = sort.replace(/^-/, '');
  const column = {
    title: sql`${agreements.title}`,
    type: sql`${agreements.type}`,
    status: sql`${agreements.status}`,
    id: sql`${agreements.id}`,
    startDate: sql`coalesce(${agreements.startDate}, ${missing})`,
    endDate: sql`coalesce(${agreements.currentTermEnd}, ${missing})`,
    noticeDeadline: sql`coalesce(${agreements.noticeDeadline}, ${missing})`,
  }[key]!;
  return { expr: column, dir };
}

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

function whereOf(db: Db, f: AgreementFilter): SQL | undefined {
  const conds: (SQL | undefined)[] = [];
  if (f.archived === 'exclude') conds.push(isNull(agreements.archivedAt));
  if (f.archived === 'only') conds.push(isNotNull(agreements.archivedAt));
  if (f.synthetic === 'exclude') conds.push(eq(agreements.isSynthetic, false));
  if (f.synthetic === 'only') conds.push(eq(agreements.isSynthetic, true));
  if (f.collaborationCode) {
    conds.push(
      eq(
        agreements.collaborationId,
        db.select({ id: collaborations.id }).from(collaborations).where(eq(collaborations.code, f.collaborationCode)),
      ),
    );
  }
  if (f.scope) {
    conds.push(
      inArray(
        agreements.collaborationId,
        db.select({ id: collaborations.id }).from(collaborations).where(inArray(collaborations.code, f.scope.length ? f.scope : [''])),
      ),
    );
  }
  if (f.types?.length) conds.push(inArray(agreements.type, f.types));
  if (f.statuses?.length) conds.push(inArray(agreements.status, f.statuses));
  if (f.partyId !== undefined) {
    conds.push(
      exists(
        db
          .select({ one: sql`1` })
          .from(agreementParties)
          .where(and(eq(agreementParties.agreementId, agreements.id), eq(agreementParties.organisationId, f.partyId))),
      ),
    );
  }
  if (f.text) {
    const pattern = `%${escapeLike(f.text)}%`;
    const like = (col: SQL) => sql`${col} LIKE ${pattern} ESCAPE '\\'`;
    conds.push(
      or(
        like(sql`${agreements.title}`),
        like(sql`${agreements.reference}`),
        like(sql`${agreements.notes}`),
        exists(
          db
            .select({ one: sql`1` })
            .from(agreementParties)
            .innerJoin(organisations, eq(organisations.id, agreementParties.organisationId))
            .where(and(eq(agreementParties.agreementId, agreements.id), like(sql`${organisations.name}`))),
        ),
      ),
    );
  }
  // "May overlap [from, to]": unknown bounds never exclude an agreement.
  if (f.from) conds.push(or(isNull(agreements.windowEndDay), sql`${agreements.windowEndDay} >= ${f.from}`));
  if (f.to) conds.push(or(isNull(agreements.windowStartDay), sql`${agreements.windowStartDay} <= ${f.to}`));
  return and(...conds);
}

/** One page of agreements in keyset order plus the total matching the filter. */
export function listAgreementRows(
  db: Db,
  filter: AgreementFilter,
  sort: AgreementSort,
  limit: number,
  after: Keyset | null,
): { rows: (AgreementRow & { collaborationCode: string | null; sortValue: string | number })[]; total: number } {
  const where = whereOf(db, filter);
  const { expr, dir } = sortExpression(sort);
  const keyset = after
    ? dir === 'asc'
      ? sql`(${expr} > ${after.value} OR (${expr} = ${after.value} AND ${agreements.id} > ${after.id}))`
      : sql`(${expr} < ${after.value} OR (${expr} = ${after.value} AND ${agreements.id} > ${after.id}))`
    : undefined;
  const rows = db
    .select({ row: agreements, collaborationCode: collaborations.code, sortValue: sql<string | number>`${expr}` })
    .from(agreements)
    .leftJoin(collaborations, eq(collaborations.id, agreements.collaborationId))
    .where(and(where, keyset))
    .orderBy(dir === 'asc' ? asc(expr) : desc(expr), asc(agreements.id))
    .limit(limit + 1)
    .all();
  const total = db.select({ n: sql<number>`count(*)` }).from(agreements).where(where).get()?.n ?? 0;
  return { rows: rows.map((r) => ({ ...r.row, collaborationCode: r.collaborationCode, sortValue: r.sortValue })), total };
}

/** One agreement row with its collaboration code. */
export function findAgreementRow(db: Db | Tx, id: number): (AgreementRow & { collaborationCode: string | null }) | undefined {
  const r = db
    .select({ row: agreements, collaborationCode: collaborations.code })
    .from(agreements)
    .leftJoin(collaborations, eq(collaborations.id, agreements.collaborationId))
    .where(eq(agreements.id, id))
    .get();
  return r ? { ...r.row, collaborationCode: r.collaborationCode } : undefined;
}

export type PartyRow = typeof agreementParties.$inferSelect & { organisationName: string };

/** Parties of the given agreements, with organisation names, in a stable order. */
export function findPartiesFor(db: Db | Tx, agreementIds: number[]): PartyRow[] {
  if (!agreementIds.length) return [];
  return db
    .select({ p: agreementParties, organisationName: organisations.name })
    .from(agreementParties)
    .innerJoin(organisations, eq(organisations.id, agreementParties.organisationId))
    .where(inArray(agreementParties.agreementId, agreementIds))
    .orderBy(asc(agreementParties.agreementId), asc(agreementParties.id))
    .all()
    .map((r) => ({ ...r.p, organisationName: r.organisationName }));
}

export interface RelationRow {
  id: number;
  kind: string;
  sourceId: number;
  targetId: number;
  note: string | null;
  otherId: number;
  otherTitle: string;
  otherType: string;
  otherArchivedAt: string | null;
}

/** Relations in which the agreement is source or target, with the other agreement's headline. */
export function findRelationsOf(db: Db | Tx, id: number): RelationRow[] {
  const rows = db.select().from(agreementRelations).where(or(eq(agreementRelations.sourceId, id), eq(agreementRelations.targetId, id))).all();
  const otherIds = rows.map((r) => (r.sourceId === id ? r.targetId : r.sourceId));
  const others = otherIds.length
    ? new Map(
        db
          .select({ id: agreements.id, title: agreements.title, type: agreements.type, archivedAt: agreements.archivedAt })
          .from(agreements)
          .where(inArray(agreements.id, otherIds))
          .all()
          .map((o) => [o.id, o]),
      )
    : new Map();
  return rows.map((r) => {
    const otherId = r.sourceId === id ? r.targetId : r.sourceId;
    const o = others.get(otherId)!;
    return { ...r, otherId, otherTitle: o.title, otherType: o.type, otherArchivedAt: o.archivedAt };
  });
}

/** Inserts an agreement and returns its id. */
export function insertAgreement(tx: Tx | Db, values: AgreementInsert): number {
  return tx.insert(agreements).values(values).returning({ id: agreements.id }).get().id;
}

/** Applies changes only when the stored version matches; bumps the version. False when stale. */
export function updateAgreementIfVersion(tx: Tx, id: number, expectedVersion: number, changes: AgreementChanges): boolean {
  const result = tx
    .update(agreements)
    .set({ ...changes, version: sql`${agreements.version} + 1` })
    .where(and(eq(agreements.id, id), eq(agreements.version, expectedVersion)))
    .run();
  return result.changes === 1;
}

/** Writes derived lifecycle columns without touching the version (they are not user edits). */
export function setDerivedColumns(tx: Tx | Db, id: number, derived: Partial<AgreementRow>): void {
  tx.update(agreements).set(derived).where(eq(agreements.id, id)).run();
}

export type PartyInsert = Omit<typeof agreementParties.$inferInsert, 'id' | 'agreementId'>;

/** Replaces an agreement's parties with the given list. */
export function replaceParties(tx: Tx, agreementId: number, parties: PartyInsert[]): void {
  tx.delete(agreementParties).where(eq(agreementParties.agreementId, agreementId)).run();
  if (parties.length) tx.insert(agreementParties).values(parties.map((p) => ({ ...p, agreementId }))).run();
}

/** The id of a collaboration code, or undefined. */
export function findCollaborationId(db: Db | Tx, code: string): number | undefined {
  return db.select({ id: collaborations.id }).from(collaborations).where(eq(collaborations.code, code)).get()?.id;
}

/** Those of the ids that name no organisation. */
export function findMissingOrganisations(db: Db | Tx, ids: number[]): number[] {
  if (!ids.length) return [];
  const found = new Set(db.select({ id: organisations.id }).from(organisations).where(inArray(organisations.id, ids)).all().map((r) => r.id));
  return ids.filter((id) => !found.has(id));
}

/** Ids of agreements whose derived columns were computed for another day than `on` (or never). */
export function findStaleDerivedIds(db: Db, on: string): number[] {
  return db
    .select({ id: agreements.id })
    .from(agreements)
    .where(or(isNull(agreements.computedOn), sql`${agreements.computedOn} <> ${on}`))
    .all()
    .map((r) => r.id);
}

/** Every agreement row (for whole-register recomputation), in id order, in chunks. */
export function* iterateAgreementRows(db: Db, chunk = 5000): Generator<AgreementRow[]> {
  let last = 0;
  for (;;) {
    const rows = db.select().from(agreements).where(sql`${agreements.id} > ${last}`).orderBy(asc(agreements.id)).limit(chunk).all();
    if (!rows.length) return;
    yield rows;
    last = rows[rows.length - 1]!.id;
  }
}

/** Ids of agreements that have a successor (something `renews` or `supersedes` them). */
export function findIdsWithSuccessor(db: Db | Tx, ids: number[]): Set<number> {
  if (!ids.length) return new Set();
  return new Set(
    db
      .select({ id: agreementRelations.targetId })
      .from(agreementRelations)
      .where(and(inArray(agreementRelations.targetId, ids), inArray(agreementRelations.kind, ['renews', 'supersedes'])))
      .all()
      .map((r) => r.id),
  );
}

/**
 * Agreements that directly rest on this one: what it `covers`, and what is
 * `based_on` it or `amends` it (the chains module adds the transitive view).
 */
export function findDirectDependents(db: Db | Tx, id: number): { id: number; title: string; kind: string }[] {
  const covered = db
    .select({ id: agreements.id, title: agreements.title, kind: agreementRelations.kind })
    .from(agreementRelations)
    .innerJoin(agreements, eq(agreements.id, agreementRelations.targetId))
    .where(and(eq(agreementRelations.sourceId, id), eq(agreementRelations.kind, 'covers'), isNull(agreements.archivedAt)))
    .all();
  const resting = db
    .select({ id: agreements.id, title: agreements.title, kind: agreementRelations.kind })
    .from(agreementRelations)
    .innerJoin(agreements, eq(agreements.id, agreementRelations.sourceId))
    .where(and(eq(agreementRelations.targetId, id), inArray(agreementRelations.kind, ['based_on', 'amends']), isNull(agreements.archivedAt)))
    .all();
  return [...covered, ...resting];
}
