/**
 * A loopback SMTP server in its own process for bench/reminders.bench.ts,
 * so the benchmark measures the Akkoord process's memory alone. Prints
 * "listening <port>" and, on each "count" line on stdin, "accepted <n>".
 */
import readline from 'node:readline';
import { startSmtpSink } from '../../server/src/modules/outbox/smtp-sink.testing.ts';

const sink = await startSmtpSink({ parse: false });
console.log(`listening ${sink.port}`);
const rl = readline.createInterface({ input: process.stdin });
rl.on('line', (line) => {
  if (line.trim() === 'count') console.log(`accepted ${sink.accepted}`);
});
rl.on('close', () => {
  void sink.close().then(() => process.exit(0));
  setTimeout(() => process.exit(0), 2000).unref();
});
