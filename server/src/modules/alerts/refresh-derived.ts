import { analyseLifecycle, type LifecycleAnalysis } from '@akkoord/shared/lifecycle/analyse-lifecycle';
import type { AppDeps } from '../../deps.ts';
import { countStaleDerived } from '../agreements/agreements.repo.ts';
import { derivedColumnsOf, sameDerivedValues } from '../agreements/lifecycle-columns.ts';
import { readRefreshChunks, writeComputedOn, writeDerivedColumns, type RefreshRecord } from '../agreements/refresh.repo.ts';
import { findSetting, saveSetting } from './alert-store.repo.ts';
import { alertsAreCurrent, createAlertRefresher, refreshDirtyAlerts, type AlertRefresher } from './refresh-alerts.ts';

// Rows are read and processed 1,000 at a time (little garbage survives a chunk); a transaction spans ten chunks:
// fewer commits and WAL checkpoints when much is written (a new installation: 12 s → 10 s), still bounded.
const CHUNK = 1000;
const CHUNKS_PER_TRANSACTION = 10;

/**
 * The day every agreement's derived columns were last computed for by a whole-register refresh that finished. Every
 * other write computes an agreement's columns for its own today, so while this is today no row can be stale, and a
 * restart on the same day need not count them (a scan of the whole table, some 100 ms before listening on 100,000
 * agreements). Cleared when a refresh starts, so one that stopped half-way leaves the count to decide.
 */
export const DERIVED_DAY_SETTING = 'derived.day';

/**
 * Recomputes the stored lifecycle columns of every agreement for `on`
 * (default today). Runs at start-up, daily, and after a rule change; the
 * columns let the register and alerts filter and sort with indexes. The
 * stored alerts of the day follow in the same transactions, sharing each
 * agreement's lifecycle analysis.
 */
export function refreshDerived(
  deps: AppDeps,
  opts: { on?: string; onlyStale?: boolean } = {},
): { checked: number; updated: number; ms: number; alerts: { agreements: number; alerts: number } } {
  const on = opts.on ?? deps.clock.today();
  const started = performance.now();
  const now = () => deps.clock.now().toISOString();
  // Nothing of another day: skip reading the whole register (a restart on the same day stays cheap).
  if (opts.onlyStale && derivedColumnsAreCurrent(deps, on) && alertsAreCurrent(deps, on)) {
    const written = refreshDirtyAlerts(deps, on);
    return { checked: 0, updated: 0, alerts: { agreements: 0, alerts: written }, ms: Math.round(performance.now() - started) };
  }
  saveSetting(deps.db, DERIVED_DAY_SETTING, null, now());
  const counts = { checked: 0, updated: 0 };
  const alerts = createAlertRefresher(deps, on, { onlyStale: opts.onlyStale ?? false });
  const chunks = readRefreshChunks(deps.db, CHUNK);
  for (let done = false; !done;) {
    deps.db.transaction(() => {
      for (let i = 0; i < CHUNKS_PER_TRANSACTION && !done; i++) {
        const next = chunks.next();
        if (next.done) done = true;
        else refreshChunk(deps, next.value, on, opts.onlyStale ?? false, alerts, counts);
      }
    });
  }
  const finished = alerts.finish();
  saveSetting(deps.db, DERIVED_DAY_SETTING, on, now());
  return { ...counts, alerts: finished, ms: Math.round(performance.now() - started) };
}

/** Whether every agreement's derived columns are of `on`: from the last whole refresh's day, else by counting. */
function derivedColumnsAreCurrent(deps: AppDeps, on: string): boolean {
  if (findSetting(deps.db, DERIVED_DAY_SETTING) === on) return true;
  if (countStaleDerived(deps.db, on) > 0) return false;
  saveSetting(deps.db, DERIVED_DAY_SETTING, on, deps.clock.now().toISOString());
  return true;
}

/** The derived columns and alerts of one chunk of agreements (inside the caller's transaction). */
function refreshChunk(deps: AppDeps, chunk: RefreshRecord[], on: string, onlyStale: boolean, alerts: AlertRefresher, counts: { checked: number; updated: number }): void {
  const analyses: (LifecycleAnalysis | null)[] = [];
  const sameValues: number[] = [];
  for (const row of chunk) {
    counts.checked++;
    if (onlyStale && row.stored.computedOn === on) {
      analyses.push(null); // made by the lifecycle alert source if it runs for this row
      continue;
    }
    const analysis = analyseLifecycle(row.lifecycle, on);
    analyses.push(analysis);
    const next = derivedColumnsOf(row.lifecycle, analysis);
    if (!sameDerivedValues(next, row.stored)) writeDerivedColumns(deps.db, row.id, next);
    else if (row.stored.computedOn !== on) sameValues.push(row.id);
    else continue;
    counts.updated++;
  }
  writeComputedOn(deps.db, sameValues, on);
  alerts.refreshChunk(chunk, analyses);
}
