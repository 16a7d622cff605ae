import { match, type MatchFunction } from 'path-to-regexp';

type Params = Record<string, string>;

interface Entry<H> {
  method: string;
  handle: H;
  /** For a path with parameters; a fixed path is looked up in a map instead. */
  matcher?: MatchFunction<Params>;
}

/** Express's parameter decoding: a malformed escape is the client's error (400), as in express's router. */
function decodeParam(value: string): string {
  if (!value.includes('%')) return value;
  try {
    return decodeURIComponent(value);
  } catch {
    throw Object.assign(new URIError(`Het adres bevat een ongeldige %-codering: ${value}`), { status: 400 });
  }
}

/**
 * A fixed path as express matches it with `case sensitive routing` and `strict routing` on: exactly as
 * declared. `/api/session/` or `/API/SESSION` is not `/api/session`, so no spelling of a path reaches a
 * route past what the route declares (its rate limit, its CSRF exemption).
 */
const fixedKey = (method: string, path: string) => `${method} ${path}`;

/**
 * The API's routes by method and path, matched exactly as express's router
 * would with case-sensitive, strict routing (declaration order wins, the
 * path exactly as declared, HEAD answered by GET, parameters decoded), but in one step: fixed
 * paths from a map, only the routes with parameters declared before the
 * fixed match tried one by one. Express walked one layer per route and
 * allocated for each (decision 021).
 */
export class RouteTable<H> {
  private readonly entries: Entry<H>[] = [];
  private readonly fixed = new Map<string, number>();

  constructor(routes: { method: string; path: string; handle: H }[]) {
    for (const { method, path, handle } of routes) {
      const index = this.entries.length;
      if (/[:*{]/.test(path)) {
        this.entries.push({ method, handle, matcher: match<Params>(path, { sensitive: true, end: true, trailing: false, decode: decodeParam }) });
      } else {
        this.entries.push({ method, handle });
        const key = fixedKey(method, path);
        if (!this.fixed.has(key)) this.fixed.set(key, index);
      }
    }
  }

  /** The route a request goes to and its decoded parameters, or undefined (the caller answers 404). */
  find(requestMethod: string, path: string): { handle: H; params: Params } | undefined {
    const method = requestMethod === 'HEAD' ? 'get' : requestMethod.toLowerCase();
    const fixedIndex = this.fixed.get(fixedKey(method, path)) ?? this.entries.length;
    for (let i = 0; i < fixedIndex; i++) {
      const entry = this.entries[i]!;
      if (!entry.matcher || entry.method !== method) continue;
      const found = entry.matcher(path);
      if (found) return { handle: entry.handle, params: { ...found.params } };
    }
    const entry = this.entries[fixedIndex];
    return entry ? { handle: entry.handle, params: {} } : undefined;
  }
}
