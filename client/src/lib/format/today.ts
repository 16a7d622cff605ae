const HOUR = 3_600_000;

/** The last Sunday of `month` (0-based) in `year`, at 01:00 UTC: when EU summer time starts (March) or ends (October). */
function lastSundayAt1Utc(year: number, month: number): number {
  const last = new Date(Date.UTC(year, month + 1, 0));
  return Date.UTC(year, month, last.getUTCDate() - last.getUTCDay(), 1);
}

/**
 * Today's calendar day in Europe/Amsterdam as YYYY-MM-DD (its own module: the first-load preloads need it).
 *
 * Computed from the EU summer-time rule (UTC+2 from the last Sunday of March 01:00 UTC to the last Sunday of October
 * 01:00 UTC, UTC+1 otherwise; the Netherlands has followed it since 1996) rather than with
 * `Intl.DateTimeFormat({ timeZone })`: the first time-zone formatter in a page loads the browser's time-zone data,
 * about 150–200 ms of main thread on a first load, before the first screen's data could even be asked for.
 * today.test.ts checks it against Intl for instants from 1996 to 2099.
 */
export function todayInAmsterdam(now: Date = new Date()): string {
  const t = now.getTime();
  const year = now.getUTCFullYear();
  const summer = t >= lastSundayAt1Utc(year, 2) && t < lastSundayAt1Utc(year, 9);
  return new Date(t + (summer ? 2 : 1) * HOUR).toISOString().slice(0, 10);
}
