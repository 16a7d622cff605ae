import { afterEach, describe, expect, it, vi } from 'vitest';
import { queryClient } from '../app/query-client.ts';
import { loader as dashboardLoader } from '../app/routes/dashboard.tsx';
import { loader as registerLoader } from '../app/routes/register.tsx';
import { todayInAmsterdam } from '../lib/format/today.ts';
import { firstScreenRequests, routeCode } from './route-data.ts';

afterEach(() => {
  queryClient.clear();
  vi.unstubAllGlobals();
});

/** The URLs the app itself fetches while a route's loader runs (the answers do not matter here). */
async function fetchedBy(run: () => unknown): Promise<string[]> {
  const urls: string[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn((url: string) => {
      urls.push(url);
      return Promise.resolve(new Response('{}', { status: 503, headers: { 'content-type': 'application/json' } }));
    }),
  );
  run();
  await vi.waitFor(() => expect(urls.length).toBeGreaterThan(0));
  await new Promise((r) => setTimeout(r, 0));
  return urls;
}

// A preloaded answer is only taken over by a fetch of exactly the same URL; one the app never asks for is a wasted
// request and a console warning. So the preloads must be the loaders' own requests.
describe('first-load preloads (index.html first script)', () => {
  it('asks for exactly the requests of the dashboard loader, the cheap ones first', async () => {
    const fetched = await fetchedBy(() => dashboardLoader());
    const preloaded = firstScreenRequests('/', '', todayInAmsterdam());
    expect(preloaded.toSorted()).toEqual(fetched.toSorted());
    expect(preloaded[0]).toBe('/api/agreements/counts');
  });

  it("asks for the register's first page with the filters of the URL and the filter form's choices, as its loader does", async () => {
    const search = '?status=active&sort=-title&q=brandweer&owner=jan%40vrt.nl';
    const fetched = await fetchedBy(() => registerLoader({ request: new Request(`http://localhost/agreements${search}`), params: {}, context: {} } as never));
    const preloaded = firstScreenRequests('/agreements', search, todayInAmsterdam());
    expect(preloaded.toSorted()).toEqual(fetched.toSorted());
    // The rows first, then the filter form's choices.
    expect(preloaded).toEqual([
      '/api/agreements?q=brandweer&owner=jan%40vrt.nl&status=active&sort=-title&limit=100',
      '/api/collaborations',
      '/api/organisations',
      '/api/owner-accounts',
    ]);
  });

  it('asks for nothing on other pages', () => {
    expect(firstScreenRequests('/agreements/8', '', '2026-12-07')).toEqual([]);
    expect(firstScreenRequests('/sign-in', '', '2026-12-07')).toEqual([]);
  });

  it("reads the page's chunk from the build's hint, for the page being opened only", () => {
    const hint = '/ /assets/dashboard-abc.js, /agreements /assets/register-def.js';
    expect(routeCode(hint, '/')).toBe('/assets/dashboard-abc.js');
    expect(routeCode(hint, '/agreements')).toBe('/assets/register-def.js');
    expect(routeCode(hint, '/agreements/8')).toBeNull();
    expect(routeCode('', '/')).toBeNull();
    expect(routeCode('/ https://elders.example/x.js', '/')).toBeNull();
  });
});
