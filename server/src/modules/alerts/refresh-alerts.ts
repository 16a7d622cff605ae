import { alertSortKey } from '@akkoord/shared/lifecycle/alert-types';
import type { Db } from '../../db/client.ts';
import type { AppDeps } from '../../deps.ts';
import { findAgreementRow, iterateAgreementRows, type RefreshRow } from '../agreements/agreements.repo.ts';
import type { AlertRecord } from './alert-record.ts';
import { agreementAlertSources, type AgreementAlertSource, type AgreementAlertSubject } from './alert-sources.ts';
import {
  clearDirty,
  filterDirty,
  findDirtyAgreementIds,
  findIdsWithParties,
  findIdsWithSuccessor,
  findMaterialisedDay,
  findSetting,
  finishAlertRun,
  saveSetting,
  startAlertRun,
  syncStoredAlerts,
} from './alert-store.repo.ts';
import { findCollaborationCodes, listStoredRecords, type StoredAlertInsert } from './alerts.repo.ts';

const SOURCES_SETTING = 'alerts.sources';
const signature = () => agreementAlertSources.map((s) => `${s.name}@${s.version}`).join(',');

/** Runs alert sources over a batch of rows (archived agreements have no alerts); `sourcesFor` picks the sources per row. */
export function computeAlertRecords(
  db: Db,
  rows: RefreshRow[],
  on: string,
  codes: Map<number, string>,
  sourcesFor: (row: RefreshRow) => readonly AgreementAlertSource[] = () => agreementAlertSources,
): AlertRecord[] {
  const live = rows.filter((r) => r.archivedAt === null);
  const ids = live.map((r) => r.id);
  const withParties = findIdsWithParties(db, ids);
  const withSuccessor = findIdsWithSuccessor(db, ids);
  const byId = new Map(live.map((r) => [r.id, r]));
  const subjectsOf = new Map<AgreementAlertSource, AgreementAlertSubject[]>(agreementAlertSources.map((s) => [s, []]));
  for (const row of live) {
    const subject = {
      row,
      collaborationCode: row.collaborationId === null ? null : (codes.get(row.collaborationId) ?? null),
      hasParties: withParties.has(row.id),
      hasSuccessor: withSuccessor.has(row.id),
    };
    for (const source of sourcesFor(row)) subjectsOf.get(source)?.push(subject);
  }
  const out: AlertRecord[] = [];
  for (const [source, subjects] of subjectsOf) {
    if (!subjects.length) continue;
    for (const alert of source.compute(db, subjects, on)) {
      const row = byId.get(alert.agreementId ?? -1);
      // Sources return fresh objects: extend them in place rather than copying 180,000 of them.
      out.push(Object.assign(alert, { source: source.name, agreementTitle: row?.title ?? null, collaborationId: row?.collaborationId ?? null, ownerName: row?.ownerName ?? null, ownerEmail: row?.ownerEmail ?? null }));
    }
  }
  return out;
}

function toInsert(a: AlertRecord): StoredAlertInsert {
  return {
    key: a.key,
    agreementId: a.agreementId as number,
    source: a.source,
    collaborationId: a.collaborationId,
    ownerName: a.ownerName,
    ownerEmail: a.ownerEmail,
    kind: a.kind,
    severity: a.severity,
    reasonCode: a.reasonCode,
    dueDate: a.dueDate,
    dueDay: a.dueDay,
    leadDays: a.leadDays,
    explanation: a.explanation,
    sortKey: alertSortKey(a),
  };
}

/**
 * Recomputes and stores the alerts of these rows for the chosen sources
 * (inside the caller's transaction); rows that had every source redone lose
 * their dirty mark. Returns the number of alert sets rewritten.
 */
function storeAlertsFor(
  db: Db,
  rows: RefreshRow[],
  on: string,
  codes: Map<number, string>,
  sourcesFor: (row: RefreshRow) => readonly AgreementAlertSource[],
  force: (id: number) => boolean,
): number {
  const records = computeAlertRecords(db, rows, on, codes, sourcesFor).filter((a) => a.agreementId !== null);
  const byId = new Map(rows.map((r) => [r.id, r]));
  const names = (id: number) => {
    const row = byId.get(id);
    return row ? sourcesFor(row).map((s) => s.name) : [];
  };
  const written = syncStoredAlerts(db, rows.map((r) => r.id), names, records.map(toInsert), force);
  clearDirty(db, rows.filter((r) => sourcesFor(r).length === agreementAlertSources.length).map((r) => r.id));
  return written;
}

/** Follows the lifecycle refresh chunk by chunk (see refreshDerived) and stores the alerts of the day. */
export interface AlertRefresher {
  refreshChunk(rows: RefreshRow[]): void;
  finish(): { agreements: number; alerts: number };
}

/**
 * Whole-register alerts for `on`. A new day (or `onlyStale: false`, e.g. after
 * a rule change) recomputes the day-dependent sources for every agreement and
 * the others where something changed (or their rules did); the same day with
 * `onlyStale` redoes only agreements marked dirty. Only changed rows are written.
 */
/** True when the stored alerts are those of `on` under the current rules (only dirty marks may remain). */
export function alertsAreCurrent(deps: AppDeps, on: string): boolean {
  return findMaterialisedDay(deps.db) === on && findSetting(deps.db, SOURCES_SETTING) === signature();
}

export function createAlertRefresher(deps: AppDeps, on: string, opts: { onlyStale: boolean }): AlertRefresher {
  const started = performance.now();
  const newDay = !opts.onlyStale || findMaterialisedDay(deps.db) !== on;
  // Sources whose name@version differs from the stored signature are redone for every agreement;
  // the others only where needed (a lifecycle rule change does not re-run the chain rules).
  const stored = findSetting(deps.db, SOURCES_SETTING);
  const storedParts = new Set(typeof stored === 'string' ? stored.split(',') : []);
  const changedSources = agreementAlertSources.filter((s) => !storedParts.has(`${s.name}@${s.version}`));
  const rulesChanged = changedSources.length > 0;
  const runId = newDay ? startAlertRun(deps.db, on, deps.clock.now().toISOString()) : null;
  const codes = findCollaborationCodes(deps.db);
  const regular = agreementAlertSources.filter((s) => (newDay && s.perDay) || changedSources.includes(s));
  let agreements = 0;
  let written = 0;
  return {
    refreshChunk(rows) {
      const dirty = filterDirty(deps.db, rows.map((r) => r.id));
      const sourcesFor = (row: RefreshRow) => (dirty.has(row.id) ? agreementAlertSources : regular);
      const todo = rows.filter((r) => sourcesFor(r).length > 0);
      if (!todo.length) return;
      agreements += todo.length;
      written += storeAlertsFor(deps.db, todo, on, codes, sourcesFor, (id) => rulesChanged || dirty.has(id));
    },
    finish() {
      // Neighbours marked dirty by later chunks (chain rules read their derived dates) are redone now.
      written += refreshDirtyAlerts(deps, on);
      if (rulesChanged) saveSetting(deps.db, SOURCES_SETTING, signature(), deps.clock.now().toISOString());
      if (runId !== null) finishAlertRun(deps.db, runId, deps.clock.now().toISOString(), { agreements, alerts: written, ms: Math.round(performance.now() - started) });
      return { agreements, alerts: written };
    },
  };
}

/** Rewrites the alerts of agreements changed since they were stored (the triggers mark them); cheap when nothing changed. */
export function refreshDirtyAlerts(deps: AppDeps, on: string): number {
  let written = 0;
  const codes = findCollaborationCodes(deps.db);
  for (;;) {
    const ids = findDirtyAgreementIds(deps.db, 500);
    if (!ids.length) return written;
    deps.db.transaction(() => {
      const rows = ids.map((id) => findAgreementRow(deps.db, id)).filter((r): r is NonNullable<typeof r> => r !== undefined);
      written += storeAlertsFor(deps.db, rows, on, codes, () => agreementAlertSources, () => true);
      clearDirty(deps.db, ids); // including ids without a row, so this never loops
    });
  }
}

/**
 * Every agreement alert for a day other than the stored one (planning
 * ahead): the day-dependent sources are computed, the others (which do not
 * change with the day) are read from the stored, up-to-date alerts.
 */
export function computeAllAlertRecords(deps: AppDeps, on: string): AlertRecord[] {
  const codes = findCollaborationCodes(deps.db);
  const perDay = agreementAlertSources.filter((s) => s.perDay);
  const out = listStoredRecords(deps.db, agreementAlertSources.filter((s) => !s.perDay).map((s) => s.name)).map((r) => ({
    ...r,
    collaborationCode: r.collaborationId === null ? null : (codes.get(r.collaborationId) ?? null),
  }));
  for (const chunk of iterateAgreementRows(deps.db)) for (const r of computeAlertRecords(deps.db, chunk, on, codes, () => perDay)) out.push(r);
  return out;
}
