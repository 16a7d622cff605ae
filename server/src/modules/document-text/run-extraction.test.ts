import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { textPdf } from '../../test/pdf-fixtures.ts';
import type { ExtractionLimits } from './extract/extraction-protocol.ts';
import { runExtraction } from './run-extraction.ts';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'akkoord-run-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const pdf = path.join(dir, 'a.pdf');
fs.writeFileSync(pdf, textPdf([['Artikel 1. Looptijd'], ['Artikel 2. Opzegging']]));
/** At the tests' own priority: other suites run beside them (production runs it at nice 19). */
const FAST = { nice: 0 };
const limits: ExtractionLimits = { timeoutMs: 60_000, memoryMb: 512, maxPages: 2000, maxTextChars: 1_000_000, maxEntryBytes: 8 << 20, maxImagePixels: 40_000_000 };
const child = (name: string) => fileURLToPath(new URL(`./test-children/${name}`, import.meta.url));

/** Debian's Node 20 (the system's node on these machines), if there is one. */
function node20(): string | null {
  try {
    return execFileSync('/usr/bin/node', ['--version'], { encoding: 'utf8' }).startsWith('v20.') ? '/usr/bin/node' : null;
  } catch {
    return null;
  }
}

describe('the extraction process', () => {
  it('extracts a PDF in a process of its own', async () => {
    expect(await runExtraction(pdf, 'application/pdf', null, limits, FAST).outcome).toEqual({
      status: 'done',
      reason: null,
      pages: ['Artikel 1. Looptijd', 'Artikel 2. Opzegging'],
    });
  }, 60_000);

  it.skipIf(!node20())(
    'extracts a PDF on Node 20 too (pdf.js 5.6.205 supports it)',
    async () => {
      expect(await runExtraction(pdf, 'application/pdf', null, limits, { ...FAST, node: node20()! }).outcome).toMatchObject({
        status: 'done',
        pages: ['Artikel 1. Looptijd', 'Artikel 2. Opzegging'],
      });
    },
    60_000,
  );

  it('kills a parser that hangs at the time limit: failed, timeout', async () => {
    const started = performance.now();
    const run = runExtraction(pdf, 'application/pdf', null, { ...limits, timeoutMs: 1500 }, { ...FAST, entry: child('hang.mjs') });
    expect(await run.outcome).toEqual({ status: 'failed', reason: 'timeout', pages: [] });
    expect(performance.now() - started).toBeLessThan(10_000);
  }, 30_000);

  it('kills a parser that takes more memory than the limit: failed, memory_limit', async () => {
    const run = runExtraction(pdf, 'application/pdf', null, { ...limits, memoryMb: 200, timeoutMs: 30_000 }, { ...FAST, entry: child('eat-memory.mjs') });
    expect(await run.outcome).toEqual({ status: 'failed', reason: 'memory_limit', pages: [] });
  }, 60_000);

  it('reports a process that dies without an answer: failed, crashed', async () => {
    expect(await runExtraction(pdf, 'application/pdf', null, limits, { ...FAST, entry: child('crash.mjs') }).outcome).toEqual({ status: 'failed', reason: 'crashed', pages: [] });
  }, 30_000);

  it('leaves no process behind after a kill', async () => {
    const run = runExtraction(pdf, 'application/pdf', null, limits, { ...FAST, entry: child('hang.mjs') });
    await new Promise((r) => setTimeout(r, 300));
    run.kill();
    await run.outcome;
    // Its own process group only: other test files, running beside this one, may have a hang.mjs of their own.
    const groups = execFileSync('ps', ['-eo', 'pgid='], { encoding: 'utf8' })
      .split('\n')
      .map((l) => Number(l.trim()));
    expect(run.pid).toBeGreaterThan(0);
    expect(groups).not.toContain(run.pid);
  }, 30_000);
});
