import type { Statement } from 'better-sqlite3';
import type { ExplanationStep } from '@akkoord/shared/lifecycle/explanation';
import type { Db } from '../../db/client.ts';
import type { AlertRecord } from './alert-record.ts';

/*
 * Alerts are read on every dashboard visit and refreshed for the whole
 * register daily, so this repository speaks SQL directly with cached
 * prepared statements (as the register list does, docs/decisions/004).
 * Functions run inside the caller's transaction when there is one.
 */
const statements = new WeakMap<Db, Map<string, Statement>>();
function prepared(db: Db, text: string): Statement {
  let cache = statements.get(db);
  if (!cache) statements.set(db, (cache = new Map()));
  let stmt = cache.get(text);
  if (!stmt) {
    stmt = db.$client.prepare(text);
    if (cache.size > 200) cache.clear();
    cache.set(text, stmt);
  }
  return stmt;
}

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
  /** Collaboration ids the caller may see; null = all. */
  scopeIds: number[] | null;
  state: 'open' | 'acknowledged' | 'snoozed' | 'all';
  userId: number;
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

/** Stored alerts of the given sources as computed records (for days other than the stored one). */
export function listStoredRecords(db: Db, sources: string[]): AlertRecord[] {
  if (!sources.length) return [];
  const rows = prepared(
    db,
    `select a.key, a.agreement_id as agreementId, a.source, a.collaboration_id as collaborationId, a.owner_name as ownerName, a.owner_email as ownerEmail,
       a.kind, a.severity, a.reason_code as reasonCode, a.due_date as dueDate, a.due_day as dueDay, a.lead_days as leadDays, a.explanation, ag.title as agreementTitle
     from agreement_alerts a join agreements ag on ag.id = a.agreement_id where a.source in (select value from json_each(?))`,
  ).all(JSON.stringify(sources)) as (Omit<AlertRecord, 'explanation' | 'daysLeft' | 'collaborationCode'> & { explanation: string })[];
  return rows.map((r) => ({ ...r, kind: r.kind, explanation: JSON.parse(r.explanation) as ExplanationStep[], daysLeft: null, collaborationCode: null }));
}

export interface KindSeverityCount {
  kind: string;
  severity: string;
  n: number;
}

/** Stored alerts per kind and severity matching the filter and state, for this user. */
export function countStoredAlerts(db: Db, f: AlertFilter): KindSeverityCount[] {
  const where = whereOf(f);
  const all = `select a.kind, a.severity, count(*) as n from agreement_alerts a where ${where.text} group by a.kind, a.severity`;
  if (f.state === 'all') return prepared(db, all).all(...where.params) as KindSeverityCount[];
  // The user's states are few: count those rows and, for "open", subtract them from the whole.
  const visible = f.state === 'open' ? HIDDEN : stateCondition(f).text;
  const visibleParams = f.state === 'open' ? [f.on] : stateCondition(f).params;
  const marked = `select a.kind, a.severity, count(*) as n from alert_states s join agreement_alerts a on a.key = s.alert_key
    where s.user_id = ? and ${visible} and ${where.text} group by a.kind, a.severity`;
  const markedRows = prepared(db, marked).all(f.userId, ...visibleParams, ...where.params) as KindSeverityCount[];
  if (f.state !== 'open') return markedRows;
  const hidden = new Map(markedRows.map((r) => [`${r.kind}|${r.severity}`, r.n]));
  return (prepared(db, all).all(...where.params) as KindSeverityCount[]).map((r) => ({ ...r, n: r.n - (hidden.get(`${r.kind}|${r.severity}`) ?? 0) }));
}

/** A 53-bit hash (cyrb53) over several strings, as hex: cheap fingerprints of alert sets. */
function hash(texts: string[]): string {
  let h1 = 0xdeadbeef ^ texts.length;
  let h2 = 0x41c6ce57 ^ texts.length;
  for (const text of texts) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      h1 = Math.imul(h1 ^ c, 2654435761);
      h2 = Math.imul(h2 ^ c, 1597334677);
    }
    h1 = Math.imul(h1 ^ 10, 2654435761);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16);
}

/*
 * The explanation is left out of the fingerprint: for an agreement whose facts
 * did not change it follows from the fields below (due day, lead time, key),
 * and agreements whose facts changed are rewritten regardless (`force`).
 */
function serialise(a: StoredAlertInsert): string {
  return `${a.key}|${a.sortKey}|${a.reasonCode}|${a.dueDate}|${a.leadDays}|${a.collaborationId}|${a.ownerName}|${a.ownerEmail}`;
}

const EMPTY_FINGERPRINT = hash([]);

function bucket<K, V>(map: Map<K, V>, key: K, make: () => V): V {
  let value = map.get(key);
  if (value === undefined) map.set(key, (value = make()));
  return value;
}

/**
 * Makes the stored alerts of these agreements, for the sources `sourcesOf`
 * names per agreement, equal to `alerts`. A fingerprint per agreement and
 * source (alert_marks) skips the unchanged ones, which is nearly all of them
 * from one day to the next; `force` rewrites agreements whose facts changed.
 * Returns the number of agreement × source sets rewritten.
 */
export function syncStoredAlerts(
  db: Db,
  agreementIds: number[],
  sourcesOf: (id: number) => readonly string[],
  alerts: StoredAlertInsert[],
  force: (id: number) => boolean,
): number {
  if (!agreementIds.length) return 0;
  const marks = new Map<string, Map<number, string>>();
  const markRows = prepared(db, 'select agreement_id as id, source, fingerprint from alert_marks where agreement_id in (select value from json_each(?))').all(
    JSON.stringify(agreementIds),
  ) as { id: number; source: string; fingerprint: string }[];
  for (const m of markRows) bucket(marks, m.source, () => new Map<number, string>()).set(m.id, m.fingerprint);
  const groups = new Map<string, Map<number, StoredAlertInsert[]>>();
  for (const a of alerts) {
    const bySource = bucket(groups, a.source, () => new Map<number, StoredAlertInsert[]>());
    const list = bySource.get(a.agreementId);
    if (list) list.push(a);
    else bySource.set(a.agreementId, [a]);
  }
  const del = prepared(db, 'delete from agreement_alerts where agreement_id = ? and source = ?');
  const mark = prepared(db, 'insert or replace into alert_marks (agreement_id, source, fingerprint) values (?, ?, ?)');
  const insert = prepared(
    db,
    `insert or replace into agreement_alerts (key, agreement_id, source, collaboration_id, owner_name, owner_email, kind, severity, reason_code,
      due_date, due_day, lead_days, explanation, sort_key) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  let rewritten = 0;
  for (const id of agreementIds) {
    for (const source of sourcesOf(id)) {
      const group = groups.get(source)?.get(id);
      const fingerprint = group ? hash(group.map(serialise)) : EMPTY_FINGERPRINT;
      if (marks.get(source)?.get(id) === fingerprint && !force(id)) continue;
      del.run(id, source);
      for (const a of group ?? []) {
        insert.run(a.key, a.agreementId, a.source, a.collaborationId, a.ownerName, a.ownerEmail, a.kind, a.severity, a.reasonCode, a.dueDate, a.dueDay, a.leadDays, JSON.stringify(a.explanation), a.sortKey);
      }
      mark.run(id, source, fingerprint);
      rewritten++;
    }
  }
  return rewritten;
}

/** Ids of agreements that a successor `renews` or `supersedes`. */
export function findIdsWithSuccessor(db: Db, ids: number[]): Set<number> {
  if (!ids.length) return new Set();
  const rows = prepared(
    db,
    "select distinct target_id as id from agreement_relations where kind in ('renews', 'supersedes') and target_id in (select value from json_each(?))",
  ).all(JSON.stringify(ids)) as { id: number }[];
  return new Set(rows.map((r) => r.id));
}

/** Clears the dirty marks of agreements whose alerts were just rewritten in full. */
export function clearDirty(db: Db, agreementIds: number[]): void {
  if (agreementIds.length) prepared(db, 'delete from alert_dirty where agreement_id in (select value from json_each(?))').run(JSON.stringify(agreementIds));
}

/** Agreements marked dirty (by triggers) since their alerts were last written. */
export function findDirtyAgreementIds(db: Db, limit: number): number[] {
  return (prepared(db, 'select agreement_id as id from alert_dirty order by agreement_id limit ?').all(limit) as { id: number }[]).map((r) => r.id);
}

/** Those of the ids that are marked dirty. */
export function filterDirty(db: Db, ids: number[]): Set<number> {
  if (!ids.length) return new Set();
  const rows = prepared(db, 'select agreement_id as id from alert_dirty where agreement_id in (select value from json_each(?))').all(JSON.stringify(ids)) as { id: number }[];
  return new Set(rows.map((r) => r.id));
}

/** Those of the ids that have at least one party. */
export function findIdsWithParties(db: Db, ids: number[]): Set<number> {
  if (!ids.length) return new Set();
  const rows = prepared(db, 'select distinct agreement_id as id from agreement_parties where agreement_id in (select value from json_each(?))').all(JSON.stringify(ids)) as { id: number }[];
  return new Set(rows.map((r) => r.id));
}

/** A stored setting (JSON), or undefined. */
export function findSetting(db: Db, key: string): unknown {
  const row = prepared(db, 'select value from settings where key = ?').get(key) as { value: string } | undefined;
  return row ? (JSON.parse(row.value) as unknown) : undefined;
}

/** Stores a setting (JSON). */
export function saveSetting(db: Db, key: string, value: unknown, now: string): void {
  prepared(db, 'insert into settings (key, value, updated_at) values (?, ?, ?) on conflict (key) do update set value = excluded.value, updated_at = excluded.updated_at').run(key, JSON.stringify(value), now);
}

/** Collaboration codes by id (a handful of rows). */
export function findCollaborationCodes(db: Db): Map<number, string> {
  const rows = prepared(db, 'select id, code from collaborations').all() as { id: number; code: string }[];
  return new Map(rows.map((r) => [r.id, r.code]));
}

/** The day the stored alerts were last computed for in full, or null before the first run. */
export function findMaterialisedDay(db: Db): string | null {
  const row = prepared(db, 'select day from alert_runs where finished_at is not null order by id desc limit 1').get() as { day: string } | undefined;
  return row?.day ?? null;
}

/** Records the start of a whole-register alert computation. */
export function startAlertRun(db: Db, day: string, now: string): number {
  return Number(prepared(db, 'insert into alert_runs (day, started_at) values (?, ?)').run(day, now).lastInsertRowid);
}

/** Marks a run finished: from now on the stored alerts are those of its day. */
export function finishAlertRun(db: Db, id: number, now: string, figures: { agreements: number; alerts: number; ms: number }): void {
  prepared(db, 'update alert_runs set finished_at = ?, agreements = ?, alerts = ?, ms = ? where id = ?').run(now, figures.agreements, figures.alerts, figures.ms, id);
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
