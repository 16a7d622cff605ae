/**
 * An open-loop load at a fixed rate, evenly paced: one request every 1/rate
 * seconds whatever the server does, over a pool of keep-alive connections.
 * Latency runs from the moment a request was due (not when a connection was
 * free), so a server that falls behind shows it in full (no coordinated
 * omission).
 *
 * Why not autocannon's `overallRate` alone: it gives each connection a quota
 * per second and lets it send back to back until the quota is used, so the
 * load arrives as a burst at full concurrency at the start of every second;
 * its p99 then measures how long the server takes to drain 50 concurrent
 * requests, not latency at a steady 1,000 per second. The benchmark prints
 * both.
 *
 * The client is as light as autocannon's: plain sockets, one prepared request
 * text, and a response read only as far as its status and Content-Length. On
 * a 2-core machine the load generator shares the server's cores; node's HTTP
 * client cost about as much CPU per request as the server's main thread.
 */
import net from 'node:net';

export interface PacedResult {
  rate: number;
  achieved: number;
  completed: number;
  errors: number;
  p50: number;
  p99: number;
  max: number;
  /** CPU time of this process (the load generator) per request, in ms. */
  clientCpu: number;
}

const HEADER_END = Buffer.from('\r\n\r\n');

/** One keep-alive connection with at most one request in flight. */
class Connection {
  private readonly socket: net.Socket;
  private head: Buffer | null = null;
  private bodyLeft = -1;
  private status = 0;
  private done: ((ok: boolean) => void) | null = null;
  closed = false;

  constructor(host: string, port: number, onClose: (c: Connection) => void) {
    this.socket = net.connect({ host, port, noDelay: true });
    this.socket.on('data', (chunk: Buffer) => this.read(chunk));
    this.socket.on('error', () => this.finish(false));
    this.socket.on('close', () => {
      this.closed = true;
      this.finish(false);
      onClose(this);
    });
  }

  get busy(): boolean {
    return this.done !== null;
  }

  send(request: Buffer, done: (ok: boolean) => void): void {
    this.done = done;
    this.head = null;
    this.bodyLeft = -1;
    this.socket.write(request);
  }

  destroy(): void {
    this.socket.destroy();
  }

  private read(chunk: Buffer): void {
    if (this.bodyLeft < 0) {
      const head = this.head ? Buffer.concat([this.head, chunk]) : chunk;
      const end = head.indexOf(HEADER_END);
      if (end < 0) {
        this.head = head;
        return;
      }
      const text = head.subarray(0, end).toString('latin1');
      this.status = Number(text.slice(9, 12));
      const length = /\r\ncontent-length: *(\d+)/i.exec(text);
      // Every answer of this API has a length; anything else counts as an error and the connection is dropped.
      if (!length) {
        this.finish(false);
        this.socket.destroy();
        return;
      }
      this.bodyLeft = Number(length[1]) - (head.length - end - HEADER_END.length);
    } else {
      this.bodyLeft -= chunk.length;
    }
    if (this.bodyLeft <= 0) this.finish(this.status === 200);
  }

  private finish(ok: boolean): void {
    const done = this.done;
    this.done = null;
    this.bodyLeft = -1;
    done?.(ok);
  }
}

export async function pacedLoad(opts: { url: string; headers: Record<string, string>; rate: number; seconds: number; connections: number }): Promise<PacedResult> {
  const target = new URL(opts.url);
  const host = target.hostname;
  const port = Number(target.port);
  const headerLines = Object.entries(opts.headers)
    .map(([k, v]) => `${k}: ${v}\r\n`)
    .join('');
  const request = Buffer.from(`GET ${target.pathname}${target.search} HTTP/1.1\r\nHost: ${target.host}\r\nConnection: keep-alive\r\n${headerLines}\r\n`);
  const total = Math.round(opts.rate * opts.seconds);
  const interval = 1000 / opts.rate;
  const latencies: number[] = [];
  let errors = 0;
  let finished = 0;
  let stopping = false;

  // Requests wait here, with the time they were due, when every connection is busy.
  const queue: number[] = [];
  const idle: Connection[] = [];
  const all = new Set<Connection>();
  const open = (): Connection => {
    const c = new Connection(host, port, (closed) => {
      all.delete(closed);
      const at = idle.indexOf(closed);
      if (at >= 0) idle.splice(at, 1);
      if (!stopping) release(open());
    });
    all.add(c);
    return c;
  };
  let allDone: () => void = () => {};
  const whenAllDone = new Promise<void>((resolve) => (allDone = resolve));
  // A free connection takes the longest-waiting request, or waits for the next one (a closed one is replaced).
  const release = (c: Connection) => {
    if (c.closed) return;
    const due = queue.shift();
    if (due !== undefined) dispatch(c, due);
    else idle.push(c);
  };
  const dispatch = (c: Connection, due: number) => {
    c.send(request, (ok) => {
      if (ok) latencies.push(performance.now() - due);
      else errors++;
      if (++finished === total) allDone();
      release(c);
    });
  };

  for (let i = 0; i < opts.connections; i++) idle.push(open());

  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  let next = 0;
  await new Promise<void>((resolve) => {
    const tick = () => {
      const now = performance.now();
      // Send every request that is due by now (timers fire at most about once a millisecond).
      while (next < total && started + next * interval <= now) {
        const due = started + next * interval;
        const c = idle.pop();
        if (c) dispatch(c, due);
        else queue.push(due);
        next++;
      }
      if (next < total) setTimeout(tick, Math.max(0, started + next * interval - performance.now()));
      else resolve();
    };
    tick();
  });
  await whenAllDone;
  const elapsed = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  stopping = true;
  for (const c of all) c.destroy();

  latencies.sort((a, b) => a - b);
  const at = (p: number) => Math.round((latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))] ?? NaN) * 10) / 10;
  return {
    rate: opts.rate,
    achieved: Math.round(finished / elapsed),
    completed: latencies.length,
    errors,
    p50: at(0.5),
    p99: at(0.99),
    max: at(1),
    clientCpu: Math.round(((cpu.user + cpu.system) / 1000 / total) * 1000) / 1000,
  };
}
