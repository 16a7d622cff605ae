/**
 * Foundation performance (issue 2): on 100,000 synthetic agreements,
 * GET /api/agreements?collaboration=…&limit=50 against a bare Express handler
 * running the same SQL (autocannon, 50 connections), p99 at a fixed 1,000 req/s,
 * the server's resident memory, and start-up time on the existing database.
 * Targets: ratio >= 60 %, p99 < 25 ms, RSS < 200 MB, start-up < 2 s. The fixed rate is
 * measured with autocannon (bursty) and evenly paced (support/paced-load.ts). The
 * same page over and over comes from the read worker's cache (decision 024), so
 * every figure is also printed for the same server with READ_CACHE_MB=0, whose
 * every request runs the SQL as the bare handler does. The same page is also
 * measured through a personal API token (`Authorization: Bearer`, decision 057):
 * target within 10 % of the cookie session's figure.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { syntheticDataDir } from './support/dataset.ts';
import { pacedLoad } from './support/paced-load.ts';
import { rssMb, startServer } from './support/server-process.ts';
import { benchBearerHeaders, benchHeaders } from './support/session.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const PATH = '/api/agreements?collaboration=SYN3&limit=50';

/** CPU time (user + system, all threads) a process has used so far, in ms (Linux /proc). */
function cpuMs(pid: number): number {
  const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
}

async function load(url: string, pid: number, headers: Record<string, string>, extra: Partial<autocannon.Options> = {}) {
  const cpuBefore = cpuMs(pid);
  const result = await autocannon({ url: url + PATH, connections: 50, duration: seconds, headers, ...extra });
  const cpuPerRequest = (cpuMs(pid) - cpuBefore) / Math.max(1, result.requests.total);
  return { rps: Math.round(result.requests.average), p50: result.latency.p50, p99: result.latency.p99, errors: result.errors + result.non2xx, cpu: cpuPerRequest.toFixed(2) };
}

async function main() {
  const dataDir = syntheticDataDir(100_000);
  // Start-up on the existing database (median of three).
  const starts: number[] = [];
  for (let i = 0; i < 3; i++) {
    const s = await startServer(dataDir);
    starts.push(s.startMs);
    await s.stop();
  }
  starts.sort((a, b) => a - b);

  // The per-token limit (API_TOKEN_RATE_LIMIT) raised past what a load run can send: the limiter still counts every request.
  const server = await startServer(dataDir, { API_TOKEN_RATE_LIMIT: '1000000' });
  // The same server without the read cache (decision 024): every request runs its SQL, like the bare handler.
  const uncached = await startServer(dataDir, { READ_CACHE_MB: '0' });
  const headers = await benchHeaders(server.url, dataDir, 'viewer');
  const bearer = await benchBearerHeaders(server.url, headers);
  const bare = spawn(process.execPath, ['--import', 'tsx', path.join(here, 'support/bare-server.ts'), path.join(dataDir, 'akkoord.db'), '0'], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const bareUrl = await new Promise<string>((resolve) =>
    bare.stdout!.on('data', (c: Buffer) => {
      const m = /listening on (\S+)/.exec(c.toString());
      if (m) resolve(m[1]!);
    }),
  );

  // Warm all three, then measure each with the same load.
  await load(bareUrl, bare.pid!, {}, { duration: 2 });
  await load(server.url, server.pid, headers, { duration: 2 });
  await load(uncached.url, uncached.pid, headers, { duration: 2 });
  const bareResult = await load(bareUrl, bare.pid!, {});
  const appResult = await load(server.url, server.pid, headers);
  const bearerResult = Object.keys(bearer).length ? await load(server.url, server.pid, bearer) : null;
  const uncachedResult = await load(uncached.url, uncached.pid, headers);
  const rssAfterThroughput = rssMb(server.pid);
  const fixed = await load(server.url, server.pid, headers, { overallRate: 1000, connections: 50 });
  const rssAfterFixed = rssMb(server.pid);
  // The same fixed rate against the bare handler: what this machine allows for this SQL at all.
  const bareFixed = await load(bareUrl, bare.pid!, {}, { overallRate: 1000, connections: 50 });
  // Evenly paced open-loop load at the same rate (see support/paced-load.ts for why both).
  const paced = await pacedLoad({ url: server.url + PATH, headers, rate: 1000, seconds, connections: 50 });
  const rssAfterPaced = rssMb(server.pid);
  const uncachedPaced = await pacedLoad({ url: uncached.url + PATH, headers, rate: 1000, seconds, connections: 50 });
  const barePaced = await pacedLoad({ url: bareUrl + PATH, headers: {}, rate: 1000, seconds, connections: 50 });
  const rssPeak = rssMb(server.pid, 'peak');
  const uncachedRss = { now: rssMb(uncached.pid), peak: rssMb(uncached.pid, 'peak') };

  bare.kill('SIGTERM');
  await server.stop();
  await uncached.stop();

  const ratio = appResult.rps / bareResult.rps;
  console.log(`dataset: 100,000 synthetic agreements; ${PATH}; ${seconds} s per run; 50 connections`);
  console.log(
    `machine: ${os.cpus().length} CPUs, load average ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')} at the end`,
  );
  console.log(
    `bare express + same SQL : ${bareResult.rps} req/s (p50 ${bareResult.p50} ms, p99 ${bareResult.p99} ms, errors ${bareResult.errors}; server CPU ${bareResult.cpu} ms/request)`,
  );
  console.log(
    `akkoord GET /api/agreements: ${appResult.rps} req/s (p50 ${appResult.p50} ms, p99 ${appResult.p99} ms, errors ${appResult.errors}; server CPU ${appResult.cpu} ms/request; the repeated page comes from the read cache)`,
  );
  console.log(`ratio akkoord/bare: ${(ratio * 100).toFixed(1)} % (target >= 60 %)`);
  if (bearerResult)
    console.log(
      `  the same with an API token (Authorization: Bearer, no cookie): ${bearerResult.rps} req/s (p50 ${bearerResult.p50} ms, p99 ${bearerResult.p99} ms, errors ${bearerResult.errors}; server CPU ${bearerResult.cpu} ms/request), ${((bearerResult.rps / appResult.rps) * 100).toFixed(1)} % of the cookie session's req/s (target >= 90 %)`,
    );
  console.log(
    `  without the read cache (READ_CACHE_MB=0, every request runs the SQL): ${uncachedResult.rps} req/s (p50 ${uncachedResult.p50} ms, p99 ${uncachedResult.p99} ms, errors ${uncachedResult.errors}; server CPU ${uncachedResult.cpu} ms/request), ratio ${((uncachedResult.rps / bareResult.rps) * 100).toFixed(1)} %`,
  );
  console.log(
    `fixed 1,000 req/s, autocannon overallRate (a per-second quota per connection: bursts at full concurrency): achieved ${fixed.rps} req/s, p99 ${fixed.p99} ms (target < 25 ms), errors ${fixed.errors}`,
  );
  console.log(`  for reference, the bare handler the same way: achieved ${bareFixed.rps} req/s, p99 ${bareFixed.p99} ms`);
  console.log(
    `fixed 1,000 req/s, evenly paced open loop (latency from when each request was due): achieved ${paced.achieved} req/s, p50 ${paced.p50} ms, p99 ${paced.p99} ms, max ${paced.max} ms (target < 25 ms), errors ${paced.errors}; load generator CPU ${paced.clientCpu} ms/request`,
  );
  console.log(
    `  without the read cache: achieved ${uncachedPaced.achieved} req/s, p50 ${uncachedPaced.p50} ms, p99 ${uncachedPaced.p99} ms, max ${uncachedPaced.max} ms, errors ${uncachedPaced.errors}`,
  );
  console.log(`  for reference, the bare handler the same way: achieved ${barePaced.achieved} req/s, p50 ${barePaced.p50} ms, p99 ${barePaced.p99} ms`);
  console.log(
    `server RSS: ${rssAfterThroughput} MB after throughput run, ${rssAfterFixed} MB after the autocannon fixed-rate run, ${rssAfterPaced} MB after the paced run; peak ${rssPeak} MB over the whole run (target < 200 MB); without the read cache ${uncachedRss.now} MB at the end, peak ${uncachedRss.peak} MB`,
  );
  console.log(`start-up on existing database: median ${starts[1]} ms of [${starts.join(', ')}] (process spawn to listening; target < 2,000 ms)`);
}

void main();
