/** Today's calendar day in Europe/Amsterdam as YYYY-MM-DD (its own module: the first-load preloads need it, nothing else). */
export function todayInAmsterdam(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}
