import { randomUUID } from 'node:crypto';
import type { Express, RequestHandler } from 'express';
import type { Logger } from 'pino';

declare module 'http' {
  interface IncomingMessage {
    /** The request id: the caller's X-Request-Id when well-formed, otherwise a new UUID. */
    id: string;
    /** A logger whose lines carry this request's id (created on first use). */
    log: Logger;
  }
}

const WELL_FORMED_ID = /^[\w-]{8,64}$/;

/**
 * A request path as it may be logged: the secret of a calendar feed (`/cal/<secret>.ics`, in any spelling,
 * also percent-encoded) is replaced by `[redacted]`; the secret is the feed's only key.
 */
export function loggablePath(url: string): string {
  const path = url.split('?')[0]!;
  let decoded = path;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    // A malformed escape: look at it as it came.
  }
  const feed = /\/cal\//i.exec(decoded);
  if (!feed) return path;
  return `${decoded.slice(0, feed.index)}/cal/[redacted]${/\.ics$/i.test(decoded) ? '.ics' : ''}`;
}

/**
 * Request ids and one log line per finished request. Replaces pino-http,
 * which built a child logger with the serialised request (headers, redaction)
 * for every request even when nothing was logged: that alone cost more than a
 * register query (decision 015). The line carries the path without its query
 * string, so search terms never reach the logs, and without a feed's secret
 * ({@link loggablePath}).
 */
export function requestLog(app: Express, logger: Logger): RequestHandler {
  // `req.log` is a getter on the app's request prototype: the child logger is made only when something logs.
  const loggers = new WeakMap<object, Logger>();
  Object.defineProperty(app.request, 'log', {
    configurable: true,
    get(this: Express['request']) {
      let child = loggers.get(this);
      if (!child) loggers.set(this, (child = logger.child({ reqId: this.id })));
      return child;
    },
  });
  return (req, res, next) => {
    const incoming = req.headers['x-request-id'];
    const id = typeof incoming === 'string' && WELL_FORMED_ID.test(incoming) ? incoming : randomUUID();
    req.id = id;
    res.setHeader('X-Request-Id', id);
    if (logger.isLevelEnabled('info') && req.url !== '/api/health') {
      const started = performance.now();
      res.once('finish', () => {
        const path = loggablePath(req.originalUrl);
        const line = { reqId: id, req: { method: req.method, path }, res: { statusCode: res.statusCode }, responseTime: Math.round(performance.now() - started) };
        if (res.statusCode >= 500) logger.error(line, 'request failed');
        else logger.info(line, 'request completed');
      });
    }
    next();
  };
}
