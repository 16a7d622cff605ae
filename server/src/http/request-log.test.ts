import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import express from 'express';
import pino from 'pino';
import supertest from 'supertest';
import { describe, expect, it } from 'vitest';
import { requestLog } from './request-log.ts';

function appWithLog(level = 'info') {
  const lines: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      for (const l of chunk.toString().split('\n').filter(Boolean)) lines.push(JSON.parse(l) as Record<string, unknown>);
      done();
    },
  });
  const logger = pino({ level }, sink);
  const app = express();
  app.use(requestLog(app, logger));
  app.get('/api/health', (_req, res) => void res.json({ ok: true }));
  app.get('/api/boom', (_req, res) => void res.status(500).json({}));
  app.get('/api/x', (req, res) => {
    req.log.warn({ step: 1 }, 'from the handler');
    res.json({ id: req.id });
  });
  return { app, lines };
}

const settle = () => new Promise((r) => setTimeout(r, 20));

describe('requestLog', () => {
  it("gives each request an id (the caller's when well-formed) and logs one line per request without the query string", async () => {
    const { app, lines } = appWithLog();
    const res = await supertest(app).get('/api/x?q=Politie%20Oost-Nederland').set('X-Request-Id', 'rid-12345678');
    await settle();
    expect(res.headers['x-request-id']).toBe('rid-12345678');
    expect(res.body.id).toBe('rid-12345678');
    const done = lines.find((l) => l.msg === 'request completed')!;
    expect(done).toMatchObject({ reqId: 'rid-12345678', req: { method: 'GET', path: '/api/x' }, res: { statusCode: 200 } });
    expect(typeof done.responseTime).toBe('number');
    expect(JSON.stringify(lines)).not.toContain('Politie');
    expect(lines.find((l) => l.msg === 'from the handler')).toMatchObject({ reqId: 'rid-12345678', step: 1 });
  });

  it('replaces a malformed id, logs 5xx as errors and leaves health checks out', async () => {
    const { app, lines } = appWithLog();
    const res = await supertest(app).get('/api/boom').set('X-Request-Id', 'kapot id');
    await supertest(app).get('/api/health');
    await settle();
    expect(res.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ level: 50, msg: 'request failed', reqId: res.headers['x-request-id'], res: { statusCode: 500 } });
  });

  it('writes nothing per request when the level is above info', async () => {
    const { app, lines } = appWithLog('warn');
    await supertest(app).get('/api/x');
    await settle();
    expect(lines.map((l) => l.msg)).toEqual(['from the handler']);
  });
});

describe('feed secrets in logs (issue 15, item 7)', () => {
  it('never writes a calendar secret into a request line or an error line: the path is /cal/[redacted].ics', async () => {
    const { createTestApp } = await import('../test/harness.ts');
    const { createApp } = await import('../app.ts');
    const t = await createTestApp({ seed: false });
    try {
      const lines: string[] = [];
      const sink = new Writable({
        write(chunk: Buffer, _enc, done) {
          lines.push(...chunk.toString().split('\n').filter(Boolean));
          done();
        },
      });
      // No built client: with one, /CAL/… would be a page of the SPA (200) instead of a 404.
      const app = createApp({ ...t.deps, logger: pino({ level: 'info' }, sink) }, { clientDist: path.join(os.tmpdir(), 'akkoord-no-client') });
      const feedUrl = (await t.agent.get('/api/me/calendar')).body.url as string;
      const secret = /\/cal\/([^/]+)\.ics$/.exec(feedUrl)![1]!;
      expect(secret.length).toBeGreaterThan(20);
      expect((await supertest(app).get(`/cal/${secret}.ics`)).status).toBe(200);
      expect((await supertest(app).get(`/cal/${secret}.ics?x=1`)).status).toBe(200);
      expect((await supertest(app).get(`/cal/${secret}x.ics`)).status).toBe(404);
      expect((await supertest(app).get(`/CAL/${secret}.ics`)).status).toBe(404);
      expect((await supertest(app).get(`/cal/${secret}`)).status).toBe(404);
      expect((await supertest(app).get(`/%63al/${secret}.ics`)).status).toBe(404);
      await settle();
      const requestLines = lines.map((l) => JSON.parse(l) as { req?: { path: string } }).filter((l) => l.req);
      expect(requestLines).toHaveLength(6);
      expect(requestLines.map((l) => l.req!.path)).toEqual([
        '/cal/[redacted].ics',
        '/cal/[redacted].ics',
        '/cal/[redacted].ics',
        '/cal/[redacted].ics',
        '/cal/[redacted]',
        '/cal/[redacted].ics',
      ]);
      expect(lines.join('\n')).not.toContain(secret.slice(0, 12));
    } finally {
      t.close();
    }
  });

  it('redacts the feed path of an unexpected failure too', async () => {
    const { errorHandler } = await import('./errors.ts');
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _enc, done) {
        lines.push(chunk.toString());
        done();
      },
    });
    const app = express();
    app.use(requestLog(app, pino({ level: 'info' }, sink)));
    app.get('/cal/:secret.ics', () => {
      throw new Error('kapot');
    });
    app.use(errorHandler);
    expect((await supertest(app).get('/cal/geheim-1234567890.ics')).status).toBe(500);
    await settle();
    expect(lines.join('')).toContain('/cal/[redacted].ics');
    expect(lines.join('')).toContain('unhandled error');
    expect(lines.join('')).not.toContain('geheim-1234567890');
  });
});
