import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ExtractionLimits, ExtractionOutcome, ExtractionRequest, OcrSetup } from './extract/extraction-protocol.ts';

/**
 * The extraction process's module. In the bundle it sits beside main.mjs;
 * from the sources (tests, `npm run dev`) it is TypeScript, run with tsx's
 * loader.
 */
function childCommand(): { args: string[]; entry: string } {
  if (!import.meta.url.endsWith('.ts')) return { args: [], entry: fileURLPath(new URL('./extraction-child.mjs', import.meta.url)) };
  const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
  return { args: ['--import', tsx], entry: fileURLPath(new URL('./extract/extraction-child.ts', import.meta.url)) };
}
const fileURLPath = (u: URL) => decodeURIComponent(u.pathname);

/** How often the extraction process's resident memory is looked at. */
const MEMORY_POLL_MS = 100;

/** Resident memory of a process in MB from /proc (Linux), or null where there is none. */
function residentMb(pid: number): number | null {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'latin1');
    const kb = /^VmRSS:\s+(\d+)\s+kB/m.exec(status)?.[1];
    return kb ? Number(kb) / 1024 : null;
  } catch {
    return null;
  }
}

export interface RunExtractionOptions {
  /** Another Node binary (tests run the extraction on Node 20 with it). */
  node?: string;
  /** Another module to run instead of the extraction (tests of the limits: a module that hangs or eats memory). */
  entry?: string;
  /** Its niceness (default 19: the server's requests come first). The tests, which share the CPU with other suites, use 0. */
  nice?: number;
  /** Lines of the process's stderr, for the log. */
  onStderr?: (text: string) => void;
}

/** A running extraction: its outcome, and a way to stop it at once (server shutdown). */
export interface ExtractionRun {
  outcome: Promise<ExtractionOutcome>;
  kill(): void;
  /** The extraction process's id, which is also its process group's (undefined when it could not be started). */
  readonly pid: number | undefined;
}

/**
 * Extracts the text of one file in a process of its own (decision 046): a
 * Node process in its own process group, started with a heap limit, at low
 * CPU priority (nice 19), given `limits.timeoutMs` of wall-clock time and
 * `limits.memoryMb` of resident memory (looked at every 100 ms). On either
 * overrun the whole group — tesseract included — is killed and the outcome
 * is `failed` with `timeout` or `memory_limit`; a process that dies without
 * an answer gives `crashed` (or `memory_limit` when V8 ran out of heap). Never
 * rejects.
 */
export function runExtraction(file: string, mediaType: string, ocr: OcrSetup | null, limits: ExtractionLimits, opts: RunExtractionOptions = {}): ExtractionRun {
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'akkoord-text-'));
  const command = childCommand();
  const heapMb = Math.max(64, Math.floor(limits.memoryMb * 0.75));
  const child = spawn(opts.node ?? process.execPath, [...command.args, `--max-old-space-size=${heapMb}`, opts.entry ?? command.entry], {
    stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
    detached: true,
    env: { ...process.env, NODE_OPTIONS: '' },
  });
  try {
    if (child.pid) os.setPriority(child.pid, opts.nice ?? 19);
  } catch {
    // Not allowed to lower it: it runs at the server's priority.
  }
  let stderr = '';
  child.stderr!.on('data', (b: Buffer) => {
    if (stderr.length < 8000) stderr += b.toString('utf8');
  });
  let killedFor: 'timeout' | 'memory_limit' | null = null;
  const killGroup = () => {
    try {
      if (child.pid) process.kill(-child.pid, 'SIGKILL');
    } catch {
      // Already gone.
    }
  };
  const outcome = new Promise<ExtractionOutcome>((resolve) => {
    let answer: ExtractionOutcome | null = null;
    const timer = setTimeout(() => {
      killedFor ??= 'timeout';
      killGroup();
    }, limits.timeoutMs);
    const poll = setInterval(() => {
      const rss = child.pid ? residentMb(child.pid) : null;
      if (rss !== null && rss > limits.memoryMb) {
        killedFor ??= 'memory_limit';
        killGroup();
      }
    }, MEMORY_POLL_MS);
    child.on('message', (m: ExtractionOutcome) => {
      answer = m;
    });
    let settled = false;
    const finish = () => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      clearInterval(poll);
      // Leftovers of a killed job: tesseract may still hold files in it for a moment.
      fs.rm(workDir, { recursive: true, force: true }, () => undefined);
      if (stderr.trim()) opts.onStderr?.(stderr.trim());
      if (answer && !killedFor) return resolve(answer);
      if (killedFor) return resolve({ status: 'failed', reason: killedFor, pages: [] });
      const outOfHeap = /heap out of memory|Allocation failed|invalid array length|ERR_STRING_TOO_LONG/i.test(stderr);
      resolve({ status: 'failed', reason: outOfHeap ? 'memory_limit' : 'crashed', pages: [] });
    };
    // Could not start (no such binary): no 'close' may follow.
    child.on('error', finish);
    child.on('close', finish);
  });
  const request: ExtractionRequest = { file, mediaType, ocr, workDir, limits };
  child.send(request, (err) => {
    if (err) killGroup();
  });
  return {
    outcome,
    pid: child.pid,
    kill: () => {
      killedFor ??= 'timeout';
      killGroup();
    },
  };
}
