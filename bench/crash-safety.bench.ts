/**
 * Crash safety (issue 8): writers send agreements to the real server while it
 * is killed with SIGKILL (no chance to clean up) and restarted, CRASH_ROUNDS
 * times (default 20). Afterwards every write the server acknowledged (201)
 * must be in the database with its audit event, and SQLite's integrity and
 * foreign-key checks must pass. Sessions survive the restarts (stored in SQLite).
 *
 *   npm run bench -- crash-safety
 */
import path from 'node:path';
import Database from 'better-sqlite3';
import { createBenchAccount, freshBenchDataDir } from './support/bench-account.ts';
import { HttpSession } from './support/http-session.ts';
import { startServer } from './support/server-process.ts';

const rounds = Number(process.env.CRASH_ROUNDS ?? 20);
const writers = Number(process.env.CRASH_WRITERS ?? 8);
const EMAIL = 'crash-legal@akkoord.local';
const PASSWORD = 'crash-bench-wachtwoord';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function main(): Promise<void> {
  const dataDir = freshBenchDataDir('crash-safety');
  createBenchAccount(dataDir, EMAIL, PASSWORD);

  const acknowledged = new Map<number, string>();
  let attempted = 0;
  let inFlightAtKill = 0;
  let sessionSurvived = 0;
  const starts: number[] = [];
  let cookie = '';
  let csrf = '';

  for (let round = 1; round <= rounds; round++) {
    const server = await startServer(dataDir, { LOG_LEVEL: 'warn' });
    starts.push(server.startMs);
    const probe = new HttpSession(server.url);
    if (round === 1) {
      await probe.signIn(EMAIL, PASSWORD);
      ({ cookie, csrf } = probe);
    } else {
      Object.assign(probe, { cookie, csrf });
      if ((await probe.request('GET', '/api/session')).status === 200) sessionSurvived++;
    }
    probe.close();

    let killed = false;
    let inFlight = 0;
    const loops = Array.from({ length: writers }, async (_, w) => {
      const s = new HttpSession(server.url);
      Object.assign(s, { cookie, csrf });
      for (let n = 0; !killed; n++) {
        const title = `Crashproef r${round} w${w} n${n}`;
        attempted++;
        inFlight++;
        try {
          const res = await s.request('POST', '/api/agreements', { type: 'service', title, notes: 'x'.repeat(200) });
          if (res.status === 201) acknowledged.set((JSON.parse(res.body) as { id: number }).id, title);
          else if (!killed) throw new Error(`unexpected ${res.status}: ${res.body}`);
        } catch (err) {
          if (!killed) throw err;
          return;
        } finally {
          inFlight--;
        }
      }
      s.close();
    });
    await sleep(300 + Math.random() * 1200);
    inFlightAtKill += inFlight;
    killed = true;
    process.kill(server.pid, 'SIGKILL');
    await Promise.all(loops);
    await server.stop();
  }

  // One clean start after the last kill: the server must come up on what the kills left.
  const last = await startServer(dataDir, { LOG_LEVEL: 'warn' });
  starts.push(last.startMs);
  await last.stop();

  const db = new Database(path.join(dataDir, 'akkoord.db'));
  const integrity = db.pragma('integrity_check', { simple: true });
  const foreignKeyProblems = (db.pragma('foreign_key_check') as unknown[]).length;
  const stored = db.prepare('SELECT title FROM agreements WHERE id = ?').pluck();
  const audited = db.prepare("SELECT count(*) FROM audit_events WHERE entity_type = 'agreement' AND entity_id = ? AND action = 'create'").pluck();
  let missing = 0;
  let wrongTitle = 0;
  let withoutAudit = 0;
  for (const [id, title] of acknowledged) {
    const got = stored.get(id) as string | undefined;
    if (got === undefined) missing++;
    else if (got !== title) wrongTitle++;
    if (audited.get(String(id)) !== 1) withoutAudit++;
  }
  const total = db.prepare("SELECT count(*) FROM agreements WHERE title LIKE 'Crashproef %'").pluck().get() as number;
  db.close();

  starts.sort((a, b) => a - b);
  console.log(`crash safety: ${rounds} × SIGKILL during writes (${writers} concurrent writers), ${rounds + 1} restarts`);
  console.log(`writes: ${attempted} sent, ${acknowledged.size} acknowledged (201), ${inFlightAtKill} in flight at a kill; ${total} stored`);
  console.log(`acknowledged but missing: ${missing}; stored with another title: ${wrongTitle}; without their audit event: ${withoutAudit} (target 0)`);
  console.log(`PRAGMA integrity_check: ${integrity}; foreign_key_check problems: ${foreignKeyProblems}`);
  console.log(`session kept across restarts: ${sessionSurvived} of ${rounds - 1}`);
  console.log(`restart to listening: median ${starts[Math.floor(starts.length / 2)]} ms, max ${starts[starts.length - 1]} ms`);
  if (missing || wrongTitle || withoutAudit || integrity !== 'ok' || foreignKeyProblems) process.exitCode = 1;
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
