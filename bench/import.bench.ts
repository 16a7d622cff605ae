/**
 * Spreadsheet import (issue 14), printed as figures, against the bundled server:
 * - preview of 10,000 rows: upload + mapping + every row read and checked (target < 5 s);
 * - commit: from POST /commit until GET /api/imports/:id says done (target < 10 s);
 * - the server's peak RSS over the whole run (target < 300 MB), and the highest RSS seen in each step;
 * - GET /api/health latency (p50/p99, fresh connections every 50 ms) while the commit runs: it must keep answering;
 * - a second run of the same file (every row a duplicate) and the revert, with GET /api/health meanwhile.
 * The file is what Dutch Excel saves: Windows-1252, semicolons, dates as "2019",
 * "mrt 2020", "1-1-2021" and Excel day numbers, "3 maanden", "n.v.t.".
 * Run: npm run bench -- import
 */
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { csvText, encodeWindows1252 } from '../server/src/modules/imports/import-files.testing.ts';
import { rssMb, startServer } from './support/server-process.ts';
import { benchHeaders } from './support/session.ts';

const ROWS = 10_000;

/** fetch that names the request it failed on. */
async function call(url: string, init?: RequestInit): Promise<Response> {
  try {
    return await fetch(url, init);
  } catch (err) {
    throw new Error(`${init?.method ?? 'GET'} ${url}: ${String((err as Error).cause ?? err)}`, { cause: err });
  }
}
/**
 * GET on a connection of its own: while the commit's one transaction holds the event loop
 * (seconds for 10,000 rows), a kept-alive socket's idle timer runs out and the server resets it.
 */
function getFresh(url: string, headers: Record<string, string>): Promise<unknown> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers, agent: false }, (res) => {
        let body = '';
        res.on('data', (c: Buffer) => (body += c.toString()));
        res.on('end', () => {
          try {
            resolve(JSON.parse(body) as unknown);
          } catch {
            reject(new Error(`GET ${url}: ${res.statusCode}, not JSON: ${body.slice(0, 80)}`));
          }
        });
        res.on('error', reject);
      })
      .on('error', reject);
  });
}

const verdict = (ok: boolean) => (ok ? 'met' : 'MISSED');

/** CPU time (ms, user + system, every thread) a process has used: on a shared machine steadier than wall time. */
function cpuMs(pid: number): number {
  const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
}

/** The highest RSS (MB) of a process seen while `step` runs, sampled every 50 ms, and the server CPU it took. */
async function watchRss<T>(pid: number, step: () => Promise<T>): Promise<{ value: T; rss: number; cpu: number }> {
  let rss = rssMb(pid);
  const cpu0 = cpuMs(pid);
  const timer = setInterval(() => (rss = Math.max(rss, rssMb(pid))), 50);
  try {
    const value = await step();
    return { value, rss: Math.max(rss, rssMb(pid)), cpu: Math.round(cpuMs(pid) - cpu0) };
  } finally {
    clearInterval(timer);
  }
}

/** GET /api/health on a fresh connection every 50 ms until `stop()`: the latencies (ms) and how many failed. */
function probeHealth(url: string) {
  const latencies: number[] = [];
  let failed = 0;
  let running = true;
  const loop = (async () => {
    while (running) {
      const t0 = performance.now();
      try {
        await getFresh(`${url}/api/health`, {});
        latencies.push(performance.now() - t0);
      } catch {
        failed++;
      }
      await new Promise((r) => setTimeout(r, 50));
    }
  })();
  return {
    async stop() {
      running = false;
      await loop;
      const sorted = [...latencies].sort((a, b) => a - b);
      const at = (q: number) => Math.round(sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN);
      return { n: sorted.length, failed, p50: at(0.5), p99: at(0.99), max: Math.round(sorted.at(-1) ?? NaN) };
    },
  };
}

function sheet(): string[][] {
  const header = ['Titel', 'Soort', 'Kenmerk', 'Samenwerkingsverband', 'Ingangsdatum', 'Einddatum', 'Opzegtermijn', 'Stilzwijgende verlenging', 'Partijen', 'Opmerkingen'];
  const types = ['DVO', 'verwerkersovereenkomst', 'convenant', 'samenwerkingsovereenkomst', 'dienstverleningsovereenkomst'];
  const dates = (i: number) => [String(2010 + (i % 15)), `mrt ${2015 + (i % 10)}`, `1-${1 + (i % 12)}-${2016 + (i % 9)}`, String(40000 + (i % 5000))][i % 4]!;
  const notice = ['3 maanden', 'n.v.t.', '1 jaar', 'onbekend', '6 weken', ''];
  const renew = ['ja', 'nee', 'ja, telkens 1 jaar', '', 'onbekend'];
  const collabs = ['RTR', 'IVZ', 'ZVHT', 'KMT'];
  const parties = ['Gemeente Enschede', 'Gemeente Hengelo', 'Veiligheidsregio Twente', 'Politie', 'Leverancier Oost B.V.', 'Zorgpartner Twente'];
  const rows = [header];
  for (let i = 0; i < ROWS; i++) {
    rows.push([
      `Overeenkomst ${i} — onderhoud en beheer`,
      types[i % types.length]!,
      i % 3 === 0 ? '' : `BENCH-${i}`,
      collabs[i % collabs.length]!,
      dates(i),
      i % 5 === 0 ? `${2030 + (i % 5)}` : '',
      notice[i % notice.length]!,
      renew[i % renew.length]!,
      `${parties[i % parties.length]}; ${parties[(i + 1) % parties.length]}`,
      i % 7 === 0 ? 'Geïmporteerd uit de oude lijst (€, “aanhalingstekens”)' : '',
    ]);
  }
  return rows;
}

async function main() {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'akkoord-import-bench-'));
  const server = await startServer(dataDir);
  let serverLog = '';
  const keep = (c: Buffer) => (serverLog = (serverLog + c.toString()).slice(-20_000));
  server.child.stdout!.on('data', keep);
  server.child.stderr!.on('data', keep);
  try {
    const headers = await benchHeaders(server.url, dataDir, 'legal');
    const bytes = encodeWindows1252(csvText(sheet(), ';'));
    console.log(`file: ${ROWS.toLocaleString('en')} rows, ${(bytes.length / 1024 / 1024).toFixed(1)} MB (Windows-1252, semicolons)`);

    const preview = async () => {
      const t0 = performance.now();
      const form = new FormData();
      form.append('file', new Blob([new Uint8Array(bytes)]), 'lijst.csv');
      const up = await call(`${server.url}/api/imports`, { method: 'POST', headers, body: form });
      if (up.status !== 201) throw new Error(`upload: ${up.status} ${await up.text()}`);
      const { id, suggestedMapping } = (await up.json()) as { id: number; suggestedMapping: Record<string, string | null> };
      const t1 = performance.now();
      const mapped = await call(`${server.url}/api/imports/${id}/mapping`, {
        method: 'PUT',
        headers: { ...headers, 'content-type': 'application/json' },
        body: JSON.stringify({ mapping: suggestedMapping }),
      });
      if (!mapped.ok) throw new Error(`mapping: ${mapped.status} ${await mapped.text()}`);
      const rowsRes = await call(`${server.url}/api/imports/${id}/rows?status=all`, { headers });
      const rows = (await rowsRes.json()) as { counts: Record<string, number>; unknownOrganisations: string[]; items: unknown[] };
      const t2 = performance.now();
      return { id, rows, uploadMs: t1 - t0, totalMs: t2 - t0 };
    };
    const commit = async (id: number, body: object) => {
      const t0 = performance.now();
      const res = await call(`${server.url}/api/imports/${id}/commit`, {
        method: 'POST',
        headers: { ...headers, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      if (res.status !== 202) throw new Error(`commit: ${res.status} ${await res.text()}`);
      let polls = 0;
      let lastProcessed = -1;
      let advances = 0;
      let pollFailures = 0;
      for (;;) {
        let status: {
          state: string;
          created: number;
          updated: number;
          skipped: number;
          error: string | null;
        };
        try {
          status = (await getFresh(`${server.url}/api/imports/${id}`, headers)) as typeof status;
        } catch {
          // The old single transaction on the main thread blocked long enough for the server to reset connections.
          pollFailures++;
          await new Promise((r) => setTimeout(r, 100));
          continue;
        }
        polls++;
        const processed = (status as { processed?: number }).processed ?? 0;
        if (processed !== lastProcessed) advances++;
        lastProcessed = processed;
        if (status.state !== 'running') return { status, ms: performance.now() - t0, polls, advances, pollFailures };
        await new Promise((r) => setTimeout(r, 100));
      }
    };

    const load = () =>
      os
        .loadavg()
        .map((l) => l.toFixed(2))
        .join(', ');
    console.log(`load average at start: ${load()} (${os.cpus().length} cores)`);
    console.log(`server RSS at start: ${rssMb(server.pid)} MB`);
    const { value: first, rss: previewRss, cpu: previewCpu } = await watchRss(server.pid, preview);
    console.log(
      `preview (upload ${Math.round(first.uploadMs)} ms + mapping + ${first.rows.items.length} rows): ${Math.round(first.totalMs)} ms (target < 5000: ${verdict(first.totalMs < 5000)}); counts ${JSON.stringify(first.rows.counts)}, ${first.rows.unknownOrganisations.length} unknown organisations; server CPU ${previewCpu} ms; RSS up to ${previewRss} MB`,
    );
    const health = probeHealth(server.url);
    const { value: done, rss: commitRss, cpu: commitCpu } = await watchRss(server.pid, () => commit(first.id, { createOrganisations: true }));
    const h = await health.stop();
    console.log(
      `commit: ${Math.round(done.ms)} ms (target < 10000: ${verdict(done.ms < 10_000 && done.status.state === 'done')}); ${done.status.state}, created ${done.status.created}, skipped ${done.status.skipped}; ${done.polls} progress polls (${done.pollFailures} reset), processed changed ${done.advances} times; server CPU ${commitCpu} ms; RSS up to ${commitRss} MB`,
    );
    console.log(`health during the commit: ${h.n} answered, ${h.failed} failed, p50 ${h.p50} ms, p99 ${h.p99} ms, max ${h.max} ms`);
    const { value: again, rss: againRss, cpu: againCpu } = await watchRss(server.pid, preview);
    console.log(`second run preview: ${Math.round(again.totalMs)} ms; counts ${JSON.stringify(again.rows.counts)}; server CPU ${againCpu} ms; RSS up to ${againRss} MB`);
    const { value: noop, rss: noopRss, cpu: noopCpu } = await watchRss(server.pid, () => commit(again.id, {}));
    console.log(`second run commit: ${Math.round(noop.ms)} ms; created ${noop.status.created}, skipped ${noop.status.skipped}; server CPU ${noopCpu} ms; RSS up to ${noopRss} MB`);
    const t0 = performance.now();
    const revertHealth = probeHealth(server.url);
    const {
      value: revertBody,
      rss: revertRss,
      cpu: revertCpu,
    } = await watchRss(server.pid, async () => {
      const reverted = await call(`${server.url}/api/imports/${first.id}/revert`, { method: 'POST', headers });
      return (await reverted.json()) as { reverted: unknown };
    });
    const rh = await revertHealth.stop();
    console.log(`revert: ${Math.round(performance.now() - t0)} ms; ${JSON.stringify(revertBody.reverted)}; server CPU ${revertCpu} ms; RSS up to ${revertRss} MB`);
    console.log(`health during the revert: ${rh.n} answered, ${rh.failed} failed, p50 ${rh.p50} ms, p99 ${rh.p99} ms, max ${rh.max} ms`);
    const peak = rssMb(server.pid, 'peak');
    console.log(`server peak RSS: ${peak} MB (target < 300: ${verdict(peak < 300)})`);
    console.log(`load average at end: ${load()}`);
  } catch (err) {
    console.log(`failed: ${String(err)}\nserver output (last part):\n${serverLog.slice(-4000)}`);
    throw err;
  } finally {
    await server.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();
