import { describe, expect, it } from 'vitest';
import { readableLine } from './logger.ts';

describe('log lines on a terminal', () => {
  it('shows time, level, message, the request and the other fields, without the request id', () => {
    const time = new Date(2026, 10, 29, 9, 5, 7).getTime();
    const line = JSON.stringify({
      level: 30,
      time,
      app: 'akkoord',
      reqId: 'abc',
      req: { method: 'GET', path: '/api/agreements' },
      res: { statusCode: 200 },
      responseTime: 5,
      msg: 'request completed',
    });
    expect(readableLine(line)).toBe('09:05:07 info  request completed GET /api/agreements 200 5 ms\n');
    const start = JSON.stringify({ level: 40, time, app: 'akkoord', checked: 10, alerts: { agreements: 10 }, msg: 'lifecycle columns refreshed' });
    expect(readableLine(start)).toBe('09:05:07 warn  lifecycle columns refreshed  checked=10 alerts={"agreements":10}\n');
  });

  it('passes a line that is not JSON on as it is', () => {
    expect(readableLine('plain text\n')).toBe('plain text\n');
  });
});
