// Zod-free on purpose: the first-load preloads (client/src/first-load/) build their URLs with these, before the app's
// code (and its schemas) has loaded.

export type Query = Record<string, string | number | boolean | readonly string[] | null | undefined>;

/** Builds "?a=1&b=x,y" from defined, non-empty values. */
export function toSearch(query: Query | undefined): string {
  if (!query) return '';
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    if (Array.isArray(value)) {
      if (value.length) params.set(key, value.join(','));
    } else params.set(key, String(value));
  }
  const s = params.toString();
  return s ? `?${s}` : '';
}

/** The URL the app fetches for an API path and query: "/api/agreements?sort=title&limit=100". */
export function apiUrl(path: string, query?: Query): string {
  return `/api${path}${toSearch(query)}`;
}
