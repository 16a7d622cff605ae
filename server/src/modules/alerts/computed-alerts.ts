import { alertSortKey } from '@akkoord/shared/lifecycle/alert-types';
import type { ExplanationStep } from '@akkoord/shared/lifecycle/explanation';
import type { Db } from '../../db/client.ts';
import type { AppDeps } from '../../deps.ts';
import type { AlertRecord } from './alert-record.ts';
import { registerAlertSources } from './alert-sources.ts';
import { matchesFields, matchesState, type AlertView } from './alert-view.ts';
import { findAgreementTitles, findAlertStates, type AlertFilter, type KindSeverityCount } from './alerts.repo.ts';
import { refreshDirtyStoredAlerts, scanOtherDayAlerts, type ScannedAlert } from './refresh-alerts.ts';

/*
 * Alerts that are not stored are computed per request: always the
 * register-wide sources (a few), and on a day other than the stored one every
 * agreement's alerts (planning ahead). They are not collected into one array:
 * each alert is filtered as it comes, counted per kind and severity, and only
 * the most urgent `keep` after the cursor are kept (a page needs limit + 1).
 * Memory follows the page and one chunk of agreements, not the register
 * (docs/decisions/020-alerts-of-another-day-chunk-by-chunk.md).
 */

/** A computed alert before it makes a page: titles and (for stored rule results) the parsed explanation come last. */
type Computed = Omit<AlertRecord, 'explanation' | 'agreementTitle'> & { explanation: ExplanationStep[] | string; agreementTitle?: string | null };

interface Candidate {
  alert: Computed;
  sortKey: string;
  acknowledgedAt: string | null;
  snoozedUntil: string | null;
}

type States = ReturnType<typeof findAlertStates>;
const bySortKey = (a: { sortKey: string }, b: { sortKey: string }) => (a.sortKey < b.sortKey ? -1 : 1);

/** Running totals and the most urgent alerts after a cursor, over alerts visited one at a time. */
export class ComputedAlerts {
  /** Alerts matching the filter (all of them, not only those after the cursor). */
  total = 0;
  private readonly counts = new Map<string, KindSeverityCount>();
  private best: Candidate[] = [];
  /** Once `keep` candidates are known: the sort key of the last of them (nothing after it can make the page). */
  private worst: string | null = null;

  /** Whose alerts these are (register sources with an audience are for some roles only). */
  get role(): AlertFilter['role'] {
    return this.f.role;
  }

  constructor(
    private readonly f: AlertFilter,
    private readonly states: States,
    private readonly after: string | null,
    private readonly keep: number,
  ) {}

  /** Counts the alert when it matches the filter; true when it is kept (it may make the page). */
  add(alert: Computed): boolean {
    if (!matchesFields(alert, this.f)) return false;
    const state = this.states.get(alert.key);
    const acknowledgedAt = state?.acknowledgedAt ?? null;
    const snoozedUntil = state?.snoozedUntil ?? null;
    if (!matchesState(acknowledgedAt, snoozedUntil, this.f)) return false;
    this.total++;
    const countKey = `${alert.kind}|${alert.severity}`;
    const count = this.counts.get(countKey);
    if (count) count.n++;
    else this.counts.set(countKey, { kind: alert.kind, severity: alert.severity, n: 1 });
    if (this.keep === 0) return false;
    const sortKey = alertSortKey(alert);
    if (this.after !== null && !(sortKey > this.after)) return false;
    if (this.worst !== null && !(sortKey < this.worst)) return false;
    this.best.push({ alert, sortKey, acknowledgedAt, snoozedUntil });
    if (this.best.length >= 2 * this.keep) this.trim();
    return true;
  }

  private trim(): void {
    this.best.sort(bySortKey);
    if (this.best.length < this.keep) return;
    this.best.length = this.keep;
    this.worst = this.best[this.keep - 1]!.sortKey;
  }

  /** Counts per kind and severity. */
  byKindAndSeverity(): KindSeverityCount[] {
    return [...this.counts.values()];
  }

  /** The kept alerts, most urgent first, as views with titles, collaboration codes and explanations. */
  views(db: Db, codes: Map<number, string>): AlertView[] {
    this.trim();
    const missing = this.best.filter((c) => c.alert.agreementTitle === undefined && c.alert.agreementId !== null).map((c) => c.alert.agreementId!);
    const titles = findAgreementTitles(db, [...new Set(missing)]);
    return this.best.map(({ alert, sortKey, acknowledgedAt, snoozedUntil }) => ({
      ...alert,
      agreementTitle: alert.agreementTitle !== undefined ? alert.agreementTitle : alert.agreementId === null ? null : (titles.get(alert.agreementId) ?? null),
      collaborationCode: alert.collaborationCode ?? (alert.collaborationId === null ? null : (codes.get(alert.collaborationId) ?? null)),
      explanation: typeof alert.explanation === 'string' ? (JSON.parse(alert.explanation) as ExplanationStep[]) : alert.explanation,
      sortKey,
      acknowledgedAt,
      snoozedUntil,
    }));
  }
}

/** One at a time per database, in arrival order: a whole-register computation is CPU-bound, running two at once only makes both late. */
class Turns {
  private busy = false;
  private readonly waiting: (() => void)[] = [];

  async run<T>(signal: AbortSignal | undefined, work: () => Promise<T>): Promise<T> {
    signal?.throwIfAborted();
    if (this.busy) await this.wait(signal);
    else this.busy = true;
    try {
      return await work();
    } finally {
      const next = this.waiting.shift();
      if (next) next();
      else this.busy = false;
    }
  }

  /** Waits for the turn (handed over with `busy` still set); leaves the queue when the request goes away. */
  private wait(signal: AbortSignal | undefined): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      const turn = () => {
        signal?.removeEventListener('abort', leave);
        resolve();
      };
      const leave = () => {
        this.waiting.splice(this.waiting.indexOf(turn), 1);
        reject(signal!.reason);
      };
      this.waiting.push(turn);
      signal?.addEventListener('abort', leave, { once: true });
    });
  }
}

const turns = new WeakMap<Db, Turns>();

export interface ScanOptions {
  /** Aborted when the client has gone: the computation stops between chunks (or leaves the queue) with the signal's reason. */
  signal?: AbortSignal | undefined;
  /** Agreements per chunk (tests use small chunks to span several). */
  chunkSize?: number | undefined;
}

/** Register-wide alerts (a few, computed per request) into the collector. */
export function addRegisterAlerts(deps: AppDeps, on: string, into: ComputedAlerts): void {
  for (const source of registerAlertSources) {
    if (source.audience && !(into.role !== null && source.audience.includes(into.role))) continue;
    for (const alert of source.compute(deps, on)) into.add(alert);
  }
}

/** The user's acknowledgements and snoozes, for alerts that are computed rather than stored. */
export const alertStatesOf = (deps: AppDeps, f: AlertFilter): States => findAlertStates(deps.db, f.userId);

/**
 * Every alert of a day other than the stored one into a new collector: the
 * register-wide sources, then the agreements chunk by chunk, handing the
 * event loop back after each chunk so other requests are served meanwhile
 * (each chunk is read and computed in one synchronous go, so it reflects the
 * database as it was then; agreements changed meanwhile have their stored
 * rule results redone before the next chunk is read). One whole-register
 * computation runs at a time per database; others wait their turn. With an
 * agreement filter only that agreement is read, without waiting.
 */
export async function collectOtherDay(deps: AppDeps, on: string, f: AlertFilter, after: string | null, keep: number, opts: ScanOptions = {}): Promise<ComputedAlerts> {
  const collect = async () => {
    // The rule results read from the store (chain rules) follow writes made while this request waited or ran.
    refreshDirtyStoredAlerts(deps);
    const into = new ComputedAlerts(f, alertStatesOf(deps, f), after, keep);
    addRegisterAlerts(deps, on, into);
    const scan = scanOtherDayAlerts(deps, on, (alert: ScannedAlert) => into.add(alert), { chunkSize: opts.chunkSize, agreementId: f.agreementId });
    while (!scan.next().done) {
      await new Promise(setImmediate);
      opts.signal?.throwIfAborted();
      refreshDirtyStoredAlerts(deps);
    }
    return into;
  };
  if (f.agreementId !== undefined) return collect();
  const turnsOfDb = turns.get(deps.db) ?? new Turns();
  turns.set(deps.db, turnsOfDb);
  return turnsOfDb.run(opts.signal, collect);
}
