import net from 'node:net';
import type { Server } from 'node:http';
import supertest from 'supertest';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../config.ts';
import { createTestApp, type TestApp } from '../test/harness.ts';
import { createHttpServer, SERVER_TIMEOUTS } from './server.ts';

let t: TestApp | undefined;
let server: Server | undefined;
afterEach(async () => {
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  server?.closeAllConnections();
  server = undefined;
  t?.close();
  t = undefined;
});

async function listen(timeouts: { headersTimeoutMs: number; requestTimeoutMs: number }): Promise<number> {
  t = await createTestApp({ seed: false });
  server = createHttpServer(t.app, timeouts);
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  return (server.address() as net.AddressInfo).port;
}

/** Opens a socket, sends `first`, then one more `drip` every 100 ms; resolves with what the server answered and when it closed. */
function slowClient(port: number, first: string, drip: string): Promise<{ answer: string; afterMs: number }> {
  return new Promise((resolve) => {
    const started = performance.now();
    const socket = net.connect(port, '127.0.0.1', () => socket.write(first));
    let answer = '';
    const timer = setInterval(() => socket.writable && socket.write(drip), 100);
    socket.on('data', (c) => (answer += c.toString()));
    socket.on('error', () => undefined);
    socket.on('close', () => {
      clearInterval(timer);
      resolve({ answer, afterMs: performance.now() - started });
    });
  });
}

describe('the HTTP server', () => {
  it('has a 15 s headers timeout and a 30 s request timeout by default (issue 15, item 12)', () => {
    const s = createHttpServer((_req, res) => void res.end());
    expect(SERVER_TIMEOUTS).toEqual({ headersTimeoutMs: 15_000, requestTimeoutMs: 30_000 });
    expect(s.headersTimeout).toBe(15_000);
    expect(s.requestTimeout).toBe(30_000);
  });

  it('answers 408 and closes a connection that sends its headers too slowly', async () => {
    const port = await listen({ headersTimeoutMs: 500, requestTimeoutMs: 2_000 });
    const { answer, afterMs } = await slowClient(port, 'GET /api/health HTTP/1.1\r\nHost: akkoord\r\n', 'X-Langzaam: a\r\n');
    expect(answer).toMatch(/^HTTP\/1\.1 408/);
    expect(afterMs).toBeGreaterThanOrEqual(450);
    expect(afterMs).toBeLessThan(1_800);
  });

  it('answers 408 and closes a connection whose body takes longer than the request timeout', async () => {
    const port = await listen({ headersTimeoutMs: 500, requestTimeoutMs: 1_000 });
    const head = 'POST /api/session HTTP/1.1\r\nHost: akkoord\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"email":"';
    const { answer, afterMs } = await slowClient(port, head, 'a');
    expect(answer).toMatch(/^HTTP\/1\.1 408/);
    expect(afterMs).toBeGreaterThanOrEqual(950);
    expect(afterMs).toBeLessThan(2_500);
  });
});

describe('TRUST_PROXY', () => {
  it('takes a hop count or addresses, subnets and names; refuses "true" and anything else, naming the variable', () => {
    expect(loadConfig({}).trustProxy).toEqual(['loopback']);
    expect(loadConfig({ TRUST_PROXY: '1' }).trustProxy).toBe(1);
    expect(loadConfig({ TRUST_PROXY: 'loopback, 10.0.0.5,192.168.0.0/16 ,fd00::/8' }).trustProxy).toEqual(['loopback', '10.0.0.5', '192.168.0.0/16', 'fd00::/8']);
    for (const bad of ['true', 'iedereen', '10.0.0.0/33', '10.0.0.256', '11', '', ' , ', 'loopback;10.0.0.1', '::1/129', '10.0.0.0/8/8']) {
      expect(() => loadConfig({ TRUST_PROXY: bad }), bad).toThrow(/TRUST_PROXY/);
    }
  });

  it('gives every client behind a proxy on another host its own sign-in limit (issue 15, item 12)', async () => {
    // The proxy at 10.1.2.3 forwards two clients; the test reaches the app over loopback, one hop more.
    for (const [setting, shared] of [
      [undefined, true],
      ['loopback,10.1.2.3', false],
    ] as const) {
      t = await createTestApp({ seed: false, env: setting ? { TRUST_PROXY: setting } : {} });
      let n = 0;
      const attempt = (client: string) =>
        supertest(t!.app)
          .post('/api/session')
          .set('X-Forwarded-For', `${client}, 10.1.2.3`)
          .send({ email: `niemand${n++}@akkoord.test`, password: 'fout-wachtwoord' });
      for (let i = 0; i < 20; i++) expect((await attempt('198.51.100.7')).status).toBe(401);
      expect((await attempt('198.51.100.7')).status).toBe(429);
      expect((await attempt('198.51.100.8')).status, `TRUST_PROXY=${setting}`).toBe(shared ? 429 : 401);
      t.close();
      t = undefined;
    }
  });
});
