import type { Alert } from '@akkoord/shared/lifecycle/alert-types';
import type { LifecycleAnalysis } from '@akkoord/shared/lifecycle/analyse-lifecycle';
import type { LifecycleInput } from '@akkoord/shared/lifecycle/compute-lifecycle';
import type { Db } from '../../db/client.ts';
import type { AppDeps } from '../../deps.ts';
import { findAgreementRow, type AgreementRow } from '../agreements/agreements.repo.ts';
import { readRefreshChunks } from '../agreements/refresh.repo.ts';
import { lifecycleInputOf, type LifecycleColumns } from '../agreements/lifecycle-columns.ts';
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
  type AlertSet,
} from './alert-store.repo.ts';
import { completeStoredAlerts, findCollaborationCodes, listStoredAlertHeads, type StoredAlertRecord } from './alerts.repo.ts';

const SOURCES_SETTING = 'alerts.sources';
const signature = () => agreementAlertSources.map((s) => `${s.name}@${s.version}`).join(',');

/** An agreement as the stored alerts need it: what every alert row repeats, and the lifecycle facts. */
export interface AlertAgreement {
  id: number;
  collaborationId: number | null;
  ownerName: string | null;
  ownerEmail: string | null;
  archived: boolean;
  lifecycle: LifecycleInput;
}

/** A stored agreement row as the alert refresh reads it. */
export function alertAgreementOf(row: LifecycleColumns & Pick<AgreementRow, 'id' | 'collaborationId' | 'ownerName' | 'ownerEmail' | 'archivedAt'>): AlertAgreement {
  return {
    id: row.id,
    collaborationId: row.collaborationId,
    ownerName: row.ownerName,
    ownerEmail: row.ownerEmail,
    archived: row.archivedAt !== null,
    lifecycle: lifecycleInputOf(row),
  };
}

const NO_ALERTS: readonly Alert[] = Object.freeze([]);

/**
 * Runs each source over the agreements it is chosen for (`sourcesFor`, by
 * position; archived agreements have no alerts) and hands every agreement's
 * result to `take`, empty results included. `analyses` holds the lifecycle
 * analyses for `on` where the caller already made them.
 */
function runSources(
  db: Db,
  agreements: readonly AlertAgreement[],
  analyses: readonly (LifecycleAnalysis | null)[] | null,
  on: string,
  codes: Map<number, string>,
  sourcesFor: (index: number) => readonly AgreementAlertSource[],
  take: (source: AgreementAlertSource, chosen: AlertAgreement[], alertsOf: Map<number, Alert[]>) => void,
): void {
  const live = agreements.filter((a, i) => !a.archived && sourcesFor(i).length > 0).map((a) => a.id);
  const withParties = findIdsWithParties(db, live);
  const withSuccessor = findIdsWithSuccessor(db, live);
  for (const source of agreementAlertSources) {
    const chosen: AlertAgreement[] = [];
    const subjects: AgreementAlertSubject[] = [];
    agreements.forEach((a, i) => {
      if (!sourcesFor(i).includes(source)) return;
      chosen.push(a);
      if (a.archived) return;
      subjects.push({
        id: a.id,
        ownerName: a.ownerName,
        collaborationCode: a.collaborationId === null ? null : (codes.get(a.collaborationId) ?? null),
        hasParties: withParties.has(a.id),
        hasSuccessor: withSuccessor.has(a.id),
        lifecycle: a.lifecycle,
        analysis: analyses?.[i] ?? null,
      });
    });
    if (!chosen.length) continue;
    const alertsOf = new Map<number, Alert[]>();
    for (const alert of subjects.length ? source.compute(db, subjects, on) : []) {
      if (alert.agreementId === null) continue;
      const list = alertsOf.get(alert.agreementId);
      if (list) list.push(alert);
      else alertsOf.set(alert.agreementId, [alert]);
    }
    take(source, chosen, alertsOf);
  }
}

/**
 * Recomputes the alerts of these agreements for the sources chosen per
 * agreement and stores what changed (inside the caller's transaction);
 * agreements that had every source redone lose their dirty mark. Returns the
 * number of agreement × source sets brought up to date.
 */
function storeAlertsFor(
  db: Db,
  agreements: readonly AlertAgreement[],
  analyses: readonly (LifecycleAnalysis | null)[] | null,
  on: string,
  codes: Map<number, string>,
  sourcesFor: (index: number) => readonly AgreementAlertSource[],
): number {
  let written = 0;
  runSources(db, agreements, analyses, on, codes, sourcesFor, (source, chosen, alertsOf) => {
    const sets: AlertSet[] = chosen.map((a) => ({
      agreementId: a.id,
      collaborationId: a.collaborationId,
      ownerName: a.ownerName,
      ownerEmail: a.ownerEmail,
      alerts: alertsOf.get(a.id) ?? NO_ALERTS,
    }));
    written += syncStoredAlerts(db, source.name, sets);
  });
  clearDirty(
    db,
    agreements.filter((_, i) => sourcesFor(i).length === agreementAlertSources.length).map((a) => a.id),
  );
  return written;
}

/** Follows the lifecycle refresh chunk by chunk (see refreshDerived) and stores the alerts of the day. */
export interface AlertRefresher {
  /** The chunk's agreements and, by position, the lifecycle analyses for the day already made (or null). */
  refreshChunk(agreements: readonly AlertAgreement[], analyses: readonly (LifecycleAnalysis | null)[]): void;
  finish(): { agreements: number; alerts: number };
}

/** True when the stored alerts are those of `on` under the current rules (only dirty marks may remain). */
export function alertsAreCurrent(deps: AppDeps, on: string): boolean {
  return findMaterialisedDay(deps.db) === on && findSetting(deps.db, SOURCES_SETTING) === signature();
}

/**
 * Whole-register alerts for `on`. A new day (or `onlyStale: false`, e.g. after
 * a rule change) recomputes the day-dependent sources for every agreement and
 * the others where something changed (or their rules did); the same day with
 * `onlyStale` redoes only agreements marked dirty. Only what changed is written.
 */
export function createAlertRefresher(deps: AppDeps, on: string, opts: { onlyStale: boolean }): AlertRefresher {
  const started = performance.now();
  const newDay = !opts.onlyStale || findMaterialisedDay(deps.db) !== on;
  // Sources whose name@version differs from the stored signature are redone for every agreement;
  // the others only where needed (a lifecycle rule change does not re-run the chain rules).
  const stored = findSetting(deps.db, SOURCES_SETTING);
  const storedParts = new Set(typeof stored === 'string' ? stored.split(',') : []);
  const changedSources = agreementAlertSources.filter((s) => !storedParts.has(`${s.name}@${s.version}`));
  const runId = newDay ? startAlertRun(deps.db, on, deps.clock.now().toISOString()) : null;
  const codes = findCollaborationCodes(deps.db);
  const regular = agreementAlertSources.filter((s) => (newDay && s.perDay) || changedSources.includes(s));
  let agreements = 0;
  let written = 0;
  return {
    refreshChunk(chunk, analyses) {
      const dirty = filterDirty(
        deps.db,
        chunk.map((a) => a.id),
      );
      if (!regular.length && !dirty.size) return;
      const sourcesFor = (i: number) => (dirty.has(chunk[i]!.id) ? agreementAlertSources : regular);
      agreements += regular.length ? chunk.length : dirty.size;
      written += storeAlertsFor(deps.db, chunk, analyses, on, codes, sourcesFor);
    },
    finish() {
      // Neighbours marked dirty by later chunks (chain rules read their derived dates) are redone now.
      written += refreshDirtyAlerts(deps, on);
      if (changedSources.length) saveSetting(deps.db, SOURCES_SETTING, signature(), deps.clock.now().toISOString());
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
      written += storeAlertsFor(deps.db, rows.map(alertAgreementOf), null, on, codes, () => agreementAlertSources);
      clearDirty(deps.db, ids); // including ids without a row, so this never loops
    });
  }
}

/** Rewrites the agreements marked dirty into the stored alerts of whatever day they are of (none stored: nothing to do). */
export function refreshDirtyStoredAlerts(deps: AppDeps): number {
  const day = findMaterialisedDay(deps.db);
  return day === null ? 0 : refreshDirtyAlerts(deps, day);
}

/** An agreement alert of another day as the scan hands it over (see scanOtherDayAlerts); stored ones keep their explanation as JSON text. */
export type ScannedAlert = Omit<AlertRecord, 'agreementTitle'> | StoredAlertRecord;

/** Agreements per chunk of the other-day scan: the whole-register refresh's own chunk. */
export const OTHER_DAY_CHUNK = 1000;

/**
 * Every agreement alert for a day other than the stored one (planning
 * ahead), one chunk of agreements at a time in id order, each handed to
 * `take`, which answers whether it keeps the alert: the day-dependent sources
 * are computed over the refresh's chunk read (readRefreshChunks, one
 * lifecycle analysis per agreement), the others (which do not change with
 * the day) are read from the stored, up-to-date alerts of the same
 * agreements, in full only where `take` keeps them. Nothing is written.
 * Each chunk is read and handed over in one read transaction, so it reflects
 * the database at that moment; the generator yields after each chunk and
 * the caller may await before asking for the next one. With `agreementId`
 * only that agreement is read (its own alerts, for the agreement page).
 */
export function* scanOtherDayAlerts(
  deps: AppDeps,
  on: string,
  take: (alert: ScannedAlert) => boolean,
  opts: { chunkSize?: number | undefined; agreementId?: number | undefined } = {},
): Generator<void, void, undefined> {
  const codes = findCollaborationCodes(deps.db);
  const perDay = agreementAlertSources.filter((s) => s.perDay);
  const stored = agreementAlertSources.filter((s) => !s.perDay).map((s) => s.name);
  const ids = opts.agreementId === undefined ? undefined : { after: opts.agreementId - 1, upTo: opts.agreementId };
  const chunks = readRefreshChunks(deps.db, opts.chunkSize ?? OTHER_DAY_CHUNK, ids);
  let afterId = ids?.after ?? 0;
  for (;;) {
    const more = deps.db.transaction(() => {
      const next = chunks.next();
      if (next.done) return false;
      const chunk = next.value;
      const lastId = chunk[chunk.length - 1]!.id;
      const kept = listStoredAlertHeads(deps.db, stored, afterId, lastId).filter(take);
      completeStoredAlerts(deps.db, kept);
      runSources(
        deps.db,
        chunk,
        null,
        on,
        codes,
        () => perDay,
        (source, chosen, alertsOf) => {
          for (const a of chosen) {
            for (const alert of alertsOf.get(a.id) ?? []) {
              // Sources return fresh objects: extend them in place rather than copying every one.
              take(Object.assign(alert, { source: source.name, collaborationId: a.collaborationId, ownerName: a.ownerName, ownerEmail: a.ownerEmail }));
            }
          }
        },
      );
      afterId = lastId;
      return true;
    });
    if (!more) return;
    yield;
  }
}
