import { alertSortKey } from '@akkoord/shared/lifecycle/alert-types';
import type { Db } from '../../db/client.ts';
import type { AppDeps } from '../../deps.ts';
import { findAgreementRow, findIdsWithSuccessor, iterateAgreementRows, type AgreementRow } from '../agreements/agreements.repo.ts';
import type { AlertRecord } from './alert-record.ts';
import { agreementAlertSources, type AgreementAlertSubject } from './alert-sources.ts';
import {
  filterDirty,
  findCollaborationCodes,
  findDirtyAgreementIds,
  findIdsWithParties,
  findMaterialisedDay,
  finishAlertRun,
  replaceStoredAlerts,
  startAlertRun,
  type StoredAlertInsert,
} from './alerts.repo.ts';

/** Runs every agreement alert source over a batch of rows (archived agreements have no alerts). */
export function computeAlertRecords(db: Db, rows: AgreementRow[], on: string, codes: Map<number, string>): AlertRecord[] {
  const live = rows.filter((r) => r.archivedAt === null);
  const ids = live.map((r) => r.id);
  const withParties = findIdsWithParties(db, ids);
  const withSuccessor = findIdsWithSuccessor(db, ids);
  const subjects: AgreementAlertSubject[] = live.map((row) => ({
    row,
    collaborationCode: row.collaborationId === null ? null : (codes.get(row.collaborationId) ?? null),
    hasParties: withParties.has(row.id),
    hasSuccessor: withSuccessor.has(row.id),
  }));
  const byId = new Map(live.map((r) => [r.id, r]));
  return agreementAlertSources.flatMap((source) =>
    source.compute(db, subjects, on).map((alert) => {
      const row = byId.get(alert.agreementId ?? -1);
      return {
        ...alert,
        source: source.name,
        agreementTitle: row?.title ?? null,
        collaborationId: row?.collaborationId ?? null,
        ownerName: row?.ownerName ?? null,
        ownerEmail: row?.ownerEmail ?? null,
      };
    }),
  );
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

/** Recomputes and stores the alerts of these rows (inside the caller's transaction); returns how many were written. */
export function storeAlertsFor(db: Db, rows: AgreementRow[], on: string, codes: Map<number, string>): number {
  const records = computeAlertRecords(db, rows, on, codes).filter((a) => a.agreementId !== null);
  replaceStoredAlerts(db, rows.map((r) => r.id), records.map(toInsert));
  return records.length;
}

/** Follows the lifecycle refresh chunk by chunk (see refreshDerived) and stores the alerts of the day. */
export interface AlertRefresher {
  refreshChunk(rows: AgreementRow[]): void;
  finish(): { agreements: number; alerts: number };
}

/**
 * Whole-register alerts for `on`: every row, unless `onlyStale` and the
 * stored alerts are already of that day (then only rows marked dirty).
 */
export function createAlertRefresher(deps: AppDeps, on: string, opts: { onlyStale: boolean }): AlertRefresher {
  const started = performance.now();
  const everything = !opts.onlyStale || findMaterialisedDay(deps.db) !== on;
  const runId = everything ? startAlertRun(deps.db, on, deps.clock.now().toISOString()) : null;
  const codes = findCollaborationCodes(deps.db);
  let agreements = 0;
  let alerts = 0;
  return {
    refreshChunk(rows) {
      const dirty = everything ? null : filterDirty(deps.db, rows.map((r) => r.id));
      const todo = dirty ? rows.filter((r) => dirty.has(r.id)) : rows;
      if (!todo.length) return;
      agreements += todo.length;
      alerts += storeAlertsFor(deps.db, todo, on, codes);
    },
    finish() {
      // Neighbours marked dirty by later chunks (chain rules read their derived dates) are redone now.
      agreements += refreshDirtyAlerts(deps, on);
      if (runId !== null) finishAlertRun(deps.db, runId, deps.clock.now().toISOString(), { agreements, alerts, ms: Math.round(performance.now() - started) });
      return { agreements, alerts };
    },
  };
}

/** Rewrites the alerts of agreements changed since they were stored (the triggers mark them); cheap when nothing changed. */
export function refreshDirtyAlerts(deps: AppDeps, on: string): number {
  let done = 0;
  const codes = findCollaborationCodes(deps.db);
  for (;;) {
    const ids = findDirtyAgreementIds(deps.db, 500);
    if (!ids.length) return done;
    deps.db.transaction(() => {
      const rows = ids.map((id) => findAgreementRow(deps.db, id)).filter((r): r is NonNullable<typeof r> => r !== undefined);
      storeAlertsFor(deps.db, rows, on, codes);
      // Ids without a row (cannot happen with archiving, but never loop forever).
      replaceStoredAlerts(deps.db, ids.filter((id) => !rows.some((r) => r.id === id)), []);
    });
    done += ids.length;
  }
}

/** Every agreement alert for a day other than the stored one (planning ahead): computed, not stored. */
export function computeAllAlertRecords(deps: AppDeps, on: string): AlertRecord[] {
  const codes = findCollaborationCodes(deps.db);
  const out: AlertRecord[] = [];
  for (const chunk of iterateAgreementRows(deps.db)) out.push(...computeAlertRecords(deps.db, chunk, on, codes));
  return out;
}
