import type { AppDeps } from '../../deps.ts';
import { countStaleDerived, iterateAgreementRows, setDerivedColumns } from './agreements.repo.ts';
import { deriveColumns } from './lifecycle-columns.ts';
import { alertsAreCurrent, createAlertRefresher, refreshDirtyAlerts } from '../alerts/refresh-alerts.ts';

/**
 * Recomputes the stored lifecycle columns of every agreement for `on`
 * (default today). Runs at start-up, daily, and after a rule change; the
 * columns let the register and alerts filter and sort with indexes. The
 * stored alerts of the day follow in the same chunk transactions.
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
  for (const chunk of iterateAgreementRows(deps.db)) {
    deps.db.transaction((tx) => {
      for (const row of chunk) {
        checked++;
        if (opts.onlyStale && row.computedOn === on) continue;
        const next = deriveColumns(row, on);
        const changed = (Object.keys(next) as (keyof typeof next)[]).some((k) => next[k] !== row[k]);
        if (changed) {
          setDerivedColumns(tx, row.id, next);
          updated++;
        }
      }
      alerts.refreshChunk(chunk);
    });
  }
  return { checked, updated, alerts: alerts.finish(), ms: Math.round(performance.now() - started) };
}
