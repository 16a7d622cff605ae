/** Today's calendar day and the current instant; injected so tests can fix the date. */
export interface Clock {
  /** Today as YYYY-MM-DD in Europe/Amsterdam. */
  today(): string;
  now(): Date;
}

const amsterdamDay = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Amsterdam',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The calendar day of an instant in Europe/Amsterdam (DST never shifts a date). */
export function amsterdamDate(instant: Date): string {
  return amsterdamDay.format(instant);
}

export const systemClock: Clock = {
  today: () => amsterdamDate(new Date()),
  now: () => new Date(),
};

/** A clock stuck on one day (tests, `?on=` planning). */
export function fixedClock(day: string, instant = new Date(`${day}T10:00:00Z`)): Clock {
  return { today: () => day, now: () => instant };
}

const offsetFormat = new Intl.DateTimeFormat('en-US', { timeZone: 'Europe/Amsterdam', timeZoneName: 'longOffset' });

/** Amsterdam's UTC offset at an instant, in milliseconds (+1 h in winter, +2 h in summer). */
function amsterdamOffsetMs(instant: number): number {
  const name = offsetFormat.formatToParts(new Date(instant)).find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
  const m = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
  return m ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) * 60_000 : 0;
}

/** The instant (ISO, UTC) at which a calendar day (YYYY-MM-DD) starts in Europe/Amsterdam. */
export function startOfAmsterdamDay(day: string): string {
  const utcMidnight = Date.parse(`${day}T00:00:00Z`);
  const guess = utcMidnight - amsterdamOffsetMs(utcMidnight);
  return new Date(utcMidnight - amsterdamOffsetMs(guess)).toISOString();
}
