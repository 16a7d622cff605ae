/**
 * Export of 100,000 agreements (issue 14, decision 052): GET /api/agreements/export.csv
 * and /export.xlsx of the whole register (the register's default view: every agreement not
 * archived — in this dataset all 100,010) from the bundled server,
 * each read to the end by a client, while another client asks /api/health every 20 ms.
 * Targets: CSV < 5 s, XLSX < 20 s, server RSS growth < 50 MB, health p99 < 50 ms meanwhile.
 * RSS growth is the server's highest resident memory during the export (sampled every
 * 50 ms) over its resident memory just before it.
 */
import http from 'node:http';
import { syntheticDataDir } from './support/dataset.ts';
import { percentile } from './support/http-session.ts';
import { rssMb, startServer } from './support/server-process.ts';
import { benchHeaders } from './support/session.ts';

const N = 100_000;

/** Reads a download to its end on its own socket: bytes and lines, and the time to the last byte. */
function download(url: string, headers: Record<string, string>): Promise<{ status: number; bytes: number; lines: number; ms: number }> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers, agent: false }, (res) => {
        let bytes = 0;
        let lines = 0;
        res.on('data', (c: Buffer) => {
          bytes += c.length;
          for (let i = c.indexOf(10); i !== -1; i = c.indexOf(10, i + 1)) lines++;
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, bytes, lines, ms: performance.now() - started }));
        res.on('error', reject);
      })
      .on('error', reject);
  });
}

/** Asks /api/health every `everyMs` on a keep-alive socket until stopped; the latencies. */
function probeHealth(url: string, everyMs: number): { stop: () => Promise<number[]> } {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const times: number[] = [];
  let running = true;
  const loop = (async () => {
    while (running) {
      const started = performance.now();
      await new Promise<void>((resolve) => {
        http
          .get(`${url}/api/health`, { agent }, (res) => {
            res.resume();
            res.on('end', () => resolve());
          })
          .on('error', () => resolve());
      });
      times.push(performance.now() - started);
      await new Promise((r) => setTimeout(r, everyMs));
    }
  })();
  return {
    stop: async () => {
      running = false;
      await loop;
      agent.destroy();
      return times.sort((a, b) => a - b);
    },
  };
}

async function measure(label: string, url: string, pid: number, headers: Record<string, string>, targetMs: number) {
  const before = rssMb(pid);
  let peak = before;
  const sampler = setInterval(() => (peak = Math.max(peak, rssMb(pid))), 50);
  const health = probeHealth(url, 20);
  const result = await download(`${url}/api/agreements/export.${label.toLowerCase()}`, headers);
  const times = await health.stop();
  clearInterval(sampler);
  const growth = peak - before;
  const p99 = percentile(times, 99);
  console.log(
    `${label}: ${(result.ms / 1000).toFixed(2)} s (target < ${targetMs / 1000} s) · ${(result.bytes / 1e6).toFixed(1)} MB, ${result.lines.toLocaleString('en')} lines, status ${result.status}` +
      ` · server RSS ${before} → peak ${peak} MB, growth ${growth} MB (target < 50)` +
      ` · health p50 ${percentile(times, 50).toFixed(1)} ms, p99 ${p99.toFixed(1)} ms over ${times.length} checks (target < 50)`,
  );
  return result.ms < targetMs && growth < 50 && p99 < 50 && result.status === 200;
}

async function main() {
  const dataDir = syntheticDataDir(N, { copy: 'export-bench' });
  const server = await startServer(dataDir);
  try {
    const headers = await benchHeaders(server.url, dataDir);
    // Warm up: the statements, the worker and the first page of each export.
    await download(`${server.url}/api/agreements/export.csv?collaboration=RTR`, headers);
    await download(`${server.url}/api/agreements/export.xlsx?collaboration=RTR`, headers);
    const csv = await measure('CSV', server.url, server.pid, headers, 5_000);
    const xlsx = await measure('XLSX', server.url, server.pid, headers, 20_000);
    console.log(`export: ${csv && xlsx ? 'all targets met' : 'a target was missed'} (2 shared cores; figures vary with the machine's load)`);
  } finally {
    await server.stop();
  }
}

await main();
