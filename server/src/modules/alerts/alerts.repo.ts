import type { Role } from '@akkoord/shared/domain/enums';
import type { ExplanationStep } from '@akkoord/shared/lifecycle/explanation';
import type { Db } from '../../db/client.ts';
import type { AlertRecord } from './alert-record.ts';
import { prepared } from '../../db/statements.ts';
import { alertGeneration } from './alert-statements.repo.ts';

/** One stored alert as written by the refresh. */
export interface StoredAlertInsert {
  key: string;
  agreementId: number;
  source: string;
  collaborationId: number | null;
  ownerName: string | null;
  ownerEmail: string | null;
  kind: string;
  severity: string;
  reasonCode: string;
  dueDate: string | null;
  dueDay: string | null;
  leadDays: number | null;
  explanation: ExplanationStep[];
  sortKey: string;
}

/** A stored alert as read for a page, with the agreement's title and the user's state. */
export interface StoredAlertRow extends StoredAlertInsert {
  agreementTitle: string;
  acknowledgedAt: string | null;
  snoozedUntil: string | null;
}

/** What to select: filters, the caller's scope and the state of the alert for this user. */
export interface AlertFilter {
  kinds?: string[] | undefined;
  severities?: string[] | undefined;
  /** Collaboration id; -1 = a code that does not exist (matches nothing). */
  collaborationId?: number | undefined;
  owner?: string | undefined;
  agreementId?: number | undefined;
  /** Collaboration ids the caller may see; null = all. */
  scopeIds: number[] | null;
  state: 'open' | 'acknowledged' | 'snoozed' | 'all';
  userId: number;
  /** The caller's role: some register-wide alerts (a failed backup) are for admins only. */
  role: Role | null;
  on: string;
}

function whereOf(f: AlertFilter): { text: string; params: unknown[] } {
  const conds: string[] = [];
  const params: unknown[] = [];
  const list = (column: string, values: readonly unknown[]) => {
    conds.push(`${column} in (${values.map(() => '?').join(', ')})`);
    params.push(...values);
  };
  if (f.kinds?.length) list('a.kind', f.kinds);
  if (f.severities?.length) list('a.severity', f.severities);
  if (f.collaborationId !== undefined) list('a.collaboration_id', [f.collaborationId]);
  if (f.agreementId !== undefined) list('a.agreement_id', [f.agreementId]);
  if (f.scopeIds) list('a.collaboration_id', f.scopeIds.length ? f.scopeIds : [-1]);
  if (f.owner) {
    conds.push('(a.owner_name = ? collate nocase or a.owner_email = ? collate nocase)');
    params.push(f.owner, f.owner);
  }
  return { text: conds.length ? conds.join(' and ') : '1 = 1', params };
}

/** SQL for "hidden for this user on this day" over the joined state row `s`. */
const HIDDEN = "(s.acknowledged_at is not null or coalesce(s.snoozed_until, '') > ?)";
function stateCondition(f: AlertFilter): { text: string; params: unknown[] } {
  if (f.state === 'all') return { text: '1 = 1', params: [] };
  if (f.state === 'open') return { text: `(s.alert_key is null or not ${HIDDEN})`, params: [f.on] };
  if (f.state === 'acknowledged') return { text: 's.acknowledged_at is not null', params: [] };
  return { text: 's.acknowledged_at is null and s.snoozed_until > ?', params: [f.on] };
}

const PAGE_COLUMNS = `a.key, a.agreement_id as agreementId, a.source, a.collaboration_id as collaborationId, a.owner_name as ownerName,
  a.owner_email as ownerEmail, a.kind, a.severity, a.reason_code as reasonCode, a.due_date as dueDate, a.due_day as dueDay,
  a.lead_days as leadDays, a.explanation, a.sort_key as sortKey, ag.title as agreementTitle,
  s.acknowledged_at as acknowledgedAt, s.snoozed_until as snoozedUntil`;

/** One page of stored alerts in "most urgent first" order, after the given sort key. */
export function listStoredAlerts(db: Db, f: AlertFilter, afterSortKey: string | null, limit: number): StoredAlertRow[] {
  const where = whereOf(f);
  const state = stateCondition(f);
  const sql = `select ${PAGE_COLUMNS} from agreement_alerts a
    join agreements ag on ag.id = a.agreement_id
    left join alert_states s on s.user_id = ? and s.alert_key = a.key
    where ${where.text} and ${state.text} ${afterSortKey === null ? '' : 'and a.sort_key > ?'}
    order by a.sort_key limit ?`;
  const params = [f.userId, ...where.params, ...state.params, ...(afterSortKey === null ? [] : [afterSortKey]), limit];
  return (prepared(db, sql).all(...params) as (Omit<StoredAlertRow, 'explanation'> & { explanation: string })[]).map((r) => ({
    ...r,
    explanation: JSON.parse(r.explanation) as ExplanationStep[],
  }));
}

/**
 * A stored alert as the other-day scan reads it: first only what filters and
 * the order need (`listStoredAlertHeads`), the rest for the few that may make
 * the page (`completeStoredAlerts`); the explanation stays JSON text, there is
 * no title, and the collaboration code is left to the page (the id is there).
 */
export interface StoredAlertRecord extends Omit<AlertRecord, 'explanation' | 'agreementTitle'> {
  rowId: number;
  explanation: string;
}

type Cell = string | number | null;

/**
 * The stored alerts of the given sources about agreements with an id in (afterId, toId] (one chunk of the
 * register), with only key, kind, severity, due day, agreement, collaboration and owner filled in: one JSON text
 * per chunk (about a quarter of the cost of full rows, whose explanations are most of their size).
 */
export function listStoredAlertHeads(db: Db, sources: string[], afterId: number, toId: number): StoredAlertRecord[] {
  if (!sources.length) return [];
  const text = prepared(
    db,
    `select json_group_array(json_array(a.rowid, a.key, a.agreement_id, a.collaboration_id, a.owner_name, a.owner_email, a.kind, a.severity, a.due_day))
     from agreement_alerts a where a.agreement_id > ? and a.agreement_id <= ? and a.source in (select value from json_each(?))`,
  )
    .pluck(true)
    .get(afterId, toId, JSON.stringify(sources)) as string;
  return (JSON.parse(text) as Cell[][]).map((r) => ({
    rowId: r[0] as number,
    key: r[1] as string,
    agreementId: r[2] as number,
    collaborationId: r[3] as number | null,
    ownerName: r[4] as string | null,
    ownerEmail: r[5] as string | null,
    kind: r[6] as AlertRecord['kind'],
    severity: r[7] as AlertRecord['severity'],
    dueDay: r[8] as string | null,
    source: '',
    reasonCode: '',
    dueDate: null,
    leadDays: null,
    daysLeft: null,
    collaborationCode: null,
    explanation: '[]',
  }));
}

/** Fills in the rest of stored alerts read by `listStoredAlertHeads` (in the same transaction). */
export function completeStoredAlerts(db: Db, records: StoredAlertRecord[]): void {
  if (!records.length) return;
  const rows = prepared(
    db,
    `select rowid as rowId, source, reason_code as reasonCode, due_date as dueDate, lead_days as leadDays, explanation
     from agreement_alerts where rowid in (select value from json_each(?))`,
  ).all(JSON.stringify(records.map((r) => r.rowId))) as Pick<StoredAlertRecord, 'rowId' | 'source' | 'reasonCode' | 'dueDate' | 'leadDays' | 'explanation'>[];
  const byRowId = new Map(rows.map((r) => [r.rowId, r]));
  for (const record of records) Object.assign(record, byRowId.get(record.rowId));
}

/** Titles of the given agreements (the few on a page of computed alerts). */
export function findAgreementTitles(db: Db, ids: number[]): Map<number, string> {
  if (!ids.length) return new Map();
  const rows = prepared(db, 'select id, title from agreements where id in (select value from json_each(?))').all(JSON.stringify(ids)) as { id: number; title: string }[];
  return new Map(rows.map((r) => [r.id, r.title]));
}

export interface KindSeverityCount {
  kind: string;
  severity: string;
  n: number;
}

// Counting every stored alert is the costly part of a page (its total): cached per filter until the next write.
const countCache = new WeakMap<Db, { generation: number; byWhere: Map<string, KindSeverityCount[]> }>();

function countAll(db: Db, where: { text: string; params: unknown[] }): KindSeverityCount[] {
  let cache = countCache.get(db);
  if (!cache || cache.generation !== alertGeneration(db)) countCache.set(db, (cache = { generation: alertGeneration(db), byWhere: new Map() }));
  const key = `${where.text}\u0000${JSON.stringify(where.params)}`;
  let rows = cache.byWhere.get(key);
  if (!rows) {
    rows = prepared(db, `select a.kind, a.severity, count(*) as n from agreement_alerts a where ${where.text} group by a.kind, a.severity`).all(
      ...where.params,
    ) as KindSeverityCount[];
    if (cache.byWhere.size > 100) cache.byWhere.clear();
    cache.byWhere.set(key, rows);
  }
  return rows;
}

/** Stored alerts per kind and severity matching the filter and state, for this user. */
export function countStoredAlerts(db: Db, f: AlertFilter): KindSeverityCount[] {
  const where = whereOf(f);
  if (f.state === 'all') return countAll(db, where);
  // The user's states are few: count those rows and, for "open", subtract them from the whole.
  const visible = f.state === 'open' ? HIDDEN : stateCondition(f).text;
  const visibleParams = f.state === 'open' ? [f.on] : stateCondition(f).params;
  // CROSS JOIN fixes the order (SQLite keeps it): start from the user's few states, not from the alerts.
  const marked = `select a.kind, a.severity, count(*) as n from alert_states s cross join agreement_alerts a
    where a.key = s.alert_key and s.user_id = ? and ${visible} and ${where.text} group by a.kind, a.severity`;
  const markedRows = prepared(db, marked).all(f.userId, ...visibleParams, ...where.params) as KindSeverityCount[];
  if (f.state !== 'open') return markedRows;
  const hidden = new Map(markedRows.map((r) => [`${r.kind}|${r.severity}`, r.n]));
  return countAll(db, where).map((r) => ({ ...r, n: r.n - (hidden.get(`${r.kind}|${r.severity}`) ?? 0) }));
}

/** Collaboration codes by id (a handful of rows). */
export function findCollaborationCodes(db: Db): Map<number, string> {
  const rows = prepared(db, 'select id, code from collaborations').all() as { id: number; code: string }[];
  return new Map(rows.map((r) => [r.id, r.code]));
}

/** Acknowledges, snoozes or reopens alerts for one user (upsert per key). */
export function upsertAlertStates(db: Db, userId: number, keys: string[], state: { acknowledgedAt: string | null; snoozedUntil: string | null }, now: string): number {
  const stmt = prepared(
    db,
    `insert into alert_states (user_id, alert_key, acknowledged_at, snoozed_until, updated_at) values (?, ?, ?, ?, ?)
     on conflict (user_id, alert_key) do update set acknowledged_at = excluded.acknowledged_at, snoozed_until = excluded.snoozed_until, updated_at = excluded.updated_at`,
  );
  let n = 0;
  for (const key of keys) n += stmt.run(userId, key, state.acknowledgedAt, state.snoozedUntil, now).changes;
  return n;
}

/** The user's states for every alert key they touched (for alerts computed outside the table). */
export function findAlertStates(db: Db, userId: number): Map<string, { acknowledgedAt: string | null; snoozedUntil: string | null }> {
  const rows = prepared(db, 'select alert_key as key, acknowledged_at as acknowledgedAt, snoozed_until as snoozedUntil from alert_states where user_id = ?').all(userId) as {
    key: string;
    acknowledgedAt: string | null;
    snoozedUntil: string | null;
  }[];
  return new Map(rows.map((r) => [r.key, { acknowledgedAt: r.acknowledgedAt, snoozedUntil: r.snoozedUntil }]));
}

/** Every collaboration's budget, for the funding contradiction check. */
export function findCollaborationBudgets(db: Db): { id: number; code: string; budgetCents: number | null }[] {
  return prepared(db, 'select id, code, budget_cents as budgetCents from collaborations order by id').all() as { id: number; code: string; budgetCents: number | null }[];
}

/** When this user last changed the state of each of these alerts (the few on a page). */
export function findStateTimes(db: Db, userId: number, keys: string[]): Map<string, string> {
  if (!keys.length) return new Map();
  const rows = prepared(db, 'select alert_key as key, updated_at as at from alert_states where user_id = ? and alert_key in (select value from json_each(?))').all(
    userId,
    JSON.stringify(keys),
  ) as {
    key: string;
    at: string;
  }[];
  return new Map(rows.map((r) => [r.key, r.at]));
}

/** The Woo facts of the given agreements (the publication alert reads them). */
export function findWooFacts(db: Db, ids: number[]): { id: number; type: string; wooCategory: string | null; wooState: string | null }[] {
  if (!ids.length) return [];
  return prepared(db, 'select id, type, woo_category as wooCategory, woo_state as wooState from agreements where id in (select value from json_each(?))').all(
    JSON.stringify(ids),
  ) as {
    id: number;
    type: string;
    wooCategory: string | null;
    wooState: string | null;
  }[];
}
