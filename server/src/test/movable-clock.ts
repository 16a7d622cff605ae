import { amsterdamDate, type Clock } from '../lib/clock.ts';

/** A clock tests can move forward (session timeouts, lock-outs). */
export function movableClock(start: string): Clock & { advance(ms: number): void; advanceMinutes(m: number): void } {
  let t = Date.parse(start);
  return {
    now: () => new Date(t),
    today: () => amsterdamDate(new Date(t)),
    advance(ms: number) {
      t += ms;
    },
    advanceMinutes(m: number) {
      t += m * 60_000;
    },
  };
}
