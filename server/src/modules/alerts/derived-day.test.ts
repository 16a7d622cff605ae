import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/harness.ts';
import { DERIVED_DAY_SETTING, refreshDerived } from './refresh-derived.ts';

// A restart on the same day trusts the day of the last whole refresh instead of counting stale rows; a refresh that
// stopped half-way must not leave that day behind.
const DAY = '2026-09-23';
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ clock: { today: () => DAY, now: () => new Date('2026-09-23T08:00:00Z') } });
});
afterAll(() => t.close());

const derivedDay = () => {
  const value = t.deps.db.$client.prepare('select value from settings where key = ?').pluck().get(DERIVED_DAY_SETTING) as string | undefined;
  return value === undefined ? undefined : (JSON.parse(value) as unknown);
};
const makeStale = () => t.deps.db.$client.prepare("update agreements set computed_on = '2026-09-20' where id = (select min(id) from agreements)").run();

describe('the day of the last whole refresh of the derived columns', () => {
  it('is recorded when a whole refresh finishes, and a same-day restart then reads no rows', () => {
    refreshDerived(t.deps, { on: DAY });
    expect(derivedDay()).toBe(DAY);
    expect(refreshDerived(t.deps, { on: DAY, onlyStale: true }).checked).toBe(0);
  });

  it('is cleared when a refresh starts, so rows left of another day by one that stopped half-way are counted and redone', () => {
    const stop = new Error('stopped half-way');
    const realTransaction = t.deps.db.transaction.bind(t.deps.db);
    let calls = 0;
    // The refresh's first transaction (its first chunks) fails, as a crash would end it.
    t.deps.db.transaction = ((fn: never) => {
      if (calls++ === 0) throw stop;
      return realTransaction(fn);
    }) as typeof t.deps.db.transaction;
    try {
      expect(() => refreshDerived(t.deps, { on: '2026-09-24' })).toThrow(stop);
    } finally {
      t.deps.db.transaction = realTransaction;
    }
    expect(derivedDay()).toBeNull();
    makeStale();
    const result = refreshDerived(t.deps, { on: DAY, onlyStale: true });
    expect(result.updated).toBe(1);
    expect(derivedDay()).toBe(DAY);
  });

  it('is recorded by a same-day check that counted no stale rows, for the next restart', () => {
    t.deps.db.$client.prepare('delete from settings where key = ?').run(DERIVED_DAY_SETTING);
    expect(refreshDerived(t.deps, { on: DAY, onlyStale: true }).checked).toBe(0);
    expect(derivedDay()).toBe(DAY);
  });
});
