import http from 'node:http';
import type { RequestListener } from 'node:http';

/**
 * How long a client may take: to send its request headers (a slow-headers client holds a socket and
 * memory for nothing), and its whole request. Node answers 408 and closes the connection past either.
 * Nothing Akkoord receives takes longer: the largest body is 1 MB of JSON.
 */
export const SERVER_TIMEOUTS = { headersTimeoutMs: 15_000, requestTimeoutMs: 30_000 } as const;

/**
 * The HTTP server of the app with its timeouts. Node checks them every `connectionsCheckingInterval`
 * (30 s by default, which would let a 15 s limit run to 45 s); here a twentieth of the headers timeout.
 */
export function createHttpServer(app: RequestListener, timeouts: { headersTimeoutMs: number; requestTimeoutMs: number } = SERVER_TIMEOUTS): http.Server {
  return http.createServer(
    {
      headersTimeout: timeouts.headersTimeoutMs,
      requestTimeout: timeouts.requestTimeoutMs,
      connectionsCheckingInterval: Math.max(50, Math.round(timeouts.headersTimeoutMs / 20)),
    },
    app,
  );
}
