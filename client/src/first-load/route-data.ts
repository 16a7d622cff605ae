import { apiUrl } from '../lib/api-url.ts';
import { ALERTS_QUERY, deadlineQueries, REGISTER_QUERY } from '../features/dashboard/queries.ts';
import { filtersFromSearch, filtersToQuery, registerPageQuery } from '../features/agreements/filters.ts';

/**
 * The API requests the first screen of a page needs, as the URLs the app itself fetches (the same query builders), in
 * the order the server should answer them: what the first screen shows first. Only pages worth it are listed; every
 * other page loads its data once its code has run. Zod-free and small: it runs before the app's code has arrived.
 */
export function firstScreenRequests(pathname: string, search: string, today: string): string[] {
  if (pathname === '/') {
    return [
      apiUrl('/agreements/counts'),
      apiUrl('/collaborations'),
      apiUrl('/alerts', ALERTS_QUERY),
      ...deadlineQueries(today).map((q) => apiUrl('/agreements', q)),
      apiUrl('/agreements', REGISTER_QUERY),
    ];
  }
  if (pathname === '/agreements') {
    const query = filtersToQuery(filtersFromSearch(new URLSearchParams(search)));
    return [apiUrl('/agreements', registerPageQuery(query)), apiUrl('/collaborations'), apiUrl('/organisations'), apiUrl('/owner-accounts')];
  }
  return [];
}

/**
 * The code of the page being opened, from index.html's `<meta name="akkoord-route-code">` ("<pathname> <chunk>" per
 * page, comma-separated, written at build by client/vite/first-load-hints.ts); null for other pages.
 */
export function routeCode(hint: string, pathname: string): string | null {
  for (const pair of hint.split(',')) {
    const [path, file] = pair.trim().split(' ');
    if (path === pathname && file?.startsWith('/assets/')) return file;
  }
  return null;
}
