import pino, { type DestinationStream, type Logger } from 'pino';

const LEVELS: Record<number, string> = { 10: 'trace', 20: 'debug', 30: 'info', 40: 'warn', 50: 'error', 60: 'fatal' };
const LEFT_OUT = new Set(['level', 'time', 'app', 'msg', 'pid', 'hostname', 'reqId', 'req', 'res', 'responseTime']);

/**
 * One log line as a person at a terminal reads it: local time, level, the
 * message, a request's method, path, status and duration, then the other
 * fields as key=value. The JSON line itself stays the format everywhere else.
 */
export function readableLine(json: string): string {
  let entry: Record<string, unknown>;
  try {
    entry = JSON.parse(json) as Record<string, unknown>;
  } catch {
    return json;
  }
  const time = typeof entry.time === 'number' ? new Date(entry.time).toTimeString().slice(0, 8) : '';
  const level = (LEVELS[entry.level as number] ?? String(entry.level)).padEnd(5);
  const req = entry.req as { method?: string; path?: string } | undefined;
  const res = entry.res as { statusCode?: number } | undefined;
  const request = req
    ? ` ${req.method ?? ''} ${req.path ?? ''}${res?.statusCode ? ` ${res.statusCode}` : ''}${typeof entry.responseTime === 'number' ? ` ${entry.responseTime} ms` : ''}`
    : '';
  const fields = Object.entries(entry)
    .filter(([key]) => !LEFT_OUT.has(key))
    .map(([key, value]) => `${key}=${typeof value === 'string' ? value : JSON.stringify(value)}`);
  return `${time} ${level} ${String(entry.msg ?? '')}${request}${fields.length ? `  ${fields.join(' ')}` : ''}\n`;
}

/** Writes each JSON line shortened by {@link readableLine}. */
const readableStdout: DestinationStream = { write: (line: string) => void process.stdout.write(readableLine(line)) };

/**
 * Structured JSON logs on stdout; every request line carries its request id
 * (http/request-log.ts). On a terminal (`npm start` by hand) the lines are
 * shortened for reading instead; redirected (a service manager, a container,
 * a file) they stay JSON.
 */
export function createLogger(level: string, { readable = process.stdout.isTTY === true }: { readable?: boolean } = {}): Logger {
  const options = {
    level,
    base: { app: 'akkoord' },
    redact: { paths: ['req.headers.cookie', 'req.headers.authorization', 'req.headers["x-csrf-token"]', 'password', '*.password'], censor: '[verborgen]' },
  };
  return readable ? pino(options, readableStdout) : pino(options);
}
