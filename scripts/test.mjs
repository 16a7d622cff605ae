#!/usr/bin/env node
// `npm test`: every suite — unit/API (vitest projects shared, server, client)
// and the browser suite (e2e/, real Chromium). Prints one closing line
// "tests: N passed, M failed" and exits non-zero on any failure.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { stripVTControlCharacters } from 'node:util';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const args = process.argv.slice(2);
const e2eOnly = args.includes('--e2e-only');
const skipE2e = args.includes('--no-e2e');
const isCi = process.env.CI === 'true' || process.env.CI === '1';
const chromium = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'akkoord-test-report-'));

let passed = 0;
let failed = 0;
let skipped = 0;
/** One line per failed test or broken file, repeated at the end so that the tail of a long log names them. */
const failures = [];

function firstLine(message) {
  const line = stripVTControlCharacters(String(message ?? ''))
    .split('\n')
    .find((l) => l.trim() !== '');
  return (line ?? 'no message').trim().slice(0, 300);
}

/**
 * Why a test failed, in one line. Vitest's JSON report keeps only a placeholder stack for a test that ran out of time
 * ("Error: STACK_TRACE_ERROR", without "Test timed out in … ms"): that one is named a timeout, with how long it ran.
 */
function reason(test) {
  const line = firstLine(test.failureMessages?.[0]);
  if (!/STACK_TRACE_ERROR/.test(line)) return line;
  return `timed out after ${Math.round(test.duration ?? 0)} ms (its time limit; vitest's report keeps no other message for a timeout)`;
}

function runVitest(name, extraArgs) {
  const report = path.join(outDir, `${name}.json`);
  const result = spawnSync(
    process.execPath,
    [path.join(root, 'node_modules/vitest/vitest.mjs'), 'run', ...extraArgs, '--reporter=default', '--reporter=json', `--outputFile.json=${report}`],
    { cwd: root, stdio: 'inherit', env: process.env },
  );
  if (!fs.existsSync(report)) {
    console.error(`\n[test] ${name}: the runner produced no report (exit ${result.status}); counting it as a failure.`);
    failed += 1;
    failures.push(`${name}: the runner produced no report (exit ${result.status})`);
    return;
  }
  const json = JSON.parse(fs.readFileSync(report, 'utf8'));
  passed += json.numPassedTests;
  failed += json.numFailedTests;
  skipped += json.numPendingTests + json.numTodoTests;
  // Suites that fail to load count no tests: count each as a failure.
  const brokenSuites = (json.testResults ?? []).filter((r) => r.status === 'failed' && (r.assertionResults ?? []).length === 0).length;
  failed += brokenSuites;
  for (const file of json.testResults ?? []) {
    const where = path.relative(root, file.name);
    if (file.status === 'failed' && (file.assertionResults ?? []).length === 0) {
      failures.push(`${name}: ${where}: ${firstLine(file.message)}`);
    }
    for (const test of file.assertionResults ?? []) {
      if (test.status === 'failed') failures.push(`${name}: ${where} > ${test.fullName}: ${reason(test)}`);
    }
  }
  if (result.status !== 0 && json.numFailedTests === 0 && brokenSuites === 0) {
    failed += 1;
    failures.push(`${name}: the runner exited with ${result.status} although no test failed (an error outside the tests: see above)`);
  }
}

if (!e2eOnly) runVitest('unit', []);

if (!skipE2e) {
  if (!fs.existsSync(chromium)) {
    const banner = '='.repeat(72);
    console.error(
      `\n${banner}\n  BROWSER TESTS NOT RUN: Chromium was not found at ${chromium}.\n  Install it with:  sudo apt-get update && sudo apt-get install -y chromium\n  (or point CHROMIUM_PATH at a Chromium binary)\n${banner}\n`,
    );
    if (isCi) {
      console.error('[test] CI=true: a missing browser is a failure, not a skip.');
      failed += 1;
    }
  } else if (fs.existsSync(path.join(root, 'e2e/vitest.config.ts'))) {
    runVitest('e2e', ['--config', 'e2e/vitest.config.ts']);
  }
}

fs.rmSync(outDir, { recursive: true, force: true });
if (failures.length > 0) {
  console.log('\nFailed:');
  for (const line of failures) console.log(`failed: ${line}`);
}
console.log(`\ntests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 ? 1 : 0);
