import type { Db } from '../../db/client.ts';

/*
 * Alerts are read on every dashboard visit and refreshed for the whole
 * register daily, so the alerts repositories speak SQL directly with cached
 * prepared statements (as the register list does, docs/decisions/004).
 * Functions run inside the caller's transaction when there is one.
 */

// Every write to agreement_alerts goes through this process (one server per database), so a counter
// bumped on each write tells readers when a cached aggregate is still valid.
const generations = new WeakMap<Db, number>();

/** Marks the stored alerts as changed (call after writing agreement_alerts). */
export function bumpAlertGeneration(db: Db): void {
  generations.set(db, (generations.get(db) ?? 0) + 1);
}

/** The current write generation of the stored alerts. */
export function alertGeneration(db: Db): number {
  return generations.get(db) ?? 0;
}

/**
 * `column in (ids)` as SQL: a range scan when the ids are (nearly) one contiguous block, as the
 * refresh's id-ordered chunks are, else a JSON list. Callers filter range results to their ids.
 */
export function idsCondition(column: string, ids: number[]): { sql: string; params: unknown[] } {
  let min = Infinity;
  let max = -Infinity;
  for (const id of ids) {
    if (id < min) min = id;
    if (id > max) max = id;
  }
  if (max - min + 1 <= ids.length * 2) return { sql: `${column} between ? and ?`, params: [min, max] };
  return { sql: `${column} in (select value from json_each(?))`, params: [JSON.stringify(ids)] };
}
