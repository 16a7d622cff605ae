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
  it('gives each request an id (the caller\'s when well-formed) and logs one line per request without the query string', async () => {
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
