import { and, eq, inArray, isNull, or, sql } from 'drizzle-orm';
import type { AgreementSort } from '@akkoord/shared/schemas/agreement';
import { parseSearchTerms, toFtsMatch } from '@akkoord/shared/search/search-terms';
import type { Db, Tx } from '../../db/client.ts';
import { agreementParties, agreementRelations, agreements, collaborations, organisations } from '../../db/schema/index.ts';
import type { JoinedRows, ReadPool, ReadStatement } from '../../db/read-pool.ts';
import { prepared } from '../../db/statements.ts';

export type AgreementRow = typeof agreements.$inferSelect;
export type AgreementInsert = typeof agreements.$inferInsert;
export type AgreementChanges = Partial<Omit<AgreementInsert, 'id' | 'version' | 'createdAt'>>;

export interface AgreementFilter {
  collaborationCode?: string | undefined;
  types?: string[] | undefined;
  partyId?: number | undefined;
  /** Owner e-mail or name, exact and case-insensitive. */
  owner?: string | undefined;
  statuses?: string[] | undefined;
  text?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  /** Known amount at least / at most, in cents (an unknown amount never matches). */
  valueMin?: number | undefined;
  valueMax?: number | undefined;
  archived: 'exclude' | 'include' | 'only';
  synthetic: 'exclude' | 'include' | 'only';
  /** Collaboration codes the caller is limited to; null = all. */
  scope: string[] | null;
}

export interface Keyset {
  value: string | number;
  id: number;
}

/*
 * The register list is the hottest query: it is written as SQL here, with a
 * cache of prepared statements per filter shape and a column mapper derived
 * from the drizzle table, because building and mapping the query through the
 * query builder cost about three times the SQL itself (docs/decisions/004).
 */
const SORT_COLUMNS: Record<string, { column: string; nullable: boolean; numeric?: boolean }> = {
  title: { column: 'a.title', nullable: false },
  type: { column: 'a.type', nullable: false },
  status: { column: 'a.status', nullable: false },
  id: { column: 'a.id', nullable: false },
  startDate: { column: 'a.start_date', nullable: true },
  endDate: { column: 'a.current_term_end', nullable: true },
  noticeDeadline: { column: 'a.notice_deadline', nullable: true },
  value: { column: 'a.value_amount_cents', nullable: true, numeric: true },
};

/** The SQL expression and direction behind each public sort; unknown dates and amounts sort last. */
function sortExpression(sort: AgreementSort): { expr: string; dir: 'asc' | 'desc' } {
  const dir = sort.startsWith('-') ? 'desc' : 'asc';
  const { column, nullable, numeric } = SORT_COLUMNS[sort.replace(/^-/, '')]!;
  if (!nullable) return { expr: column, dir };
  const last = numeric ? (dir === 'asc' ? '9007199254740991' : '-1') : `'${dir === 'asc' ? '9999' : '0000'}'`;
  return { expr: `coalesce(${column}, ${last})`, dir };
}

/** Agreements with a document (not archived) whose searched text (its newest version with text; migration 0013) matches. */
const BY_DOCUMENT_TEXT = `a.id in (select d.agreement_id from search_pages sp join document_versions v on v.id = sp.rowid / 16777216
  join documents d on d.id = v.document_id where search_pages match ? and d.archived_at is null)`;

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

function whereOf(f: AgreementFilter): { text: string; params: unknown[] } {
  const conds: string[] = [];
  const params: unknown[] = [];
  if (f.collaborationCode) {
    conds.push('a.collaboration_id = (select id from collaborations where code = ?)');
    params.push(f.collaborationCode);
  }
  if (f.archived === 'exclude') conds.push('a.archived_at is null');
  if (f.archived === 'only') conds.push('a.archived_at is not null');
  if (f.synthetic === 'exclude') conds.push('a.is_synthetic = 0');
  if (f.synthetic === 'only') conds.push('a.is_synthetic = 1');
  if (f.scope) {
    conds.push('a.collaboration_id in (select c.id from collaborations c join json_each(?) s on s.value = c.code)');
    params.push(JSON.stringify(f.scope));
  }
  if (f.types?.length) {
    conds.push(`a.type in (${f.types.map(() => '?').join(',')})`);
    params.push(...f.types);
  }
  if (f.statuses?.length) {
    conds.push(`a.status in (${f.statuses.map(() => '?').join(',')})`);
    params.push(...f.statuses);
  }
  if (f.partyId !== undefined) {
    conds.push('exists (select 1 from agreement_parties p where p.agreement_id = a.id and p.organisation_id = ?)');
    params.push(f.partyId);
  }
  if (f.owner) {
    conds.push('(a.owner_email = ? collate nocase or a.owner_name = ? collate nocase)');
    params.push(f.owner, f.owner);
  }
  if (f.text) {
    // Party names: the few organisations that match, then their agreements (index lookups, no scan).
    const pattern = `%${escapeLike(f.text)}%`;
    const byParty = `a.id in (select p.agreement_id from agreement_parties p where p.organisation_id in (select o.id from organisations o where o.name like ? escape '\\'))`;
    // The text of the agreement's documents (decision 047): every word, as a word or the start of one.
    const pagesMatch = toFtsMatch(parseSearchTerms(f.text));
    const byDocuments = pagesMatch === null ? '' : ` or ${BY_DOCUMENT_TEXT}`;
    if ([...f.text].length >= 3) {
      // Title, reference and notes through the trigram index (case and diacritics insensitive).
      conds.push(`(a.id in (select rowid from agreements_fts where agreements_fts match ?) or ${byParty}${byDocuments})`);
      params.push(`"${f.text.replace(/"/g, '""')}"`, pattern);
    } else {
      conds.push(`(a.title like ? escape '\\' or a.reference like ? escape '\\' or a.notes like ? escape '\\' or ${byParty}${byDocuments})`);
      params.push(pattern, pattern, pattern, pattern);
    }
    // The page text only, not the scope token beside it (migration 0015).
    if (pagesMatch !== null) params.push(`text : (${pagesMatch})`);
  }
  if (f.valueMin !== undefined) {
    conds.push('a.value_amount_cents >= ?');
    params.push(f.valueMin);
  }
  if (f.valueMax !== undefined) {
    conds.push('a.value_amount_cents <= ?');
    params.push(f.valueMax);
  }
  // "May overlap [from, to]": unknown bounds never exclude an agreement.
  if (f.from) {
    conds.push('(a.window_end_day is null or a.window_end_day >= ?)');
    params.push(f.from);
  }
  if (f.to) {
    conds.push('(a.window_start_day is null or a.window_start_day <= ?)');
    params.push(f.to);
  }
  return { text: conds.length ? `where ${conds.join(' and ')}` : '', params };
}

const jsonBool = (ref: string) => `json(case when ${ref} is null then 'null' when ${ref} then 'true' else 'false' end)`;

/**
 * One register item exactly as the API answers it (AgreementSummary, in the
 * presenter's key order), built by SQLite as JSON text: on these machines
 * creating a JS object per row and value, and serialising it again, cost more
 * than the query itself (decision 015). A test holds every item equal to the
 * presenter's answer for the same agreement. The parties' subquery is wrapped
 * in json(): since SQLite 3.54 (better-sqlite3 13) a scalar subquery's value
 * loses its JSON subtype, and json_object would embed the array as a string
 * (decision 038).
 */
const SUMMARY_ITEM_JSON = `json_object(
  'id', a.id, 'type', a.type, 'title', a.title, 'collaborationCode', c.code, 'reference', a.reference,
  'startDate', a.start_date, 'endDate', a.end_date, 'termKind', a.term_kind, 'tacitRenewal', ${jsonBool('a.tacit_renewal')},
  'renewalPeriod', case when a.renewal_period_value is not null and a.renewal_period_unit <> '' then json_object('value', a.renewal_period_value, 'unit', a.renewal_period_unit) end,
  'workflowState', a.workflow_state, 'ownerName', a.owner_name,
  'value', case when coalesce(a.value_amount_cents, a.value_basis, a.value_indexation, a.value_budget_line, a.value_payer_organisation_id) is not null
    then json_object('amountCents', a.value_amount_cents, 'basis', a.value_basis, 'indexation', a.value_indexation,
      'budgetLine', a.value_budget_line, 'payerOrganisationId', a.value_payer_organisation_id) end,
  'parties', json((select json_group_array(json_object('organisationId', p.organisation_id, 'name', o.name, 'role', p.role) order by p.id)
              from agreement_parties p join organisations o on o.id = p.organisation_id where p.agreement_id = a.id)),
  'archived', json(iif(a.archived_at is null, 'false', 'true')), 'isSynthetic', ${jsonBool('a.is_synthetic')}, 'version', a.version,
  'status', a.status, 'currentTermStart', a.current_term_start, 'currentTermEnd', a.current_term_end,
  'noticeDeadline', a.notice_deadline, 'nextReviewDate', a.next_review_date, 'computedOn', a.computed_on)`;

/**
 * The SQL of one register page: per row its id, its sort value (for the
 * cursor) and the item's JSON text. The limit is written into the text (a
 * bound LIMIT made this query ~30 % slower here), so it must be a validated
 * integer. Parameters: the filter's, then the keyset's.
 */
export function registerPageSql(where: string, sort: AgreementSort, keyset: boolean, limit: number): string {
  if (!Number.isInteger(limit) || limit < 1 || limit > 1000) throw new RangeError(`register page: bad limit ${limit}`);
  const { expr, dir } = sortExpression(sort);
  const after = keyset ? `(${expr} ${dir === 'asc' ? '>' : '<'} ? or (${expr} = ? and a.id > ?))` : '';
  const pageWhere = after ? (where ? `${where} and ${after}` : `where ${after}`) : where;
  return `select a.id, ${expr}, ${SUMMARY_ITEM_JSON}
    from agreements a left join collaborations c on c.id = a.collaboration_id
    ${pageWhere} order by ${expr} ${dir}, a.id asc limit ${limit}`;
}

/**
 * A register page: the items' JSON objects joined by commas (without the
 * brackets), the keyset of the last one, and the total matching the filter.
 * Read by the worker, the items are UTF-8 bytes (decision 021); read on the
 * main connection, a string.
 */
export interface RegisterPage {
  items: string | Uint8Array;
  /** Where the next page starts, or null when this page is the last. */
  next: Keyset | null;
  total: number;
}

/** The two statements of a register page: the page (one row past it, to tell whether more follow) and the total matching the filter. */
export function registerPageStatements(filter: AgreementFilter, sort: AgreementSort, limit: number, after: Keyset | null): [ReadStatement, ReadStatement] {
  const where = whereOf(filter);
  return [
    {
      sql: registerPageSql(where.text, sort, after !== null, limit + 1),
      params: [...where.params, ...(after ? [after.value, after.value, after.id] : [])],
      mode: 'joined',
      take: limit,
    },
    { sql: `select count(*) as n from agreements a ${where.text}`, params: where.params, mode: 'value' },
  ];
}

/** Where the page after this one starts: the keyset of its last row, when the statement found a row past it. */
function nextOf(lastKey: unknown[] | null, rowCount: number, limit: number): Keyset | null {
  return rowCount > limit && lastKey ? { id: lastKey[0] as number, value: lastKey[1] as string | number } : null;
}

/** One page of agreements in keyset order plus the total matching the filter, read on the main connection. */
export function listAgreementPage(db: Db, filter: AgreementFilter, sort: AgreementSort, limit: number, after: Keyset | null): RegisterPage {
  const [page, count] = registerPageStatements(filter, sort, limit, after);
  const rows = prepared(db, page.sql)
    .raw(true)
    .all(...page.params) as [number, string | number, string][];
  const total = prepared(db, count.sql)
    .pluck()
    .get(...count.params) as number;
  const taken = rows.slice(0, limit);
  const last = taken[taken.length - 1];
  return { items: taken.map((r) => r[2]).join(','), next: nextOf(last ? [last[0], last[1]] : null, rows.length, limit), total };
}

/** The same page read by the read worker (decision 018): same statements, one read transaction, off the main thread. */
export async function readAgreementPage(reader: ReadPool, filter: AgreementFilter, sort: AgreementSort, limit: number, after: Keyset | null): Promise<RegisterPage> {
  const [page, total] = (await reader.run(registerPageStatements(filter, sort, limit, after))) as [JoinedRows, number];
  return { items: page.text, next: nextOf(page.lastKey, page.rowCount, limit), total };
}

/**
 * The register export's columns of one agreement, flat (decision 052): what
 * `RegisterExportRow` holds, in its order, after the id and the sort value
 * (the keyset). Parties come as a JSON array of [name, role] pairs.
 */
const EXPORT_COLUMNS = `a.title, a.type, c.code, a.reference, a.legal_regime, a.start_date, a.end_date, a.term_kind,
  a.notice_period_value, nullif(a.notice_period_unit, ''), a.tacit_renewal, a.renewal_period_value, nullif(a.renewal_period_unit, ''),
  a.current_term_start, a.current_term_end, a.notice_deadline, a.next_review_date, a.status,
  (select json_group_array(json_array(o.name, p.role) order by p.id)
     from agreement_parties p join organisations o on o.id = p.organisation_id where p.agreement_id = a.id),
  a.owner_name, a.owner_email, a.archived_at is not null, a.is_synthetic,
  a.value_amount_cents, a.value_basis, a.value_indexation, a.value_budget_line,
  (select o.name from organisations o where o.id = a.value_payer_organisation_id)`;

/**
 * One page of the register export: exactly the register's filter, scope and
 * order (`whereOf`, `sortExpression`), read by keyset like the register's
 * pages, so that an export of any size reads a page at a time. Rows:
 * `[id, sortValue, ...EXPORT_COLUMNS]`; no count, nothing cached.
 */
export function registerExportStatement(filter: AgreementFilter, sort: AgreementSort, limit: number, after: Keyset | null): ReadStatement {
  if (!Number.isInteger(limit) || limit < 1 || limit > 5000) throw new RangeError(`register export: bad limit ${limit}`);
  const where = whereOf(filter);
  const { expr, dir } = sortExpression(sort);
  const keyset = after ? `(${expr} ${dir === 'asc' ? '>' : '<'} ? or (${expr} = ? and a.id > ?))` : '';
  const pageWhere = keyset ? (where.text ? `${where.text} and ${keyset}` : `where ${keyset}`) : where.text;
  return {
    sql: `select a.id, ${expr}, ${EXPORT_COLUMNS}
      from agreements a left join collaborations c on c.id = a.collaboration_id
      ${pageWhere} order by ${expr} ${dir}, a.id asc limit ${limit}`,
    params: [...where.params, ...(after ? [after.value, after.value, after.id] : [])],
    mode: 'rows',
  };
}

/** The same page read on the main connection (when the read worker is not running). */
export function readRegisterExportRows(db: Db, statement: ReadStatement): unknown[][] {
  return prepared(db, statement.sql)
    .raw(true)
    .all(...statement.params) as unknown[][];
}

/** How many agreements match the filter, per stored status. */
export function countAgreementsByStatus(db: Db, filter: AgreementFilter): { status: string; n: number }[] {
  const where = whereOf(filter);
  return prepared(db, `select a.status as status, count(*) as n from agreements a ${where.text} group by a.status`).all(...where.params) as { status: string; n: number }[];
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

const rowQueries = new WeakMap<Db, ReturnType<typeof prepareRowQuery>>();
const prepareRowQuery = (db: Db) =>
  db
    .select({ row: agreements, collaborationCode: collaborations.code })
    .from(agreements)
    .leftJoin(collaborations, eq(collaborations.id, agreements.collaborationId))
    .where(eq(agreements.id, sql.placeholder('id')))
    .prepare();

/**
 * `findAgreementRow` through one prepared query per connection, for loops over
 * thousands of agreements in one transaction (an import's revert, decision
 * 056): a query built and prepared per call holds native memory until V8
 * collects it, and costs about a millisecond.
 */
export function findAgreementRowPrepared(db: Db, id: number): (AgreementRow & { collaborationCode: string | null }) | undefined {
  let query = rowQueries.get(db);
  if (!query) rowQueries.set(db, (query = prepareRowQuery(db)));
  const r = query.get({ id });
  return r ? { ...r.row, collaborationCode: r.collaborationCode } : undefined;
}

export type PartyRow = typeof agreementParties.$inferSelect & { organisationName: string };

/**
 * Parties of the given agreements, with organisation names, in a stable order.
 * Takes the database, not a transaction handle: better-sqlite3 has one
 * connection, so reads inside a transaction see its uncommitted writes anyway.
 */
export function findPartiesFor(db: Db, agreementIds: number[]): PartyRow[] {
  if (!agreementIds.length) return [];
  const rows = prepared(
    db,
    `select p.id, p.agreement_id, p.organisation_id, p.role, p.basis, p.signatory_name, p.signatory_title, p.signatory_mandate, p.signed_date, o.name
     from agreement_parties p join organisations o on o.id = p.organisation_id
     where p.agreement_id in (select value from json_each(?)) order by p.agreement_id, p.id`,
  ).all(JSON.stringify(agreementIds)) as Record<string, string | number | null>[];
  return rows.map(partyRowOf);
}

/** The parties of one agreement, as `findPartiesFor` gives them (a plain index lookup, for loops over thousands). */
export function findPartiesOf(db: Db, agreementId: number): PartyRow[] {
  const rows = prepared(
    db,
    `select p.id, p.agreement_id, p.organisation_id, p.role, p.basis, p.signatory_name, p.signatory_title, p.signatory_mandate, p.signed_date, o.name
     from agreement_parties p join organisations o on o.id = p.organisation_id
     where p.agreement_id = ? order by p.id`,
  ).all(agreementId) as Record<string, string | number | null>[];
  return rows.map(partyRowOf);
}

function partyRowOf(r: Record<string, string | number | null>): PartyRow {
  return {
    id: r.id as number,
    agreementId: r.agreement_id as number,
    organisationId: r.organisation_id as number,
    role: r.role as string,
    basis: r.basis as string,
    signatoryName: r.signatory_name as string | null,
    signatoryTitle: r.signatory_title as string | null,
    signatoryMandate: r.signatory_mandate as string | null,
    signedDate: r.signed_date as string | null,
    organisationName: r.name as string,
  };
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
  /** The other agreement's collaboration (whether the caller may see it). */
  otherCollaborationCode: string | null;
}

/** Relations in which the agreement is source or target, with the other agreement's headline and collaboration. */
export function findRelationsOf(db: Db | Tx, id: number): RelationRow[] {
  const rows = db
    .select()
    .from(agreementRelations)
    .where(or(eq(agreementRelations.sourceId, id), eq(agreementRelations.targetId, id)))
    .all();
  const otherIds = rows.map((r) => (r.sourceId === id ? r.targetId : r.sourceId));
  const others = otherIds.length
    ? new Map(
        db
          .select({ id: agreements.id, title: agreements.title, type: agreements.type, archivedAt: agreements.archivedAt, collaborationCode: collaborations.code })
          .from(agreements)
          .leftJoin(collaborations, eq(collaborations.id, agreements.collaborationId))
          .where(inArray(agreements.id, otherIds))
          .all()
          .map((o) => [o.id, o]),
      )
    : new Map();
  return rows.map((r) => {
    const otherId = r.sourceId === id ? r.targetId : r.sourceId;
    const o = others.get(otherId)!;
    return { ...r, otherId, otherTitle: o.title, otherType: o.type, otherArchivedAt: o.archivedAt, otherCollaborationCode: o.collaborationCode };
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
  if (parties.length)
    tx.insert(agreementParties)
      .values(parties.map((p) => ({ ...p, agreementId })))
      .run();
}

/** The id of a collaboration code, or undefined. */
export function findCollaborationId(db: Db | Tx, code: string): number | undefined {
  return db.select({ id: collaborations.id }).from(collaborations).where(eq(collaborations.code, code)).get()?.id;
}

/** Those of the ids that name no organisation. */
export function findMissingOrganisations(db: Db | Tx, ids: number[]): number[] {
  if (!ids.length) return [];
  const found = new Set(
    db
      .select({ id: organisations.id })
      .from(organisations)
      .where(inArray(organisations.id, ids))
      .all()
      .map((r) => r.id),
  );
  return ids.filter((id) => !found.has(id));
}

/** How many agreements have derived columns of another day than `on` (or none). */
export function countStaleDerived(db: Db, on: string): number {
  return (prepared(db, 'select count(*) as n from agreements where computed_on is null or computed_on <> ?').get(on) as { n: number }).n;
}

/**
 * Agreements that directly rest on this one: what it `covers`, and what is
 * `based_on` it or `amends` it (the chains module adds the transitive view).
 */
export function findDirectDependents(db: Db | Tx, id: number): { id: number; title: string; kind: string; collaborationCode: string | null }[] {
  const columns = { id: agreements.id, title: agreements.title, kind: agreementRelations.kind, collaborationCode: collaborations.code };
  const covered = db
    .select(columns)
    .from(agreementRelations)
    .innerJoin(agreements, eq(agreements.id, agreementRelations.targetId))
    .leftJoin(collaborations, eq(collaborations.id, agreements.collaborationId))
    .where(and(eq(agreementRelations.sourceId, id), eq(agreementRelations.kind, 'covers'), isNull(agreements.archivedAt)))
    .all();
  const resting = db
    .select(columns)
    .from(agreementRelations)
    .innerJoin(agreements, eq(agreements.id, agreementRelations.sourceId))
    .leftJoin(collaborations, eq(collaborations.id, agreements.collaborationId))
    .where(and(eq(agreementRelations.targetId, id), inArray(agreementRelations.kind, ['based_on', 'amends']), isNull(agreements.archivedAt)))
    .all();
  return [...covered, ...resting];
}

/** Whether a document version belongs to a document of this agreement (the Woo's public file must). */
export function isVersionOfAgreement(db: Db | Tx, versionId: number, agreementId: number): boolean {
  return (
    prepared(db as Db, 'select 1 from document_versions v join documents d on d.id = v.document_id where v.id = ? and d.agreement_id = ?').get(versionId, agreementId) !== undefined
  );
}
