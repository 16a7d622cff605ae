import { and, eq, getTableColumns, inArray, isNull, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.ts';
import { prepared } from '../../db/statements.ts';
import { agreementParties, agreements, collaborations, importBatches, importChanges, importMappings } from '../../db/schema/index.ts';

export type ImportBatchRow = typeof importBatches.$inferSelect;
export type ImportBatchInsert = typeof importBatches.$inferInsert;
export type ImportChangeInsert = typeof importChanges.$inferInsert;
export type ImportChangeRow = typeof importChanges.$inferSelect;

/** Stores an uploaded spreadsheet; returns its id. */
export function insertImportBatch(db: Db | Tx, values: ImportBatchInsert): number {
  return db.insert(importBatches).values(values).returning({ id: importBatches.id }).get().id;
}

/** One batch (its rows are in `import_rows`: `listImportRowChunk`). */
export function findImportBatchHead(db: Db | Tx, id: number) {
  return db.select().from(importBatches).where(eq(importBatches.id, id)).get();
}
export type ImportBatchHead = ImportBatchRow;

/** Stores the rows of a new batch, one table row each (prepared once; call inside the transaction that inserts the batch). */
export function insertImportRows(db: Db, batchId: number, rows: { n: number; c: string[] }[]): void {
  const statement = prepared(db, 'insert into import_rows (batch_id, n, cells) values (?, ?, ?)');
  for (const row of rows) statement.run(batchId, row.n, JSON.stringify(row.c));
}

/** Up to `limit` rows of a batch after line `after`, in order (the next chunk: pass the last one's `n`). */
export function listImportRowChunk(db: Db, batchId: number, after: number, limit: number): { n: number; c: string[] }[] {
  const rows = prepared(db, 'select n, cells from import_rows where batch_id = ? and n > ? order by n limit ?').raw().all(batchId, after, limit) as [number, string][];
  return rows.map(([n, cells]) => ({ n, c: JSON.parse(cells) as string[] }));
}

/**
 * Removes the batches in one of `states` created before `before` (never
 * committed: they have no changes), returning what went; prepared, one
 * statement.
 */
export function deleteStaleImportBatches(
  db: Db,
  states: ImportBatchRow['state'][],
  before: string,
  keep: number[],
): { id: number; fileName: string; state: string; createdAt: string; createdBy: number }[] {
  return prepared(
    db,
    `delete from import_batches where state in (select value from json_each(?)) and created_at < ? and id not in (select value from json_each(?))
     and not exists (select 1 from import_changes c where c.batch_id = import_batches.id)
     returning id, file_name as fileName, state, created_at as createdAt, created_by as createdBy`,
  ).all(JSON.stringify(states), before, JSON.stringify(keep)) as { id: number; fileName: string; state: string; createdAt: string; createdBy: number }[];
}

/** The cells of some columns of every row of a batch, read by SQLite from the stored JSON (no copy of the sheet in JavaScript). */
export function listBatchCells(db: Db, batchId: number, columnIndexes: number[]): string[] {
  return prepared(db, "select json_extract(r.cells, '$[' || i.value || ']') from import_rows r, json_each(?) i where r.batch_id = ?")
    .pluck()
    .all(JSON.stringify(columnIndexes), batchId)
    .filter((v): v is string => typeof v === 'string');
}

/** Changes a batch's mapping, state or counts. */
export function updateImportBatch(db: Db | Tx, id: number, changes: Partial<Omit<ImportBatchInsert, 'id'>>): void {
  db.update(importBatches).set(changes).where(eq(importBatches.id, id)).run();
}

/** Moves a batch from one state to another only if it is still in `from`; false when someone else moved it first. */
export function moveImportBatchState(db: Db | Tx, id: number, from: ImportBatchRow['state'][], changes: Partial<Omit<ImportBatchInsert, 'id'>>): boolean {
  return (
    db
      .update(importBatches)
      .set(changes)
      .where(and(eq(importBatches.id, id), inArray(importBatches.state, from)))
      .run().changes === 1
  );
}

/** The mapping last saved for this set of headers. */
export function findRememberedMapping(db: Db, headerKey: string): Record<string, string | null> | undefined {
  return db.select({ mapping: importMappings.mapping }).from(importMappings).where(eq(importMappings.headerKey, headerKey)).get()?.mapping;
}

/** Remembers a mapping for its set of headers (the last one saved wins). */
export function saveRememberedMapping(db: Db | Tx, headerKey: string, mapping: Record<string, string | null>, at: string): void {
  db.insert(importMappings)
    .values({ headerKey, mapping, updatedAt: at })
    .onConflictDoUpdate({ target: importMappings.headerKey, set: { mapping, updatedAt: at } })
    .run();
}

/** Every collaboration's code and id. */
export function listCollaborationCodes(db: Db | Tx): { id: number; code: string }[] {
  return db.select({ id: collaborations.id, code: collaborations.code }).from(collaborations).all();
}

export type MatchCandidate = typeof agreements.$inferSelect & { collaborationCode: string | null };

/**
 * Agreements (not archived) a row could be a second copy of: the same
 * reference or the same title, in chunks of 400 so the query stays small.
 */
export function findMatchCandidates(db: Db | Tx, references: string[], titles: string[]): MatchCandidate[] {
  const out: MatchCandidate[] = [];
  const seen = new Set<number>();
  const run = (column: typeof agreements.reference | typeof agreements.title, values: string[]) => {
    for (let i = 0; i < values.length; i += 400) {
      const chunk = values.slice(i, i + 400);
      const rows = db
        .select({ row: agreements, collaborationCode: collaborations.code })
        .from(agreements)
        .leftJoin(collaborations, eq(collaborations.id, agreements.collaborationId))
        .where(and(isNull(agreements.archivedAt), inArray(sql`lower(${column})`, chunk)))
        .all();
      for (const r of rows) {
        if (seen.has(r.row.id)) continue;
        seen.add(r.row.id);
        out.push({ ...r.row, collaborationCode: r.collaborationCode });
      }
    }
  };
  run(agreements.reference, references);
  run(agreements.title, titles);
  return out;
}

/** The parties (organisation and role) of these agreements. */
export function findPartyKeys(db: Db | Tx, agreementIds: number[]): Map<number, { organisationId: number; role: string }[]> {
  const byAgreement = new Map<number, { organisationId: number; role: string }[]>();
  for (let i = 0; i < agreementIds.length; i += 400) {
    const rows = db
      .select({ agreementId: agreementParties.agreementId, organisationId: agreementParties.organisationId, role: agreementParties.role })
      .from(agreementParties)
      .where(inArray(agreementParties.agreementId, agreementIds.slice(i, i + 400)))
      .all();
    for (const r of rows) byAgreement.set(r.agreementId, [...(byAgreement.get(r.agreementId) ?? []), { organisationId: r.organisationId, role: r.role }]);
  }
  return byAgreement;
}

/** Every party row of one agreement, as stored (to put back on a revert). */
export function findStoredParties(db: Db | Tx, agreementId: number) {
  return db.select().from(agreementParties).where(eq(agreementParties.agreementId, agreementId)).all();
}

/** Records what a committed batch did to one agreement (prepared once: a commit records thousands). */
export function insertImportChange(db: Db, values: ImportChangeInsert): void {
  prepared(db, 'insert into import_changes (batch_id, agreement_id, kind, row_number, before, version_after) values (?, ?, ?, ?, ?, ?)').run(
    values.batchId,
    values.agreementId,
    values.kind,
    values.rowNumber,
    values.before == null ? null : JSON.stringify(values.before),
    values.versionAfter,
  );
}

/**
 * Suspends the agreement search triggers for the rest of this transaction
 * (migration 0016, decision 056); `rebuildDeferredSearch` must follow in the
 * same transaction.
 */
export function deferAgreementSearch(db: Db): void {
  prepared(db, "insert into search_deferred (by) values ('import')").run();
}

/** Rebuilds the search rows of these agreements and lets the search triggers work again (a revert's counterpart of `rebuildDeferredSearch`). */
export function rebuildSearchOf(db: Db, agreementIds: number[]): void {
  const ids = JSON.stringify(agreementIds);
  prepared(db, 'delete from search_agreements where rowid in (select value from json_each(?))').run(ids);
  prepared(
    db,
    'insert into search_agreements (rowid, title, reference, parties, collaboration, notes, scope) select id, title, reference, parties, collaboration, notes, scope from search_agreement_text where id in (select value from json_each(?))',
  ).run(ids);
  prepared(db, "delete from search_deferred where by = 'import'").run();
}

/**
 * The organisations a batch created, as its commit recorded them: each
 * creation's audit event (written in the commit's transaction) names the
 * batch (`after.importId`).
 */
export function findOrganisationsCreatedBy(db: Db, batchId: number): { id: number; name: string; version: number }[] {
  return prepared(
    db,
    `select o.id, o.name, o.version from audit_events e join organisations o on o.id = cast(e.entity_id as integer)
     where e.entity_type = 'organisation' and e.action = 'create' and json_extract(e.after, '$.importId') = ? order by o.id`,
  ).all(batchId) as { id: number; name: string; version: number }[];
}

/**
 * Whether anything but the parties of `ownAgreementIds` refers to an
 * organisation: another agreement's party, a collaboration membership, or a
 * child organisation.
 */
export function organisationReferencedElsewhere(db: Db, organisationId: number, ownAgreementIds: number[]): boolean {
  return !!prepared(
    db,
    `select 1 where exists (select 1 from agreement_parties where organisation_id = ? and agreement_id not in (select value from json_each(?)))
       or exists (select 1 from collaboration_members where organisation_id = ?)
       or exists (select 1 from organisations where parent_id = ?)`,
  ).get(organisationId, JSON.stringify(ownAgreementIds), organisationId, organisationId);
}

/** Removes an organisation and the party rows of `agreementIds` that name it; returns the agreements that lost a party. */
export function deleteOrganisationWithParties(db: Db, organisationId: number, agreementIds: number[]): number[] {
  const touched = prepared(db, 'delete from agreement_parties where organisation_id = ? and agreement_id in (select value from json_each(?)) returning agreement_id')
    .pluck()
    .all(organisationId, JSON.stringify(agreementIds)) as number[];
  prepared(db, 'delete from organisations where id = ?').run(organisationId);
  return [...new Set(touched)];
}

/**
 * Rebuilds, once, the search rows of every agreement a batch created or
 * updated, and lets the search triggers work again. Call in the transaction
 * that deferred them, after the batch's `import_changes` are written.
 */
export function rebuildDeferredSearch(db: Db, batchId: number): void {
  const touched = 'select agreement_id from import_changes where batch_id = ?';
  prepared(db, `delete from search_agreements where rowid in (${touched} and kind = 'updated')`).run(batchId);
  prepared(
    db,
    `insert into search_agreements (rowid, title, reference, parties, collaboration, notes, scope) select id, title, reference, parties, collaboration, notes, scope from search_agreement_text where id in (${touched})`,
  ).run(batchId);
  prepared(db, "delete from search_deferred where by = 'import'").run();
}

/** What a batch did, in row order. */
export function listImportChanges(db: Db | Tx, batchId: number): ImportChangeRow[] {
  return db.select().from(importChanges).where(eq(importChanges.batchId, batchId)).orderBy(importChanges.rowNumber).all();
}

/** The facts a spreadsheet row may leave unknown (null); the insert binds every one of them. */
export const IMPORTED_FACT_COLUMNS = [
  'reference',
  'legalRegime',
  'startDate',
  'endDate',
  'termKind',
  'initialTermMonths',
  'noticePeriodValue',
  'noticePeriodUnit',
  'tacitRenewal',
  'renewalPeriodValue',
  'renewalPeriodUnit',
  'maxRenewals',
  'reviewDate',
  'ownerName',
  'ownerEmail',
  'notes',
  'source',
] as const;

/** The columns an imported agreement is inserted with, derived lifecycle columns included (one statement, no read-back). */
const IMPORTED_AGREEMENT_COLUMNS = [
  'type',
  'title',
  'collaborationId',
  ...IMPORTED_FACT_COLUMNS,
  'workflowState',
  'createdAt',
  'updatedAt',
  'status',
  'currentTermStart',
  'currentTermEnd',
  'noticeDeadline',
  'nextReviewDate',
  'windowStartDay',
  'windowEndDay',
  'nextDeadlineDay',
  'computedOn',
] as const;
export type ImportedAgreementValues = Record<(typeof IMPORTED_AGREEMENT_COLUMNS)[number], string | number | boolean | null>;

/**
 * Inserts one imported agreement through a cached prepared statement: the
 * register's triggers (alerts, search) compile with every statement prepared,
 * so preparing once matters for 10,000 rows (decision 050).
 */
export function insertImportedAgreement(db: Db, values: ImportedAgreementValues): number {
  const columns = getTableColumns(agreements);
  const names = IMPORTED_AGREEMENT_COLUMNS.map((k) => columns[k].name);
  const statement = prepared(db, `insert into agreements (${names.join(', ')}) values (${names.map(() => '?').join(', ')})`);
  const params = IMPORTED_AGREEMENT_COLUMNS.map((k) => (typeof values[k] === 'boolean' ? (values[k] ? 1 : 0) : values[k]));
  return Number(statement.run(...params).lastInsertRowid);
}

/** Inserts one party of an imported agreement (prepared once); returns its id. */
export function insertImportedParty(db: Db, p: { agreementId: number; organisationId: number; role: string }): number {
  return Number(
    prepared(db, `insert into agreement_parties (agreement_id, organisation_id, role, basis) values (?, ?, ?, 'stated')`).run(p.agreementId, p.organisationId, p.role)
      .lastInsertRowid,
  );
}

/** Archives an agreement if its version is still `version` (prepared once: a revert archives thousands); false when it moved on. */
export function archiveAgreementIfVersion(db: Db, id: number, version: number, at: string): boolean {
  return (
    prepared(db, 'update agreements set archived_at = ?, updated_at = ?, version = version + 1 where id = ? and version = ? and archived_at is null').run(at, at, id, version)
      .changes === 1
  );
}
