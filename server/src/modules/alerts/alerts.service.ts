import { ALERT_KINDS, ALERT_SEVERITIES } from '@akkoord/shared/lifecycle/alert-types';
import type { AlertCounts, AlertCountsQuery, AlertItem, ListAlertsQuery } from '@akkoord/shared/schemas/alert';
import type { Page } from '@akkoord/shared/schemas/common';
import type { AppDeps } from '../../deps.ts';
import { actorOf, type RequestContext } from '../../http/context.ts';
import { AppError } from '../../http/errors.ts';
import { agreementVisibility } from '../agreements/agreement-visibility.ts';
import { refreshDerived } from './refresh-derived.ts';
import { recordAudit } from '../audit/audit.repo.ts';
import { redactChainAlerts } from '../chains/restricted-chain-alerts.ts';
import { viewOfStored } from './alert-view.ts';
import { addRegisterAlerts, alertStatesOf, collectOtherDay, ComputedAlerts, type ScanOptions } from './computed-alerts.ts';
import { countStoredAlerts, findCollaborationCodes, findStateTimes, listStoredAlerts, upsertAlertStates, type AlertFilter } from './alerts.repo.ts';
import { presentAlert } from './alerts.presenter.ts';
import { findMaterialisedDay } from './alert-store.repo.ts';
import { decodeAlertCursor, encodeAlertCursor } from './alert-cursor.ts';
import { refreshDirtyAlerts } from './refresh-alerts.ts';

function filterOf(ctx: RequestContext, q: AlertCountsQuery, on: string, codes: Map<number, string>): AlertFilter {
  const idOf = new Map([...codes].map(([id, code]) => [code, id]));
  const scope = ctx.user?.collaborationScope ?? null;
  return {
    kinds: q.kind,
    severities: q.severity,
    collaborationId: q.collaboration === undefined ? undefined : (idOf.get(q.collaboration) ?? -1),
    owner: q.owner,
    agreementId: q.agreement,
    scopeIds: scope ? scope.map((c) => idOf.get(c)).filter((id): id is number => id !== undefined) : null,
    state: q.state,
    userId: ctx.user?.id ?? 0,
    role: ctx.user?.role ?? null,
    on,
  };
}

/**
 * Brings the stored alerts up to date: a new day (or none stored yet) is
 * computed once for today; otherwise only agreements changed since are
 * redone. True when the stored alerts are those of `on`; any other day is
 * computed per request (synchronous: no other request runs in between).
 */
function useStoredAlerts(deps: AppDeps, on: string): boolean {
  const today = deps.clock.today();
  let day = findMaterialisedDay(deps.db);
  if (day !== on && (on === today || day === null)) {
    refreshDerived(deps, { on: today, onlyStale: true });
    day = today;
  } else {
    refreshDirtyAlerts(deps, day);
  }
  return day === on;
}

/** The register-wide alerts of a day whose agreement alerts are stored (a few, computed per request). */
function registerAlerts(deps: AppDeps, on: string, f: AlertFilter, after: string | null, keep: number): ComputedAlerts {
  const into = new ComputedAlerts(f, alertStatesOf(deps, f), after, keep);
  addRegisterAlerts(deps, on, into);
  return into;
}

/**
 * What needs attention on a day, most urgent first, one keyset page at a
 * time. The stored day reads indexed rows; any other day is computed for the
 * whole register, chunk by chunk, yielding to other requests between chunks
 * (see computed-alerts.ts).
 */
export async function listAlerts(deps: AppDeps, ctx: RequestContext, q: ListAlertsQuery, opts: ScanOptions = {}): Promise<Page<AlertItem>> {
  const on = q.on ?? deps.clock.today();
  const after = q.cursor ? decodeAlertCursor(q.cursor, on) : null;
  const codes = findCollaborationCodes(deps.db);
  const f = filterOf(ctx, q, on, codes);
  const stored = useStoredAlerts(deps, on);
  const computed = stored ? registerAlerts(deps, on, f, after, q.limit + 1) : await collectOtherDay(deps, on, f, after, q.limit + 1, opts);
  const storedViews = stored ? listStoredAlerts(deps.db, f, after, q.limit + 1).map((r) => viewOfStored(r, codes)) : [];
  const merged = [...storedViews, ...computed.views(deps.db, codes)].sort((a, b) => (a.sortKey < b.sortKey ? -1 : 1));
  const page = merged.slice(0, q.limit);
  const storedTotal = stored ? countStoredAlerts(deps.db, f).reduce((n, c) => n + c.n, 0) : 0;
  const last = page[page.length - 1];
  const times = findStateTimes(
    deps.db,
    f.userId,
    page.filter((v) => v.acknowledgedAt !== null || v.snoozedUntil !== null).map((v) => v.key),
  );
  return {
    // A chain alert naming an agreement outside the caller's collaborations is explained without it.
    items: redactChainAlerts(
      deps.db,
      agreementVisibility(ctx),
      page.map((v) => presentAlert(v, on, times.get(v.key) ?? null)),
    ),
    nextCursor: merged.length > q.limit && last ? encodeAlertCursor(on, last.sortKey) : null,
    total: storedTotal + computed.total,
  };
}

/** How many alerts need attention on a day, by kind and by severity (another day than the stored one: computed as for the list). */
export async function countAlerts(deps: AppDeps, ctx: RequestContext, q: AlertCountsQuery, opts: ScanOptions = {}): Promise<AlertCounts> {
  const on = q.on ?? deps.clock.today();
  const codes = findCollaborationCodes(deps.db);
  const f = filterOf(ctx, q, on, codes);
  const stored = useStoredAlerts(deps, on);
  const computed = stored ? registerAlerts(deps, on, f, null, 0) : await collectOtherDay(deps, on, f, null, 0, opts);
  const rows = [...(stored ? countStoredAlerts(deps.db, f) : []), ...computed.byKindAndSeverity()];
  const byKind = Object.fromEntries(ALERT_KINDS.map((k) => [k, 0])) as AlertCounts['byKind'];
  const bySeverity = Object.fromEntries(ALERT_SEVERITIES.map((s) => [s, 0])) as AlertCounts['bySeverity'];
  let total = 0;
  for (const r of rows) {
    byKind[r.kind as keyof typeof byKind] += r.n;
    bySeverity[r.severity as keyof typeof bySeverity] += r.n;
    total += r.n;
  }
  return { on, total, byKind, bySeverity };
}

type StateChange = { action: 'acknowledge' } | { action: 'snooze'; until: string } | { action: 'reopen' };

/** Acknowledges, snoozes or reopens alerts for the signed-in user, with an audit event, in one transaction. */
export function changeAlertState(deps: AppDeps, ctx: RequestContext, keys: string[], change: StateChange): { updated: number } {
  if (!ctx.user) throw new AppError('unauthenticated', 'Meld u aan om verder te gaan');
  const userId = ctx.user.id;
  const now = deps.clock.now().toISOString();
  if (change.action === 'snooze' && change.until <= deps.clock.today()) {
    throw new AppError('validation_failed', 'Sluimer tot een dag na vandaag', { errors: [{ field: 'body.until', message: 'Moet na vandaag liggen' }] });
  }
  const state =
    change.action === 'acknowledge'
      ? { acknowledgedAt: now, snoozedUntil: null }
      : change.action === 'snooze'
        ? { acknowledgedAt: null, snoozedUntil: change.until }
        : { acknowledgedAt: null, snoozedUntil: null };
  const unique = [...new Set(keys)];
  return deps.db.transaction((tx) => {
    const updated = upsertAlertStates(deps.db, userId, unique, state, now);
    recordAudit(tx, { at: now, ...actorOf(ctx), entityType: 'alert_state', entityId: userId, action: change.action, after: { keys: unique, ...state }, requestId: ctx.requestId });
    return { updated };
  });
}
