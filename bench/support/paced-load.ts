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
 */
import http from 'node:http';

export interface PacedResult {
  rate: number;
  achieved: number;
  completed: number;
  errors: number;
  p50: number;
  p99: number;
  max: number;
}

export async function pacedLoad(opts: { url: string; headers: Record<string, string>; rate: number; seconds: number; connections: number }): Promise<PacedResult> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: opts.connections });
  const target = new URL(opts.url);
  const total = Math.round(opts.rate * opts.seconds);
  const interval = 1000 / opts.rate;
  const latencies: number[] = [];
  let errors = 0;
  let finished = 0;
  const started = performance.now();

  const send = (due: number) =>
    new Promise<void>((resolve) => {
      const req = http.request({ agent, host: target.hostname, port: target.port, path: target.pathname + target.search, headers: opts.headers }, (res) => {
        res.on('data', () => {});
        res.on('end', () => {
          if (res.statusCode === 200) latencies.push(performance.now() - due);
          else errors++;
          resolve();
        });
      });
      req.on('error', () => {
        errors++;
        resolve();
      });
      req.end();
    });

  const pending: Promise<void>[] = [];
  let next = 0;
  await new Promise<void>((resolve) => {
    const tick = () => {
      const now = performance.now();
      // Send every request that is due by now (timers fire at most about once a millisecond).
      while (next < total && started + next * interval <= now) {
        pending.push(send(started + next * interval).then(() => void finished++));
        next++;
      }
      if (next < total) setTimeout(tick, Math.max(0, started + next * interval - performance.now()));
      else resolve();
    };
    tick();
  });
  await Promise.all(pending);
  const elapsed = (performance.now() - started) / 1000;
  agent.destroy();

  latencies.sort((a, b) => a - b);
  const at = (p: number) => Math.round((latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))] ?? NaN) * 10) / 10;
  return { rate: opts.rate, achieved: Math.round(finished / elapsed), completed: latencies.length, errors, p50: at(0.5), p99: at(0.99), max: at(1) };
}
