import type { Worker } from 'node:worker_threads';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestApp, type TestApp } from '../test/harness.ts';
import { READ_WORKER_RESTART, ReadPool, type JoinedRows } from './read-pool.ts';

let t: TestApp;
let reader: ReadPool;
beforeAll(async () => {
  t = await createTestApp({ today: '2026-11-29' });
  reader = new ReadPool(t.deps.config.databaseFile);
});
afterAll(async () => {
  await reader.close();
  t.close();
});

/** The register answered with and without the read worker, for the same query. */
async function bothWays(query: Record<string, string | number>) {
  delete t.deps.reader;
  const inline = await t.agent.get('/api/agreements').query(query);
  t.deps.reader = reader;
  const run = vi.spyOn(reader, 'run');
  const viaWorker = await t.agent.get('/api/agreements').query(query);
  // The worker answered (no fallback to the main connection).
  expect(run).toHaveBeenCalledTimes(1);
  await expect(run.mock.results[0]!.value).resolves.toHaveLength(2);
  run.mockRestore();
  delete t.deps.reader;
  return { inline, viaWorker };
}

describe('the read worker', () => {
  it('answers the register exactly as the main connection does, for filters, sorts and cursor pages', async () => {
    const queries: Record<string, string | number>[] = [
      { limit: 50 },
      { collaboration: 'RTR' },
      { type: 'processor,subprocessor', sort: '-endDate' },
      { q: 'verwerk', sort: 'startDate' },
      { limit: 3, sort: 'noticeDeadline' },
    ];
    for (const query of queries) {
      const { inline, viaWorker } = await bothWays(query);
      expect(viaWorker.status).toBe(200);
      expect(viaWorker.text).toBe(inline.text);
      expect(viaWorker.headers['content-type']).toBe(inline.headers['content-type']);
      if (inline.body.nextCursor) {
        const next = await bothWays({ ...query, cursor: inline.body.nextCursor as string });
        expect(next.viaWorker.text).toBe(next.inline.text);
      }
    }
  });

  it('sees a write of the main connection as soon as it is committed', async () => {
    const created = await t.agent.post('/api/agreements').set(t.headers).send({ type: 'service', title: 'Leesproef werkthread', collaborationCode: 'IVZ' });
    expect(created.status).toBe(201);
    t.deps.reader = reader;
    const found = await t.agent.get('/api/agreements').query({ q: 'Leesproef werkthread' });
    delete t.deps.reader;
    expect(found.body.items.map((i: { id: number }) => i.id)).toEqual([created.body.id]);
  });

  it('answers a joined statement as the last column of the first rows, joined, in bytes, with the keyset of the last one', async () => {
    const sql = `select value, 'k' || value, json_object('n', value, 'name', 'Gemeente Hengelo ' || char(235))
      from (select 1 as value union all select 2 union all select 3 union all select 4 union all select 5) order by value`;
    const statement = (take: number) => ({ sql, params: [], mode: 'joined' as const, take });
    const [three] = (await reader.run([statement(3)])) as [JoinedRows];
    expect(three.text).toBeInstanceOf(Uint8Array);
    expect(JSON.parse(`[${new TextDecoder().decode(three.text)}]`)).toEqual([1, 2, 3].map((n) => ({ n, name: 'Gemeente Hengelo ë' })));
    expect(three.lastKey).toEqual([3, 'k3']);
    expect(three.rowCount).toBe(5);
    const [all] = (await reader.run([statement(10)])) as [JoinedRows];
    expect(JSON.parse(`[${new TextDecoder().decode(all.text)}]`)).toHaveLength(5);
    expect(all.lastKey).toEqual([5, 'k5']);
    expect(all.rowCount).toBe(5);
    const [none] = (await reader.run([{ ...statement(3), sql: 'select 1, 2, 3 where 0' }])) as [JoinedRows];
    expect(none).toEqual({ text: new Uint8Array(0), lastKey: null, rowCount: 0 });
  });

  it('answers a repeated page from its cache, with the same bytes, until the main connection commits a change', async () => {
    const cached = new ReadPool(t.deps.config.databaseFile);
    t.deps.reader = cached;
    try {
      const first = await t.agent.get('/api/agreements').query({ collaboration: 'RTR', limit: 3 });
      const again = await t.agent.get('/api/agreements').query({ collaboration: 'RTR', limit: 3 });
      expect(again.text).toBe(first.text);
      // Page and count: two misses, then two hits (the cached bytes were copied, not handed away).
      expect(await cached.stats()).toMatchObject({ hits: 2, misses: 2, entries: 2 });

      const item = first.body.items[0] as { id: number; title: string; version: number };
      const renamed = await t.agent
        .patch(`/api/agreements/${item.id}`)
        .set(t.headers)
        .send({ version: item.version, title: `${item.title} (gewijzigd)` });
      expect(renamed.status).toBe(200);
      const after = await t.agent.get('/api/agreements').query({ collaboration: 'RTR', limit: 3 });
      expect(after.text).not.toBe(first.text);
      expect(after.body.items.map((i: { title: string }) => i.title)).toContain(`${item.title} (gewijzigd)`);
      expect(await cached.stats()).toMatchObject({ hits: 2, misses: 4, entries: 2 });
    } finally {
      delete t.deps.reader;
      await cached.close();
    }
  });

  it('keeps nothing when its cache has no room', async () => {
    const uncached = new ReadPool(t.deps.config.databaseFile, { cacheBytes: 0 });
    const statement = { sql: 'select 40 + 2', params: [], mode: 'value' as const };
    await uncached.run([statement]);
    await expect(uncached.run([statement])).resolves.toEqual([42]);
    expect(await uncached.stats()).toEqual({ hits: 0, misses: 2, entries: 0, bytes: 0 });
    await uncached.close();
  });

  it('rejects a failing statement with its message and keeps serving', async () => {
    await expect(reader.run([{ sql: 'select * from no_such_table', params: [], mode: 'rows' }])).rejects.toThrow(/no such table/);
    await expect(reader.run([{ sql: 'select 40 + 2', params: [], mode: 'value' }])).resolves.toEqual([42]);
  });

  it('refuses writes (its connection is read-only)', async () => {
    await expect(reader.run([{ sql: "update agreements set title = 'x' returning id", params: [], mode: 'rows' }])).rejects.toThrow(/readonly/i);
  });

  it('falls back to the main connection when the worker is gone', async () => {
    const gone = new ReadPool(t.deps.config.databaseFile);
    await gone.close();
    t.deps.reader = gone;
    const res = await t.agent.get('/api/agreements').query({ collaboration: 'RTR' });
    delete t.deps.reader;
    expect(res.status).toBe(200);
    expect(res.body.total).toBe(5);
    expect(gone.health()).toEqual({ state: 'closed', restarts: 0 });
  });

  it('falls back to the main connection when a read fails on the worker, and says so in the log', async () => {
    const failing = new ReadPool(t.deps.config.databaseFile);
    vi.spyOn(failing, 'run').mockRejectedValue(new Error('read worker: disk I/O error'));
    t.deps.reader = failing;
    const warn = vi.spyOn(t.deps.logger, 'warn');
    const res = await t.agent.get('/api/agreements').query({ collaboration: 'RTR' });
    delete t.deps.reader;
    expect(res.status).toBe(200);
    expect(res.body.total).toBe(5);
    expect(warn).toHaveBeenCalledTimes(1);
    warn.mockRestore();
    await failing.close();
  });

  it('is started again after it crashed, while the main connection serves the pages; health tells (issue 15, item 14)', async () => {
    const pool = new ReadPool(t.deps.config.databaseFile);
    t.deps.reader = pool;
    try {
      await expect(pool.run([{ sql: 'select 40 + 2', params: [], mode: 'value' }])).resolves.toEqual([42]);
      for (let crash = 1; crash <= 2; crash++) {
        // As a crash would: the thread ends without being asked.
        await (pool as unknown as { worker: import('node:worker_threads').Worker }).worker.terminate();
        expect(pool.health()).toEqual({ state: 'restarting', restarts: crash - 1 });
        const during = await t.agent.get('/api/agreements').query({ collaboration: 'RTR' });
        expect(during.status).toBe(200);
        expect(during.body.total).toBe(5);
        const health = await t.agent.get('/api/health');
        expect(health.status).toBe(200);
        expect(health.body).toMatchObject({ status: 'degraded', database: 'ok', readWorker: { state: 'restarting', restarts: crash - 1 } });
        await vi.waitFor(() => expect(pool.health()).toEqual({ state: 'running', restarts: crash }), { timeout: 10_000, interval: 25 });
        const run = vi.spyOn(pool, 'run');
        const after = await t.agent.get('/api/agreements').query({ collaboration: 'RTR' });
        expect(after.body.total).toBe(5);
        expect(run).toHaveBeenCalledTimes(1);
        run.mockRestore();
      }
      expect((await t.agent.get('/api/health')).body).toMatchObject({ status: 'ok', readWorker: { state: 'running', restarts: 2 } });
    } finally {
      delete t.deps.reader;
      await pool.close();
    }
  });

  it('gives up after repeated quick stops (bounded), and the main connection reads from then on', async () => {
    const saved = { ...READ_WORKER_RESTART };
    Object.assign(READ_WORKER_RESTART, { firstDelayMs: 5, maxDelayMs: 20, maxAttempts: 2 });
    const pool = new ReadPool(t.deps.config.databaseFile);
    const worker = () => (pool as unknown as { worker: import('node:worker_threads').Worker }).worker;
    try {
      for (let i = 0; i < 2; i++) {
        await worker().terminate();
        await vi.waitFor(() => expect(pool.health().state).toBe('running'), { timeout: 10_000, interval: 10 });
      }
      await worker().terminate();
      expect(pool.health()).toEqual({ state: 'failed', restarts: 2 });
      t.deps.reader = pool;
      const res = await t.agent.get('/api/agreements').query({ collaboration: 'RTR' });
      expect(res.body.total).toBe(5);
      expect((await t.agent.get('/api/health')).body).toMatchObject({ status: 'degraded', readWorker: { state: 'failed', restarts: 2 } });
    } finally {
      delete t.deps.reader;
      Object.assign(READ_WORKER_RESTART, saved);
      await pool.close();
    }
  });

  /*
   * The path on which better-sqlite3 12 crashed on Node 24 (issue 18): native
   * statements destroyed when their connection or thread goes away. A worker
   * that has prepared more statements than it keeps (200) serves register
   * pages, is closed (its connection finalises every statement) or terminated
   * mid-request (they are destroyed with the thread), and a new worker takes
   * over, as the server starts one. Meanwhile every page is answered, by a
   * worker or by the main connection, exactly as without one.
   */
  it('serves register pages while its statements are finalised and the worker stops and a new one starts', async () => {
    const queries = [{ limit: 2 }, { collaboration: 'RTR', limit: 3 }, { sort: '-endDate', limit: 4 }, { q: 'verwerk' }];
    const expected: string[] = [];
    for (const query of queries) expected.push((await t.agent.get('/api/agreements').query(query)).text);
    const pagesMatch = async () => {
      const answers = await Promise.all(queries.map((query) => t.agent.get('/api/agreements').query(query)));
      expect(answers.map((a) => a.status)).toEqual(queries.map(() => 200));
      expect(answers.map((a) => a.text)).toEqual(expected);
    };
    const busy = async (pool: ReadPool, from: number) => {
      // Distinct statement texts: past 200 the worker drops its prepared statements for the collector to finalise.
      for (let i = from; i < from + 250; i += 25) {
        const values = await Promise.all(Array.from({ length: 25 }, (_, k) => pool.run([{ sql: `select ${i + k} + 1`, params: [], mode: 'value' }])));
        expect(values.map(([v]) => v)).toEqual(Array.from({ length: 25 }, (_, k) => i + k + 1));
        await pagesMatch();
      }
    };
    const warn = vi.spyOn(t.deps.logger, 'warn').mockImplementation(() => undefined);
    try {
      // A worker closed in order: db.close() finalises every statement it still holds.
      const first = new ReadPool(t.deps.config.databaseFile);
      t.deps.reader = first;
      await busy(first, 0);
      await first.close();
      await pagesMatch(); // the main connection answers while no worker runs

      // A worker terminated while pages are on their way: its statements die with the thread.
      const second = new ReadPool(t.deps.config.databaseFile);
      t.deps.reader = second;
      await busy(second, 1000);
      const inFlight = Promise.all(queries.map((query) => t.agent.get('/api/agreements').query(query)));
      await (second as unknown as { worker: Worker }).worker.terminate();
      const answered = await inFlight;
      expect(answered.map((a) => a.text)).toEqual(expected);
      await pagesMatch();

      // A new worker takes over and answers the pages itself.
      const third = new ReadPool(t.deps.config.databaseFile);
      t.deps.reader = third;
      const run = vi.spyOn(third, 'run');
      await pagesMatch();
      expect(run).toHaveBeenCalledTimes(queries.length);
      await busy(third, 2000);
      await third.close();
    } finally {
      delete t.deps.reader;
      warn.mockRestore();
    }
  }, 60_000);
});
