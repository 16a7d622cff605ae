import { analyseLifecycle, type LifecycleAnalysis } from '@akkoord/shared/lifecycle/analyse-lifecycle';
import type { AppDeps } from '../../deps.ts';
import { countStaleDerived } from './agreements.repo.ts';
import { derivedColumnsOf, sameDerivedValues } from './lifecycle-columns.ts';
import { readRefreshChunks, writeComputedOn, writeDerivedColumns } from './refresh.repo.ts';
import { alertsAreCurrent, createAlertRefresher, refreshDirtyAlerts } from '../alerts/refresh-alerts.ts';

/**
 * Recomputes the stored lifecycle columns of every agreement for `on`
 * (default today). Runs at start-up, daily, and after a rule change; the
 * columns let the register and alerts filter and sort with indexes. The
 * stored alerts of the day follow in the same chunk transactions, sharing
 * each agreement's lifecycle analysis.
 */
export function refreshDerived(
  deps: AppDeps,
  opts: { on?: string; onlyStale?: boolean } = {},
): { checked: number; updated: number; ms: number; alerts: { agreements: number; alerts: number } } {
  const on = opts.on ?? deps.clock.today();
  const started = performance.now();
  // Nothing of another day: skip reading the whole register (a restart on the same day stays cheap).
  if (opts.onlyStale && countStaleDerived(deps.db, on) === 0 && alertsAreCurrent(deps, on)) {
    const written = refreshDirtyAlerts(deps, on);
    return { checked: 0, updated: 0, alerts: { agreements: 0, alerts: written }, ms: Math.round(performance.now() - started) };
  }
  let checked = 0;
  let updated = 0;
  const alerts = createAlertRefresher(deps, on, { onlyStale: opts.onlyStale ?? false });
  for (const chunk of readRefreshChunks(deps.db)) {
    deps.db.transaction(() => {
      const analyses: (LifecycleAnalysis | null)[] = [];
      const sameValues: number[] = [];
      for (const row of chunk) {
        checked++;
        if (opts.onlyStale && row.stored.computedOn === on) {
          analyses.push(null); // made by the lifecycle alert source if it runs for this row
          continue;
        }
        const analysis = analyseLifecycle(row.lifecycle, on);
        analyses.push(analysis);
        const next = derivedColumnsOf(row.lifecycle, analysis);
        if (!sameDerivedValues(next, row.stored)) writeDerivedColumns(deps.db, row.id, next);
        else if (row.stored.computedOn !== on) sameValues.push(row.id);
        else continue;
        updated++;
      }
      writeComputedOn(deps.db, sameValues, on);
      alerts.refreshChunk(chunk, analyses);
    });
  }
  return { checked, updated, alerts: alerts.finish(), ms: Math.round(performance.now() - started) };
}
