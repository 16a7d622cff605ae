import { and, eq, inArray, or, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.ts';
import { agreementParties, agreementRelations, agreements, collaborations, organisations } from '../../db/schema/index.ts';

/** The columns of an agreement the chain view and the chain rules read. */
export interface ChainAgreementRow {
  id: number;
  type: string;
  title: string;
  collaborationCode: string | null;
  startDate: string | null;
  endDate: string | null;
  currentTermEnd: string | null;
  termKind: string | null;
  legalRegime: string | null;
  status: string;
  archivedAt: string | null;
}

export interface ChainRelationRow {
  id: number;
  sourceId: number;
  kind: string;
  targetId: number;
  note: string | null;
}

export interface ChainPartyRow {
  agreementId: number;
  organisationId: number;
  role: string;
  basis: string;
  name: string;
  shortName: string | null;
  organisationKind: string;
}

const relationColumns = {
  id: agreementRelations.id,
  sourceId: agreementRelations.sourceId,
  kind: agreementRelations.kind,
  targetId: agreementRelations.targetId,
  note: agreementRelations.note,
};

// SQLite binds at most 32766 variables; stay well below it.
const CHUNK = 5000;
function chunked<T>(items: T[], size = CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** One relation by id. */
export function findRelation(db: Db | Tx, id: number): ChainRelationRow | undefined {
  return db.select(relationColumns).from(agreementRelations).where(eq(agreementRelations.id, id)).get();
}

/** The relation with exactly this source, kind and target, if stored. */
export function findSameRelation(db: Db | Tx, r: { sourceId: number; kind: string; targetId: number }): ChainRelationRow | undefined {
  return db
    .select(relationColumns)
    .from(agreementRelations)
    .where(and(eq(agreementRelations.sourceId, r.sourceId), eq(agreementRelations.kind, r.kind), eq(agreementRelations.targetId, r.targetId)))
    .get();
}

/** Inserts a relation and returns its id. */
export function insertRelation(tx: Tx, r: { sourceId: number; kind: string; targetId: number; note: string | null; createdAt: string }): number {
  return tx.insert(agreementRelations).values(r).returning({ id: agreementRelations.id }).get().id;
}

/** Deletes a relation (relations are links, not records: the audit trail keeps what it was). */
export function deleteRelation(tx: Tx, id: number): void {
  tx.delete(agreementRelations).where(eq(agreementRelations.id, id)).run();
}

/**
 * The relations leaving every agreement reachable from `fromId` along
 * dependency edges (dependent → basis: a `covers` relation points from target to
 * source, every other kind from source to target), by recursive SQL. A new edge
 * into `fromId` closes a cycle exactly when these relations lead back.
 */
export function findRelationsAboveBasis(db: Db | Tx, fromId: number): ChainRelationRow[] {
  return db.all<ChainRelationRow>(sql`
    WITH RECURSIVE up(id) AS (
      SELECT ${fromId}
      UNION
      SELECT r.source_id FROM up JOIN agreement_relations r ON r.target_id = up.id AND r.kind = 'covers'
      UNION
      SELECT r.target_id FROM up JOIN agreement_relations r ON r.source_id = up.id AND r.kind <> 'covers'
    )
    SELECT r.id AS id, r.source_id AS sourceId, r.kind AS kind, r.target_id AS targetId, r.note AS note
    FROM agreement_relations r
    WHERE (r.kind = 'covers' AND r.target_id IN (SELECT id FROM up))
       OR (r.kind <> 'covers' AND r.source_id IN (SELECT id FROM up))
  `);
}

/**
 * Ids of the agreements connected to `id` by relations of any kind in either
 * direction, nearest first (breadth-first), at most `limit` of them.
 */
export function findConnectedIds(db: Db | Tx, id: number, limit: number): number[] {
  return db
    .all<{ id: number }>(sql`
      WITH RECURSIVE linked(id) AS (
        SELECT ${id}
        UNION
        SELECT r.target_id FROM linked JOIN agreement_relations r ON r.source_id = linked.id
        UNION
        SELECT r.source_id FROM linked JOIN agreement_relations r ON r.target_id = linked.id
        LIMIT ${limit}
      )
      SELECT id FROM linked
    `)
    .map((r) => r.id);
}

/** The latest day a partial end may stand for, in SQL (mirrors latestDay in shared/src/dates). */
const END = 'coalesce(a.current_term_end, a.end_date)';
const latestEndDay = sql.raw(`(CASE
  WHEN a.term_kind = 'indefinite' THEN NULL
  WHEN length(${END}) = 4 THEN ${END} || '-12-31'
  WHEN length(${END}) = 7 THEN date(${END} || '-01', '+1 month', '-1 day')
  ELSE ${END}
END)`);

/**
 * Everything that would lose its basis if agreement `id` ended with `lastDay`
 * as its last day, by recursive SQL over the dependency edges (`covers`,
 * `based_on`, `amends`): live agreements that may still run after `lastDay`,
 * and only through those. Returns the affected ids (with `id` itself) and the
 * basis relations among them, from which the service finds each shortest path.
 */
export function findImpactSubgraph(db: Db | Tx, id: number, lastDay: string): { ids: number[]; relations: ChainRelationRow[] } {
  const affected = sql`
    WITH RECURSIVE affected(id) AS (
      SELECT ${id}
      UNION
      SELECT a.id FROM affected f
        JOIN agreement_relations r ON r.source_id = f.id AND r.kind = 'covers'
        JOIN agreements a ON a.id = r.target_id
        WHERE a.archived_at IS NULL AND (${latestEndDay} IS NULL OR ${latestEndDay} > ${lastDay})
      UNION
      SELECT a.id FROM affected f
        JOIN agreement_relations r ON r.target_id = f.id AND r.kind IN ('based_on', 'amends')
        JOIN agreements a ON a.id = r.source_id
        WHERE a.archived_at IS NULL AND (${latestEndDay} IS NULL OR ${latestEndDay} > ${lastDay})
    )`;
  const ids = db.all<{ id: number }>(sql`${affected} SELECT id FROM affected`).map((r) => r.id);
  if (ids.length <= 1) return { ids, relations: [] };
  const relations = db.all<ChainRelationRow>(sql`${affected}
    SELECT r.id AS id, r.source_id AS sourceId, r.kind AS kind, r.target_id AS targetId, r.note AS note
    FROM agreement_relations r
    WHERE r.kind IN ('covers', 'based_on', 'amends')
      AND r.source_id IN (SELECT id FROM affected) AND r.target_id IN (SELECT id FROM affected)`);
  return { ids, relations };
}

/** Relations with either end among the ids. */
export function findRelationsTouching(db: Db | Tx, ids: number[]): ChainRelationRow[] {
  const byId = new Map<number, ChainRelationRow>();
  for (const part of chunked(ids, 2000)) {
    const rows = db
      .select(relationColumns)
      .from(agreementRelations)
      .where(or(inArray(agreementRelations.sourceId, part), inArray(agreementRelations.targetId, part)))
      .all();
    for (const r of rows) byId.set(r.id, r);
  }
  return [...byId.values()].sort((a, b) => a.id - b.id);
}

/** Relations of the given kinds (for whole-register rule checks). */
export function findRelationsOfKinds(db: Db | Tx, kinds: string[]): ChainRelationRow[] {
  return db.select(relationColumns).from(agreementRelations).where(inArray(agreementRelations.kind, kinds)).all();
}

/** Ids of live agreements of the given types. */
export function findLiveIdsOfTypes(db: Db | Tx, types: string[]): number[] {
  return db
    .select({ id: agreements.id })
    .from(agreements)
    .where(and(inArray(agreements.type, types), sql`${agreements.archivedAt} IS NULL`))
    .all()
    .map((r) => r.id);
}

/** Chain columns of the given agreements. */
export function findChainAgreements(db: Db | Tx, ids: number[]): ChainAgreementRow[] {
  const rows: ChainAgreementRow[] = [];
  for (const part of chunked(ids)) {
    rows.push(
      ...db
        .select({
          id: agreements.id,
          type: agreements.type,
          title: agreements.title,
          collaborationCode: collaborations.code,
          startDate: agreements.startDate,
          endDate: agreements.endDate,
          currentTermEnd: agreements.currentTermEnd,
          termKind: agreements.termKind,
          legalRegime: agreements.legalRegime,
          status: agreements.status,
          archivedAt: agreements.archivedAt,
        })
        .from(agreements)
        .leftJoin(collaborations, eq(collaborations.id, agreements.collaborationId))
        .where(inArray(agreements.id, part))
        .all(),
    );
  }
  return rows;
}

/** Parties of the given agreements with their organisations. */
export function findChainParties(db: Db | Tx, ids: number[]): ChainPartyRow[] {
  const rows: ChainPartyRow[] = [];
  for (const part of chunked(ids)) {
    rows.push(
      ...db
        .select({
          agreementId: agreementParties.agreementId,
          organisationId: agreementParties.organisationId,
          role: agreementParties.role,
          basis: agreementParties.basis,
          name: organisations.name,
          shortName: organisations.shortName,
          organisationKind: organisations.kind,
        })
        .from(agreementParties)
        .innerJoin(organisations, eq(organisations.id, agreementParties.organisationId))
        .where(inArray(agreementParties.agreementId, part))
        .orderBy(agreementParties.agreementId, agreementParties.id)
        .all(),
    );
  }
  return rows;
}

export interface CollaborationNode {
  id: number;
  code: string;
  parentId: number | null;
  version: number;
}

/** Every collaboration with its parent (a small table: the hierarchy is read whole). */
export function findCollaborationTree(db: Db | Tx): CollaborationNode[] {
  return db
    .select({ id: collaborations.id, code: collaborations.code, parentId: collaborations.parentId, version: collaborations.version })
    .from(collaborations)
    .all();
}

/** Sets a collaboration's parent and bumps its version. */
export function updateCollaborationParent(tx: Tx, id: number, parentId: number | null, now: string): void {
  tx.update(collaborations)
    .set({ parentId, version: sql`${collaborations.version} + 1`, updatedAt: now })
    .where(eq(collaborations.id, id))
    .run();
}
