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
