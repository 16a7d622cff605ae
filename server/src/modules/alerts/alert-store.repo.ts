import type { Db } from '../../db/client.ts';
import { prepared } from '../../db/statements.ts';
import { bumpAlertGeneration, idsCondition } from './alert-statements.repo.ts';
import type { StoredAlertInsert } from './alerts.repo.ts';

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
  const inIds = idsCondition('agreement_id', agreementIds);
  const markRows = prepared(db, `select agreement_id as id, source, fingerprint from alert_marks where ${inIds.sql}`).all(...inIds.params) as {
    id: number;
    source: string;
    fingerprint: string;
  }[];
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
  if (rewritten > 0) bumpAlertGeneration(db);
  return rewritten;
}

/** Ids of agreements that a successor `renews` or `supersedes`. */
export function findIdsWithSuccessor(db: Db, ids: number[]): Set<number> {
  return idsHaving(db, ids, "select distinct target_id as id from agreement_relations where kind in ('renews', 'supersedes') and", 'target_id');
}

/** Those of `ids` that the query (ending in "where … and") finds in `column`. */
function idsHaving(db: Db, ids: number[], query: string, column: string): Set<number> {
  if (!ids.length) return new Set();
  const inIds = idsCondition(column, ids);
  const wanted = new Set(ids);
  const found = new Set<number>();
  for (const r of prepared(db, `${query} ${inIds.sql}`).all(...inIds.params) as { id: number }[]) if (wanted.has(r.id)) found.add(r.id);
  return found;
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
  return idsHaving(db, ids, 'select agreement_id as id from alert_dirty where', 'agreement_id');
}

/** Those of the ids that have at least one party. */
export function findIdsWithParties(db: Db, ids: number[]): Set<number> {
  return idsHaving(db, ids, 'select distinct agreement_id as id from agreement_parties where', 'agreement_id');
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
