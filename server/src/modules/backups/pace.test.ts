import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Pace, removeGently } from './pace.ts';

/** A Pace on a fake clock: sleeping moves the clock, and every sleep is recorded. */
function fakePace(bytesPerSecond: number, burst: number) {
  let now = 0;
  const slept: number[] = [];
  const pace = new Pace(bytesPerSecond, {
    burst,
    now: () => now,
    sleep: async (ms) => {
      slept.push(ms);
      now += ms;
    },
  });
  return { pace, slept, advance: (ms: number) => (now += ms) };
}

describe('Pace: the backup reads at most so many bytes per second', () => {
  it('lets a burst go at once, then holds each piece for the time it takes at the limit', async () => {
    const { pace, slept } = fakePace(1000, 100);
    await pace.take(100);
    expect(slept).toEqual([]);
    await pace.take(50);
    expect(slept).toEqual([50]);
    await pace.take(200);
    expect(slept).toEqual([50, 200]);
  });

  it('over many pieces takes the time the bytes need at the limit, less the first burst', async () => {
    const { pace, slept } = fakePace(1_000_000, 10_000);
    for (let i = 0; i < 1000; i++) await pace.take(1000);
    expect(slept.reduce((a, b) => a + b, 0)).toBeCloseTo(990, 6);
  });

  it('refills while the caller is busy elsewhere, up to the burst only', async () => {
    const { pace, slept, advance } = fakePace(1000, 100);
    await pace.take(100);
    advance(60_000);
    await pace.take(100);
    expect(slept).toEqual([]);
    await pace.take(100);
    expect(slept).toEqual([100]);
  });

  it('never waits without a limit', async () => {
    const { pace, slept } = fakePace(0, 1);
    for (let i = 0; i < 10; i++) await pace.take(1024 ** 3);
    expect(slept).toEqual([]);
  });
});

describe('removeGently', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
  });
  const tempDir = () => {
    const d = fs.mkdtempSync(path.join(os.tmpdir(), 'akkoord-remove-'));
    dirs.push(d);
    return d;
  };

  it('cuts a large file down step by step, then removes it', async () => {
    const file = path.join(tempDir(), 'snapshot.db');
    fs.writeFileSync(file, Buffer.alloc(3 * 1024 + 10, 1));
    const sizes: number[] = [];
    await removeGently(file, { step: 1024, pause: async () => sizes.push(fs.statSync(file).size) });
    expect(sizes).toEqual([2 * 1024 + 10, 1024 + 10, 10]);
    expect(fs.existsSync(file)).toBe(false);
  });

  it('removes a small file at once, and a missing one is no error', async () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'small'), 'x');
    let pauses = 0;
    await removeGently(path.join(dir, 'small'), { pause: async () => pauses++ });
    await removeGently(path.join(dir, 'missing'));
    expect(pauses).toBe(0);
    expect(fs.readdirSync(dir)).toEqual([]);
  });
});
