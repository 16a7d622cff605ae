/**
 * Reminders performance (issue 7):
 *  1. planning the day's reminders for 100,000 synthetic agreements (target < 1 s);
 *  2. draining 10,000 queued e-mails to a loopback SMTP server in another
 *     process (target ≥ 200 messages/s, memory flat: RSS before/after/peak).
 * Measured in process on the service functions the job calls.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import { fileURLToPath } from 'node:url';
import { addDays } from '../shared/src/dates/calendar-day.ts';
import { loadConfig } from '../server/src/config.ts';
import { closeDatabase, openDatabase } from '../server/src/db/client.ts';
import type { AppDeps } from '../server/src/deps.ts';
import { fixedClock } from '../server/src/lib/clock.ts';
import { createLogger } from '../server/src/lib/logger.ts';
import { refreshDerived } from '../server/src/modules/alerts/refresh-derived.ts';
import { deliverOutbox } from '../server/src/modules/outbox/deliver-outbox.ts';
import { planReminders } from '../server/src/modules/digests/plan-reminders.ts';
import { closeTransports } from '../server/src/modules/outbox/smtp-transport.ts';
import { BENCH_OUT, syntheticDataDir } from './support/dataset.ts';

const TODAY = process.env.BENCH_TODAY ?? new Date().toISOString().slice(0, 10);
const MESSAGES = Number(process.env.BENCH_MESSAGES ?? 10_000);
const mb = (n: number) => `${(n / 1024 / 1024).toFixed(0)} MB`;
const count = (deps: AppDeps, sql: string) => (deps.db.$client.prepare(sql).get() as { n: number }).n;

function timed<T>(fn: () => T): [T, number] {
  const started = performance.now();
  const result = fn();
  return [result, performance.now() - started];
}

/** Wall-clock and CPU milliseconds (CPU shows the cost when the machine is shared). */
function measured<T>(fn: () => T): [T, string, number] {
  const cpu = process.cpuUsage();
  const [result, ms] = timed(fn);
  const used = process.cpuUsage(cpu);
  return [result, `${Math.round(ms)} ms wall, ${Math.round((used.user + used.system) / 1000)} ms CPU`, ms];
}

function planning(): void {
  const dataDir = syntheticDataDir(100_000, { copy: 'reminders-bench' });
  const config = loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'silent', NODE_ENV: 'production' });
  const db = openDatabase(path.join(dataDir, 'akkoord.db'));
  const at = (day: string): AppDeps => ({ db, config, clock: fixedClock(day), logger: createLogger('silent') });
  const deps = at(TODAY);
  const agreements = count(deps, 'select count(*) as n from agreements');
  const [, refreshMs] = timed(() => refreshDerived(deps, { on: TODAY }));
  console.log(
    `dataset: ${agreements.toLocaleString('en')} agreements, reference day ${TODAY} (derived columns refreshed in ${Math.round(refreshMs)} ms, as the server does every day)`,
  );

  const [first, firstT] = measured(() => planReminders(deps, TODAY));
  console.log(
    `plan, first run in this process and ever (every date's current window; all owners' digests rendered): ${firstT} — ${first.candidates.toLocaleString('en')} candidates, ${first.reminders.toLocaleString('en')} reminders, ${first.messages} digests`,
  );
  const [again, againT] = measured(() => planReminders(deps, TODAY));
  console.log(`plan, same day again (nothing new): ${againT} — ${again.reminders} reminders queued`);
  const next = addDays(TODAY, 1);
  refreshDerived(at(next), { on: next });
  const [day2, day2T] = measured(() => planReminders(at(next), next));
  console.log(`plan, the next day (the daily run: new windows only): ${day2T} — ${day2.reminders.toLocaleString('en')} reminders, ${day2.messages} digests (target < 1,000 ms)`);
  closeDatabase(db);
}

async function startSink(): Promise<{ port: number; accepted(): Promise<number>; stop(): void }> {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(here, 'support/smtp-sink-process.ts')], { stdio: ['pipe', 'pipe', 'inherit'] });
  const lines = readline.createInterface({ input: child.stdout! });
  const waiting: ((line: string) => void)[] = [];
  lines.on('line', (l) => waiting.shift()?.(l));
  const nextLine = () => new Promise<string>((resolve) => waiting.push(resolve));
  const port = Number((await nextLine()).split(' ')[1]);
  return {
    port,
    async accepted() {
      const line = nextLine();
      child.stdin!.write('count\n');
      return Number((await line).split(' ')[1]);
    },
    stop: () => child.stdin!.end(),
  };
}

async function draining(): Promise<void> {
  const sink = await startSink();
  const dir = path.join(BENCH_OUT, 'reminders-drain');
  fs.rmSync(dir, { recursive: true, force: true });
  const config = loadConfig({ DATA_DIR: dir, LOG_LEVEL: 'silent', NODE_ENV: 'production', SMTP_URL: `smtp://127.0.0.1:${sink.port}` });
  const db = openDatabase(config.databaseFile);
  const deps: AppDeps = { db, config, clock: { today: () => TODAY, now: () => new Date() }, logger: createLogger('silent') };
  // A realistic digest body: ~20 reminders' worth of text and HTML.
  const text =
    'Beste collega,\n\n' +
    Array.from(
      { length: 20 },
      (_, i) =>
        `${i + 1}. OPZEGDATUM 30-09-2026 (nog 7 dagen)\n   Synthetische overeenkomst ${i}\n   - opzegdatum 30-09-2026 = einde looptijd 31-12-2026 − opzegtermijn 3 maanden\n   Openen in Akkoord: http://localhost:3000/agreements/${i}\n`,
    ).join('\n');
  const html = `<!DOCTYPE html><html><body><table role="presentation" width="600">${Array.from({ length: 20 }, (_, i) => `<tr><td style="font-family:Arial,Helvetica,sans-serif;font-size:15px;padding:12px;">Opzegdatum 30-09-2026 · Synthetische overeenkomst ${i}</td></tr>`).join('')}</table></body></html>`;
  const insert = db.$client.prepare(
    "insert into outbox_messages (recipient_email, locale, digest_day, sequence, subject, text_body, html_body, message_id_header, status, item_count, created_at, updated_at) values (?, 'nl', ?, 1, ?, ?, ?, ?, 'pending', 20, ?, ?)",
  );
  const now = new Date().toISOString();
  db.$client.transaction(() => {
    for (let i = 0; i < MESSAGES; i++)
      insert.run(`adviseur${i}@synthetisch.invalid`, TODAY, `Akkoord: 20 herinneringen (${i})`, text, html, `<bench-${i}@akkoord.local>`, now, now);
  })();
  console.log(`queued ${MESSAGES.toLocaleString('en')} messages of ~${Math.round((text.length + html.length) / 1024)} KB each; loopback SMTP server in a separate process`);

  global.gc?.();
  const before = process.memoryUsage();
  let peak = before.rss;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
  const started = performance.now();
  const cpu = process.cpuUsage();
  const result = await deliverOutbox(deps);
  const cpuMs = (process.cpuUsage(cpu).user + process.cpuUsage(cpu).system) / 1000;
  const seconds = (performance.now() - started) / 1000;
  clearInterval(sampler);
  global.gc?.();
  const after = process.memoryUsage();
  const accepted = await sink.accepted();
  const sent = count(deps, "select count(*) as n from outbox_messages where status = 'sent'");
  console.log(
    `drain: ${result.sent.toLocaleString('en')} sent in ${seconds.toFixed(2)} s = ${Math.round(result.sent / seconds)} messages/s (target ≥ 200/s; ${Math.round((cpuMs / result.sent) * 10) / 10} ms CPU per message); server accepted ${accepted.toLocaleString('en')}, outbox says ${sent.toLocaleString('en')} sent, ${result.retrying + result.failed} not`,
  );
  console.log(`memory (RSS): before ${mb(before.rss)}, after ${mb(after.rss)}, peak ${mb(peak)}; heap used before ${mb(before.heapUsed)}, after ${mb(after.heapUsed)}`);
  closeTransports();
  closeDatabase(db);
  sink.stop();
}

planning();
await draining();
