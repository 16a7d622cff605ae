/**
 * Document uploads (issue 13): a 25 MB file sent to the real server (bundled, as `npm start` runs it) over
 * loopback as multipart/form-data, UPLOAD_ROUNDS times (default 5, each file different). Prints the upload
 * rate (target ≥ 100 MB/s) and how far the server's resident memory rose above its level before the upload
 * (target < 30 MB: the file is streamed to disk, never held in memory), and the download rate for comparison.
 * A first upload of the same size warms the server up and is printed apart; each round waits until the server has
 * read the previous file's text in the background (decision 046), as a person filing one copy after another would.
 *
 *   npm run bench -- documents
 *   BENCH_SERVER_NODE_OPTIONS="--cpu-prof --cpu-prof-dir=/tmp/prof" npm run bench -- documents   (profile the server)
 */
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import http from 'node:http';
import { createBenchAccount, freshBenchDataDir } from './support/bench-account.ts';
import { HttpSession } from './support/http-session.ts';
import { rssMb, startServer } from './support/server-process.ts';

const rounds = Number(process.env.UPLOAD_ROUNDS ?? 5);
const SIZE = 25 * 1024 * 1024;
const EMAIL = 'upload-legal@akkoord.local';
const PASSWORD = 'upload-bench-wachtwoord';

/** Resident memory in KB, read often while the upload runs. */
const rssKb = (pid: number) => Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);

/** CPU time the server process (all its threads) has used, in ms (Linux /proc; clock ticks of 10 ms). */
const cpuMs = (pid: number) => {
  const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
};

/** A 25 MB "PDF": the PDF header (sniffed) followed by incompressible bytes, different every round. */
function file(round: number): Buffer {
  return Buffer.concat([
    Buffer.from(`%PDF-1.7\n% ronde ${round}\n`),
    randomBytes(SIZE - 32),
    Buffer.from('\n%%EOF\n'.padStart(32 - `%PDF-1.7\n% ronde ${round}\n`.length + 7)),
  ]).subarray(0, SIZE);
}

function upload(url: string, session: HttpSession, bytes: Buffer, agreementId: number): Promise<{ status: number; ms: number; body: string }> {
  const boundary = `----akkoordbench${randomBytes(8).toString('hex')}`;
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="kind"\r\n\r\nsigned_copy\r\n--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="getekend.pdf"\r\nContent-Type: application/pdf\r\n\r\n`,
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const req = http.request(
      `${url}/api/agreements/${agreementId}/documents`,
      {
        method: 'POST',
        headers: {
          cookie: session.cookie,
          'x-csrf-token': session.csrf,
          'content-type': `multipart/form-data; boundary=${boundary}`,
          'content-length': String(head.length + bytes.length + tail.length),
        },
      },
      (res) => {
        let body = '';
        res.on('data', (c: Buffer) => (body += c.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, ms: performance.now() - started, body }));
      },
    );
    req.on('error', reject);
    // As a browser sends a file: in pieces of 64 KB, as fast as the socket takes them.
    void (async () => {
      req.write(head);
      for (let at = 0; at < bytes.length; at += 64 * 1024) {
        if (!req.write(bytes.subarray(at, at + 64 * 1024))) await new Promise((r) => req.once('drain', r));
      }
      req.end(tail);
    })();
  });
}

function download(url: string, session: HttpSession, contentUrl: string): Promise<{ ms: number; sha256: string }> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    http
      .get(`${url}${contentUrl}`, { headers: { cookie: session.cookie } }, (res) => {
        const hash = createHash('sha256');
        res.on('data', (c: Buffer) => hash.update(c));
        res.on('end', () => resolve({ ms: performance.now() - started, sha256: hash.digest('hex') }));
      })
      .on('error', reject);
  });
}

/** Waits until the document's newest version is no longer `pending` (its text read or given up); says how it ended and when. */
async function waitForText(session: HttpSession, documentId: number): Promise<string> {
  const started = performance.now();
  for (;;) {
    const reply = await session.request('GET', `/api/documents/${documentId}`);
    const status = (JSON.parse(reply.body) as { versions: { textStatus: string }[] }).versions[0]?.textStatus;
    if (status && status !== 'pending') return `${status} after ${(performance.now() - started).toFixed(0)} ms`;
    if (performance.now() - started > 120_000) return 'still pending after 120 s';
    await new Promise((r) => setTimeout(r, 100));
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function main(): Promise<void> {
  const dataDir = freshBenchDataDir('documents');
  createBenchAccount(dataDir, EMAIL, PASSWORD);
  const server = await startServer(dataDir, { LOG_LEVEL: 'warn', ...(process.env.BENCH_SERVER_NODE_OPTIONS ? { NODE_OPTIONS: process.env.BENCH_SERVER_NODE_OPTIONS } : {}) });
  try {
    const session = new HttpSession(server.url);
    await session.signIn(EMAIL, PASSWORD);
    const agreementId = (JSON.parse((await session.request('GET', '/api/agreements?limit=1')).body) as { items: { id: number }[] }).items[0]!.id;
    // Warm-up: one upload of the same size, not counted, so the rounds measure a running server (the parser's and
    // hash's loops compiled by V8's optimising compiler, which a 64 KB file does not reach). Printed all the same.
    const warm = await upload(server.url, session, file(0), agreementId);
    if (warm.status !== 201) throw new Error(`warm-up upload failed: ${warm.status} ${warm.body}`);
    console.log(`warm-up (first 25 MB upload after start, not counted): ${(SIZE / (1024 * 1024) / (warm.ms / 1000)).toFixed(0)} MB/s`);
    await waitForText(session, (JSON.parse(warm.body) as { id: number }).id);

    const rates: number[] = [];
    const growth: number[] = [];
    const downloads: number[] = [];
    const cpu: number[] = [];
    for (let round = 1; round <= rounds; round++) {
      const bytes = file(round);
      const expected = createHash('sha256').update(bytes).digest('hex');
      await new Promise((r) => setTimeout(r, 300));
      const before = rssKb(server.pid);
      let peak = before;
      const cpuBefore = cpuMs(server.pid);
      const sampler = setInterval(() => (peak = Math.max(peak, rssKb(server.pid))), 5);
      const res = await upload(server.url, session, bytes, agreementId);
      clearInterval(sampler);
      peak = Math.max(peak, rssKb(server.pid));
      if (res.status !== 201) throw new Error(`upload failed: ${res.status} ${res.body}`);
      cpu.push(cpuMs(server.pid) - cpuBefore);
      const document = JSON.parse(res.body) as { id: number; versions: { sha256: string; contentUrl: string }[] };
      const version = document.versions[0]!;
      if (version.sha256 !== expected) throw new Error('the stored hash is not the hash of the bytes sent');
      const got = await download(server.url, session, version.contentUrl);
      if (got.sha256 !== expected) throw new Error('the downloaded bytes differ from the uploaded ones');
      // The server reads the text of each new version in a child process (decision 046). The next round waits for
      // it, as a person filing one signed copy after another would: otherwise that reading competes with the next
      // upload for this machine's cores and the figure measures both.
      const extracted = await waitForText(session, document.id);
      rates.push(SIZE / (1024 * 1024) / (res.ms / 1000));
      growth.push((peak - before) / 1024);
      downloads.push(SIZE / (1024 * 1024) / (got.ms / 1000));
      console.log(
        `round ${round}: upload ${res.ms.toFixed(0)} ms = ${rates.at(-1)!.toFixed(0)} MB/s; RSS ${Math.round(before / 1024)} → peak ${Math.round(peak / 1024)} MB (+${growth.at(-1)!.toFixed(1)} MB); download ${downloads.at(-1)!.toFixed(0)} MB/s; server CPU ${cpu.at(-1)} ms; text read in the background: ${extracted}`,
      );
    }
    console.log(`upload of 25 MB over loopback (${rounds} rounds): median ${median(rates).toFixed(0)} MB/s, slowest ${Math.min(...rates).toFixed(0)} MB/s (target ≥ 100)`);
    console.log(
      `server CPU per 25 MB upload: median ${median(cpu)} ms = ${(SIZE / (1024 * 1024) / (Math.max(median(cpu), 10) / 1000)).toFixed(0)} MB per CPU-second (what a free core sustains; the wall-clock rates include waiting for a busy CPU and disk)`,
    );
    console.log(
      `server RSS growth during an upload: median ${median(growth).toFixed(1)} MB, largest ${Math.max(...growth).toFixed(1)} MB (target < 30); resident now ${rssMb(server.pid)} MB`,
    );
    console.log(`download of 25 MB: median ${median(downloads).toFixed(0)} MB/s`);
    console.log(
      `load average during the run: ${os
        .loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')} on ${os.cpus().length} cores (other work on the machine slows every figure)`,
    );
    if (median(rates) < 100 || Math.max(...growth) >= 30) process.exitCode = 1;
  } finally {
    await server.stop();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
