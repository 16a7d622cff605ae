import http from 'node:http';

export interface Reply {
  status: number;
  body: string;
  ms: number;
  setCookie: string[];
}

/** One HTTP client on loopback with its own keep-alive socket and (after sign-in) its own session. */
export class HttpSession {
  readonly agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  cookie = '';
  csrf = '';

  constructor(readonly base: string) {}

  /** Requests re-sent because the server had just closed the idle keep-alive socket they were written to. */
  retriedResets = 0;

  /**
   * One request; like a browser, re-sends once when a reused keep-alive socket
   * turns out to have been closed by the server (Node's documented `reusedSocket` case).
   */
  async request(method: string, path: string, body?: unknown): Promise<Reply> {
    try {
      return await this.send(method, path, body);
    } catch (err) {
      if (!(err as { reusedSocketReset?: boolean }).reusedSocketReset) throw err;
      this.retriedResets++;
      return this.send(method, path, body);
    }
  }

  private send(method: string, path: string, body?: unknown): Promise<Reply> {
    const url = new URL(path, this.base);
    const payload = body === undefined ? undefined : JSON.stringify(body);
    const headers: Record<string, string> = { accept: 'application/json' };
    if (payload !== undefined) headers['content-type'] = 'application/json';
    if (this.cookie) headers.cookie = this.cookie;
    if (this.csrf && method !== 'GET') headers['x-csrf-token'] = this.csrf;
    const started = performance.now();
    return new Promise((resolve, reject) => {
      const req = http.request({ hostname: url.hostname, port: url.port, path: url.pathname + url.search, method, headers, agent: this.agent }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8'), ms: performance.now() - started, setCookie: res.headers['set-cookie'] ?? [] }),
        );
        res.on('error', reject);
      });
      req.on('error', (err: NodeJS.ErrnoException) => reject(req.reusedSocket && err.code === 'ECONNRESET' ? Object.assign(err, { reusedSocketReset: true }) : err));
      req.end(payload);
    });
  }

  /** Signs in and keeps the session cookie and CSRF token for later requests. */
  async signIn(email: string, password: string): Promise<void> {
    const res = await this.request('POST', '/api/session', { email, password });
    if (res.status !== 200) throw new Error(`sign-in as ${email} failed: ${res.status} ${res.body}`);
    this.cookie = res.setCookie.map((c) => c.split(';')[0]).join('; ');
    this.csrf = (JSON.parse(res.body) as { csrfToken: string }).csrfToken;
  }

  close(): void {
    this.agent.destroy();
  }
}

/** The p-th percentile (0–100) of sorted numbers. */
export function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}
