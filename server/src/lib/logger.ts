import pino, { type Logger } from 'pino';

/** Structured JSON logs on stdout; every request line carries its request id (pino-http). */
export function createLogger(level: string): Logger {
  return pino({
    level,
    base: { app: 'akkoord' },
    redact: { paths: ['req.headers.cookie', 'req.headers.authorization', 'req.headers["x-csrf-token"]', 'password', '*.password'], censor: '[verborgen]' },
  });
}
