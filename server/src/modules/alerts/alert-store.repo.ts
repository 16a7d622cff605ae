import { alertSortKey, type Alert } from '@akkoord/shared/lifecycle/alert-types';
import type { Db } from '../../db/client.ts';
import { prepared } from '../../db/statements.ts';
import { bumpAlertGeneration, idsCondition } from './alert-statements.repo.ts';

/*
 * Fingerprints: a 53-bit hash (cyrb53) per agreement and source over every
 * stored column of its alerts, the explanation included (the characters of
 * its JSON text, mixed in as JSON.stringify would write them, without building
 * the text: only changed sets need it). The state lives in two variables so
 * hashing allocates nothing; `beginHash` seeds it with the number of alerts.
 */
let h1 = 0;
let h2 = 0;

function beginHash(count: number): void {
  h1 = 0xdeadbeef ^ count;
  h2 = 0x41c6ce57 ^ count;
}

/** Mixes one field into the hash; null and every text end differently, so fields cannot run into each other. */
function hashField(text: string | null): void {
  let a = h1;
  let b = h2;
  if (text !== null) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      a = Math.imul(a ^ c, 2654435761);
      b = Math.imul(b ^ c, 1597334677);
    }
  }
  const end = text === null ? 0x110000 : 0x110001; // beyond any UTF-16 code unit
  h1 = Math.imul(a ^ end, 2654435761);
  h2 = Math.imul(b ^ end, 1597334677);
}

/** Mixes one UTF-16 code unit into the hash (as hashField does for each character of a text). */
function mix(c: number): void {
  h1 = Math.imul(h1 ^ c, 2654435761);
  h2 = Math.imul(h2 ^ c, 1597334677);
}

function mixText(text: string): void {
  for (let i = 0; i < text.length; i++) mix(text.charCodeAt(i));
}

const HEX = '0123456789abcdef';

/** Mixes in a string as JSON.stringify writes it: quoted, with `"`, `\\`, control characters and lone surrogates escaped. */
function mixJsonString(text: string): void {
  mix(34);
  let a = h1;
  let b = h2;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x20 && c !== 34 && c !== 92 && (c < 0xd800 || c > 0xdfff)) {
      a = Math.imul(a ^ c, 2654435761);
      b = Math.imul(b ^ c, 1597334677);
      continue;
    }
    h1 = a;
    h2 = b;
    const next = text.charCodeAt(i + 1);
    if (c >= 0xd800 && c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
      mix(c); // a well-formed pair stays as it is
      mix(next);
      i++;
    } else if (c >= 0xd800) {
      mixText(`\\u${c.toString(16)}`);
    } else {
      const short = c === 34 ? '"' : c === 92 ? '\\' : c === 8 ? 'b' : c === 12 ? 'f' : c === 10 ? 'n' : c === 13 ? 'r' : c === 9 ? 't' : null;
      mix(92);
      if (short !== null) mix(short.charCodeAt(0));
      else mixText(`u00${HEX[c >> 4]}${HEX[c & 15]}`);
    }
    a = h1;
    b = h2;
  }
  h1 = a;
  h2 = b;
  mix(34);
}

/** Marks a value the streaming JSON hash does not take (the caller hashes JSON.stringify's text instead). */
class NotPlainJson extends Error {}

/** Mixes in exactly what JSON.stringify(value) writes, for plain JSON data; throws NotPlainJson for anything else. */
function mixJson(value: unknown): void {
  if (value === null) return mixText('null');
  switch (typeof value) {
    case 'string':
      return mixJsonString(value);
    case 'number':
      return mixText(Number.isFinite(value) ? String(value) : 'null');
    case 'boolean':
      return mixText(value ? 'true' : 'false');
    case 'object':
      break;
    default:
      throw new NotPlainJson();
  }
  const proto = Object.getPrototypeOf(value) as unknown;
  if (Array.isArray(value) && proto === Array.prototype) {
    mix(91);
    for (let i = 0; i < value.length; i++) {
      if (i > 0) mix(44);
      const item: unknown = value[i];
      if (item === undefined || typeof item === 'function' || typeof item === 'symbol') mixText('null');
      else mixJson(item);
    }
    return mix(93);
  }
  // Only plain objects without toJSON: JSON.stringify writes their own enumerable string keys in Object.keys order.
  if (proto !== Object.prototype && proto !== null) throw new NotPlainJson();
  if (typeof (value as { toJSON?: unknown }).toJSON === 'function') throw new NotPlainJson();
  mix(123);
  let first = true;
  for (const key of Object.keys(value)) {
    const item = (value as Record<string, unknown>)[key];
    if (item === undefined || typeof item === 'function' || typeof item === 'symbol') continue;
    if (!first) mix(44);
    first = false;
    mixJsonString(key);
    mix(58);
    mixJson(item);
  }
  mix(125);
}

/**
 * Mixes one field holding JSON.stringify(value) into the hash, the same as
 * hashField(JSON.stringify(value)) but without building the text (most sets are
 * unchanged and never need it): an alert's explanation is written as JSON.
 */
function hashJsonField(value: unknown): void {
  const a = h1;
  const b = h2;
  try {
    mixJson(value);
  } catch (error) {
    if (!(error instanceof NotPlainJson)) throw error;
    h1 = a;
    h2 = b;
    mixText(JSON.stringify(value));
  }
  const end = 0x110001; // as hashField ends a text
  h1 = Math.imul(h1 ^ end, 2654435761);
  h2 = Math.imul(h2 ^ end, 1597334677);
}

function endHash(): string {
  const a = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  const b = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(a ^ (a >>> 13), 3266489909);
  return String(4294967296 * (2097151 & b) + (a >>> 0)); // decimal: a tenth of the cost of toString(16)
}

const text = (n: number | null) => (n === null ? null : String(n));

/** Fingerprints of one field holding JSON.stringify(value): hashed as that text, and streamed from the value (for tests: they must agree). */
export function jsonFieldFingerprints(value: unknown): { viaText: string; streamed: string } {
  beginHash(1);
  hashField(JSON.stringify(value));
  const viaText = endHash();
  beginHash(1);
  hashJsonField(value);
  return { viaText, streamed: endHash() };
}

/** One agreement's alerts from one source, with what every stored row of it repeats. */
export interface AlertSet {
  agreementId: number;
  collaborationId: number | null;
  ownerName: string | null;
  ownerEmail: string | null;
  alerts: readonly Alert[];
}

/** A stored alert as read back: agreement, key, then the columns in the order of COLUMNS. */
type StoredValues = [
  agreementId: number,
  key: string,
  collaborationId: number | null,
  ownerName: string | null,
  ownerEmail: string | null,
  kind: string,
  severity: string,
  reasonCode: string,
  dueDate: string | null,
  dueDay: string | null,
  leadDays: number | null,
  explanation: string,
  sortKey: string,
];
const COLUMNS = 'collaboration_id, owner_name, owner_email, kind, severity, reason_code, due_date, due_day, lead_days, explanation, sort_key';

// The sort key of each alert of the set last fingerprinted (kept for writing it when it changed).
const texts: string[] = [];

/** The fingerprint of what the stored rows of this set must hold. */
function fingerprintOf(set: AlertSet): string {
  beginHash(set.alerts.length);
  if (set.alerts.length) {
    hashField(text(set.collaborationId));
    hashField(set.ownerName);
    hashField(set.ownerEmail);
  }
  let i = 0;
  for (const a of set.alerts) {
    const sortKey = alertSortKey(a);
    texts[i++] = sortKey;
    hashField(a.key);
    hashField(a.kind);
    hashField(a.severity);
    hashField(a.reasonCode);
    hashField(a.dueDate);
    hashField(a.dueDay);
    hashField(text(a.leadDays));
    hashField(sortKey);
    hashJsonField(a.explanation);
  }
  return endHash();
}

/**
 * Makes the stored alerts of these agreements from `source` equal to `sets`
 * (one per agreement; an agreement without alerts has an empty set). A
 * fingerprint per agreement and source (alert_marks) skips the sets that did
 * not change, which is nearly all of them from one day to the next and after
 * a rule change that changes no text. A changed set is compared row by row
 * with what is stored: only new, changed and vanished alerts are written (an
 * alert whose only change is its explanation gets just that column), so an
 * alert keeps its row and key, and with them its acknowledgements and snoozes.
 * Returns the number of sets that were brought up to date.
 */
export function syncStoredAlerts(db: Db, source: string, sets: readonly AlertSet[]): number {
  if (!sets.length) return 0;
  const inIds = idsCondition(
    'agreement_id',
    sets.map((s) => s.agreementId),
  );
  const marks = new Map(
    prepared(db, `select agreement_id, fingerprint from alert_marks where source = ? and ${inIds.sql}`)
      .raw(true)
      .all(source, ...inIds.params) as [number, string][],
  );
  const changed: { set: AlertSet; fingerprint: string; sortKeys: string[] }[] = [];
  for (const set of sets) {
    const fingerprint = fingerprintOf(set);
    if (marks.get(set.agreementId) !== fingerprint) changed.push({ set, fingerprint, sortKeys: texts.slice(0, set.alerts.length) });
  }
  if (!changed.length) return 0;

  const storedOf = new Map<number, Map<string, StoredValues>>();
  const stored = prepared(db, `select agreement_id, key, ${COLUMNS} from agreement_alerts where source = ? and agreement_id in (select value from json_each(?))`)
    .raw(true)
    .all(source, JSON.stringify(changed.map((c) => c.set.agreementId))) as StoredValues[];
  for (const row of stored) {
    let byKey = storedOf.get(row[0]);
    if (!byKey) storedOf.set(row[0], (byKey = new Map()));
    byKey.set(row[1], row);
  }
  const insert = prepared(db, `insert or replace into agreement_alerts (key, agreement_id, source, ${COLUMNS}) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const update = prepared(
    db,
    `update agreement_alerts set agreement_id = ?, source = ?, collaboration_id = ?, owner_name = ?, owner_email = ?, kind = ?, severity = ?, reason_code = ?,
       due_date = ?, due_day = ?, lead_days = ?, explanation = ?, sort_key = ? where key = ?`,
  );
  const updateExplanation = prepared(db, 'update agreement_alerts set explanation = ? where key = ?');
  const remove = prepared(db, 'delete from agreement_alerts where key = ?');
  let rowsWritten = 0;
  for (const { set, sortKeys } of changed) {
    const before = storedOf.get(set.agreementId);
    set.alerts.forEach((a, i) => {
      const sortKey = sortKeys[i]!;
      const explanation = JSON.stringify(a.explanation);
      const old = before?.get(a.key);
      before?.delete(a.key);
      const values = [set.collaborationId, set.ownerName, set.ownerEmail, a.kind, a.severity, a.reasonCode, a.dueDate, a.dueDay, a.leadDays, explanation, sortKey] as const;
      if (!old) {
        insert.run(a.key, set.agreementId, source, ...values);
      } else if (values.some((v, c) => c !== 9 && v !== old[c + 2])) {
        update.run(set.agreementId, source, ...values, a.key);
      } else if (explanation !== old[11]) {
        updateExplanation.run(explanation, a.key);
      } else {
        return;
      }
      rowsWritten++;
    });
    for (const key of before?.keys() ?? []) {
      remove.run(key);
      rowsWritten++;
    }
  }
  // The new fingerprints in one statement (a few thousand after a change of format or rules).
  prepared(
    db,
    `insert into alert_marks (agreement_id, source, fingerprint) select value ->> 0, ?, value ->> 1 from json_each(?) where true
       on conflict (agreement_id, source) do update set fingerprint = excluded.fingerprint`,
  ).run(source, JSON.stringify(changed.map((c) => [c.set.agreementId, c.fingerprint])));
  if (rowsWritten > 0) bumpAlertGeneration(db);
  return changed.length;
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
  for (const id of prepared(db, `${query} ${inIds.sql}`)
    .pluck(true)
    .all(...inIds.params) as number[])
    if (wanted.has(id)) found.add(id);
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
  prepared(db, 'insert into settings (key, value, updated_at) values (?, ?, ?) on conflict (key) do update set value = excluded.value, updated_at = excluded.updated_at').run(
    key,
    JSON.stringify(value),
    now,
  );
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
