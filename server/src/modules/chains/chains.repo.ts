import type { ChainAgreement, ChainParty, ChainRelation } from '@akkoord/shared/chains/chain-graph';
import type { AgreementType, LegalRegime, PartyRole, RelationKind, TermKind } from '@akkoord/shared/domain/enums';
import { and, eq, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.ts';
import { agreementRelations, collaborations } from '../../db/schema/index.ts';
import { prepared } from '../../db/statements.ts';

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

/*
 * The chain view and impact analysis are hot paths: their reads are written as
 * SQL with a per-database cache of prepared statements (as the register list,
 * docs/decisions/004), and lists of ids travel as one JSON parameter (json_each),
 * so the statement text never depends on how many there are.
 */

const RELATION_COLUMNS = 'r.id AS id, r.source_id AS sourceId, r.kind AS kind, r.target_id AS targetId, r.note AS note';

/**
 * The relations leaving every agreement reachable from `fromId` along
 * dependency edges (dependent → basis: a `covers` relation points from target to
 * source, every other kind from source to target), by recursive SQL. A new edge
 * into `fromId` closes a cycle exactly when these relations lead back.
 */
export function findRelationsAboveBasis(db: Db, fromId: number): ChainRelationRow[] {
  return prepared(
    db,
    `WITH RECURSIVE up(id) AS (
       SELECT ?
       UNION
       SELECT r.source_id FROM up JOIN agreement_relations r ON r.target_id = up.id AND r.kind = 'covers'
       UNION
       SELECT r.target_id FROM up JOIN agreement_relations r ON r.source_id = up.id AND r.kind <> 'covers'
     )
     SELECT ${RELATION_COLUMNS} FROM up JOIN agreement_relations r ON r.target_id = up.id AND r.kind = 'covers'
     UNION ALL
     SELECT ${RELATION_COLUMNS} FROM up JOIN agreement_relations r ON r.source_id = up.id AND r.kind <> 'covers'`,
  ).all(fromId) as ChainRelationRow[];
}

/**
 * Ids of the agreements connected to `id` by relations of any kind in either
 * direction, nearest first (breadth-first), at most `limit` of them.
 */
export function findConnectedIds(db: Db, id: number, limit: number): number[] {
  const rows = prepared(
    db,
    `WITH RECURSIVE linked(id) AS (
       SELECT ?
       UNION
       SELECT r.target_id FROM linked JOIN agreement_relations r ON r.source_id = linked.id
       UNION
       SELECT r.source_id FROM linked JOIN agreement_relations r ON r.target_id = linked.id
       LIMIT ?
     )
     SELECT id FROM linked`,
  ).all(id, limit) as { id: number }[];
  return rows.map((r) => r.id);
}

/** The latest day a partial end may stand for, in SQL (mirrors effectiveEnd + latestDay in shared/). */
const END = 'coalesce(a.current_term_end, a.end_date)';
const LATEST_END_DAY = `(CASE
  WHEN a.term_kind = 'indefinite' THEN NULL
  WHEN length(${END}) = 4 THEN ${END} || '-12-31'
  WHEN length(${END}) = 7 THEN date(${END} || '-01', '+1 month', '-1 day')
  ELSE ${END}
END)`;
const RUNS_PAST = `a.archived_at IS NULL AND (${LATEST_END_DAY} IS NULL OR ${LATEST_END_DAY} > @lastDay)`;
const AFFECTED = `WITH RECURSIVE affected(id) AS (
  SELECT @id
  UNION
  SELECT a.id FROM affected f
    JOIN agreement_relations r ON r.source_id = f.id AND r.kind = 'covers'
    JOIN agreements a ON a.id = r.target_id
    WHERE ${RUNS_PAST}
  UNION
  SELECT a.id FROM affected f
    JOIN agreement_relations r ON r.target_id = f.id AND r.kind IN ('based_on', 'amends')
    JOIN agreements a ON a.id = r.source_id
    WHERE ${RUNS_PAST}
)`;

/**
 * Everything that would lose its basis if agreement `id` ended with `lastDay`
 * as its last day, by recursive SQL over the dependency edges (`covers`,
 * `based_on`, `amends`): live agreements that may still run after `lastDay`,
 * and only through those. Returns the affected ids (with `id` itself) and the
 * basis relations among them, from which the service finds each shortest path.
 */
export function findImpactSubgraph(db: Db, id: number, lastDay: string): { ids: number[]; relations: ChainRelationRow[] } {
  const ids = (prepared(db, `${AFFECTED} SELECT id FROM affected`).all({ id, lastDay }) as { id: number }[]).map((r) => r.id);
  if (ids.length <= 1) return { ids, relations: [] };
  const relations = prepared(
    db,
    `SELECT ${RELATION_COLUMNS} FROM agreement_relations r
     WHERE r.kind IN ('covers', 'based_on', 'amends')
       AND r.source_id IN (SELECT value FROM json_each(@ids)) AND r.target_id IN (SELECT value FROM json_each(@ids))`,
  ).all({
    ids: JSON.stringify(ids),
  }) as ChainRelationRow[];
  return { ids, relations };
}

/** Relations with either end among the ids, in id order. */
export function findRelationsTouching(db: Db, ids: number[]): ChainRelationRow[] {
  if (!ids.length) return [];
  return prepared(
    db,
    `SELECT ${RELATION_COLUMNS} FROM agreement_relations r WHERE r.source_id IN (SELECT value FROM json_each(@ids))
     UNION
     SELECT ${RELATION_COLUMNS} FROM agreement_relations r WHERE r.target_id IN (SELECT value FROM json_each(@ids))
     ORDER BY id`,
  ).all({ ids: JSON.stringify(ids) }) as ChainRelationRow[];
}

/** Relations of the given kinds (for whole-register rule checks). */
export function findRelationsOfKinds(db: Db, kinds: string[]): ChainRelationRow[] {
  return prepared(db, `SELECT ${RELATION_COLUMNS} FROM agreement_relations r WHERE r.kind IN (SELECT value FROM json_each(?))`).all(JSON.stringify(kinds)) as ChainRelationRow[];
}

/** Ids of live agreements of the given types. */
export function findLiveIdsOfTypes(db: Db, types: string[]): number[] {
  const rows = prepared(db, 'SELECT id FROM agreements WHERE type IN (SELECT value FROM json_each(?)) AND archived_at IS NULL').all(JSON.stringify(types)) as {
    id: number;
  }[];
  return rows.map((r) => r.id);
}

/** Chain columns of the given agreements. */
export function findChainAgreements(db: Db, ids: number[]): ChainAgreementRow[] {
  if (!ids.length) return [];
  return prepared(
    db,
    `SELECT a.id AS id, a.type AS type, a.title AS title, c.code AS collaborationCode, a.start_date AS startDate, a.end_date AS endDate,
            a.current_term_end AS currentTermEnd, a.term_kind AS termKind, a.legal_regime AS legalRegime, a.status AS status, a.archived_at AS archivedAt
     FROM agreements a LEFT JOIN collaborations c ON c.id = a.collaboration_id
     WHERE a.id IN (SELECT value FROM json_each(?))`,
  ).all(JSON.stringify(ids)) as ChainAgreementRow[];
}

/** Parties of the given agreements with their organisations. */
export function findChainParties(db: Db, ids: number[]): ChainPartyRow[] {
  if (!ids.length) return [];
  return prepared(
    db,
    `SELECT p.agreement_id AS agreementId, p.organisation_id AS organisationId, p.role AS role, p.basis AS basis,
            o.name AS name, o.short_name AS shortName, o.kind AS organisationKind
     FROM agreement_parties p JOIN organisations o ON o.id = p.organisation_id
     WHERE p.agreement_id IN (SELECT value FROM json_each(?))
     ORDER BY p.agreement_id, p.id`,
  ).all(JSON.stringify(ids)) as ChainPartyRow[];
}

/*
 * The chain rules' reads. The refresh evaluates them for the whole register,
 * 1,000 agreements at a time in id order (after a chain rule change, into an
 * empty store), so a block of ids is read as a range, and each result arrives
 * as one JSON text (json_group_array) that a single JSON.parse turns into
 * arrays: about half the cost of a JS value per column and row. Only what the
 * rules read is read (RULE_READS in shared/src/chains/rules/rule-context.ts).
 */

/** An agreement as the chain rules read it, with the collaboration its alerts name. */
export interface RuleChainAgreement extends ChainAgreement {
  collaborationId: number | null;
}

/** What the rules read of other agreements: relations into and out of the judged one, parties of some types. */
export interface RuleReads {
  incoming: readonly RelationKind[];
  outgoing: readonly RelationKind[];
  partiesOf: readonly AgreementType[];
}

/** Ids as SQL parameters: `lo`..`hi` (empty when lo > hi) and a JSON `list` of further ids. */
interface IdParams {
  lo: number;
  hi: number;
  list: string;
}

/** A range when the ids are (nearly) one contiguous block, as the refresh's chunks are; else a list. */
function idParams(ids: readonly number[]): IdParams {
  let lo = Infinity;
  let hi = -Infinity;
  for (const id of ids) {
    if (id < lo) lo = id;
    if (id > hi) hi = id;
  }
  if (hi - lo + 1 <= ids.length * 2) return { lo, hi, list: '[]' };
  return { lo: 1, hi: 0, list: JSON.stringify(ids) };
}

/** Kinds and types as SQL literals (they are the shared enums' values; literals let SQLite use the indexes fully). */
const literals = (values: readonly string[]) => (values.length ? values.map((v) => `'${v.replaceAll("'", "''")}'`).join(', ') : 'null');

/** The two statements for one RuleReads (a constant, so made once). */
const ruleSql = new WeakMap<RuleReads, { relations: string; agreements: string }>();
function ruleStatements(reads: RuleReads): { relations: string; agreements: string } {
  let sql = ruleSql.get(reads);
  if (sql) return sql;
  const [incoming, outgoing] = [literals(reads.incoming), literals(reads.outgoing)];
  sql = {
    relations: `select json_group_array(json_array(id, source_id, kind, target_id)) from (
        select id, source_id, kind, target_id from agreement_relations where target_id between @lo and @hi and kind in (${incoming})
        union all
        select id, source_id, kind, target_id from agreement_relations where target_id in (select value from json_each(@list)) and kind in (${incoming})
        union all
        select id, source_id, kind, target_id from agreement_relations where source_id between @lo and @hi and kind in (${outgoing})
        union all
        select id, source_id, kind, target_id from agreement_relations where source_id in (select value from json_each(@list)) and kind in (${outgoing}))`,
    // Parties in stored order, only of the types whose parties the rules read (null for the others);
    // json() because a scalar subquery's value has no JSON subtype since SQLite 3.54 (decision 038).
    agreements: `select json_group_array(json_array(a.id, a.type, a.title, a.collaboration_id, a.start_date, a.end_date, a.current_term_end,
          a.term_kind, a.legal_regime, a.archived_at is not null,
          case when a.type in (${literals(reads.partiesOf)}) then json((select json_group_array(json_array(organisation_id, role))
            from (select organisation_id, role from agreement_parties p where p.agreement_id = a.id order by p.id))) end))
      from (select id from agreements where id between @lo and @hi union all select value from json_each(@list)) i
      cross join agreements a on a.id = i.id`,
  };
  ruleSql.set(reads, sql);
  return sql;
}

type Cell = string | number | null;

/**
 * What the chain rules of these agreements read (`reads`): the relations of
 * the incoming kinds into and of the outgoing kinds out of each of them, in id
 * order, and the agreements at both ends, with their parties (in stored order)
 * where the rules read them; other agreements carry no parties. A block of ids
 * may bring along agreements of the block that were not asked for.
 */
export function readRuleNeighbourhoods(db: Db, ids: readonly number[], reads: RuleReads): { agreements: RuleChainAgreement[]; relations: ChainRelation[] } {
  if (!ids.length) return { agreements: [], relations: [] };
  const asked = new Set(ids);
  const params = idParams(ids);
  const sql = ruleStatements(reads);
  const rows = JSON.parse(prepared(db, sql.relations).pluck(true).get(params) as string) as [number, number, RelationKind, number][];
  // In id order, as stored; a range also brings relations of agreements not asked for, and a kind both ways comes twice.
  rows.sort((a, b) => a[0] - b[0]);
  const relations: ChainRelation[] = [];
  const more = new Set<number>(params.lo > params.hi ? ids : []);
  let lastId = 0;
  for (const [id, sourceId, kind, targetId] of rows) {
    if (id === lastId) continue;
    lastId = id;
    if (!(asked.has(targetId) && reads.incoming.includes(kind)) && !(asked.has(sourceId) && reads.outgoing.includes(kind))) continue;
    relations.push({ sourceId, kind, targetId });
    // Every agreement the relations reach, beyond the range already read.
    if (sourceId < params.lo || sourceId > params.hi) more.add(sourceId);
    if (targetId < params.lo || targetId > params.hi) more.add(targetId);
  }
  const read = { lo: params.lo, hi: params.hi, list: JSON.stringify([...more]) };
  const agreements: RuleChainAgreement[] = [];
  for (const r of JSON.parse(prepared(db, sql.agreements).pluck(true).get(read) as string) as Cell[][]) {
    const parties = r[10] as unknown as [number, PartyRole][] | null;
    agreements.push({
      id: r[0] as number,
      type: r[1] as AgreementType,
      title: r[2] as string,
      collaborationId: r[3] as number | null,
      startDate: r[4] as string | null,
      endDate: r[5] as string | null,
      currentTermEnd: r[6] as string | null,
      termKind: r[7] as TermKind | null,
      legalRegime: r[8] as LegalRegime | null,
      parties: parties ? parties.map(([organisationId, role]): ChainParty => ({ organisationId, role })) : [],
      archived: r[9] === 1,
    });
  }
  return { agreements, relations };
}

export interface CollaborationNode {
  id: number;
  code: string;
  parentId: number | null;
  version: number;
}

/** Every collaboration with its parent (a small table: the hierarchy is read whole). */
export function findCollaborationTree(db: Db): CollaborationNode[] {
  return prepared(db, 'SELECT id, code, parent_id AS parentId, version FROM collaborations ORDER BY id').all() as CollaborationNode[];
}

/** Sets a collaboration's parent and bumps its version. */
export function updateCollaborationParent(tx: Tx, id: number, parentId: number | null, now: string): void {
  tx.update(collaborations)
    .set({ parentId, version: sql`${collaborations.version} + 1`, updatedAt: now })
    .where(eq(collaborations.id, id))
    .run();
}
