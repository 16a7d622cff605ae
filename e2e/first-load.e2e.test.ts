import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { newPage } from './support/browser.ts';
import { signIn } from './support/steps.ts';
import { useBrowser } from './support/suite.ts';

/**
 * A first load asks for few files, no request twice, and nothing waits for the app's code that need not (issue 19,
 * item 11; decision 031): the HTML lets the browser fetch the session and the code the routes share while it still
 * parses the entry chunk, and its first script asks at once for the page's own chunk and its first screen's data;
 * the app takes the preloaded answers over instead of asking again.
 */
describe.runIf(inject('chromium') && inject('user') !== null)('first load', () => {
  const chromium = useBrowser();

  /** Opens `path` in a new page of the signed-in context and waits for `ready`; what it requested, and how. */
  async function load(page: Page, path: string, ready: string) {
    const requests: string[] = [];
    page.on('request', (r) => requests.push(new URL(r.url()).pathname + new URL(r.url()).search));
    await page.goto(path);
    await page.locator(ready).first().waitFor();
    const timings = await page.evaluate(() =>
      (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).map((e) => ({ path: new URL(e.name).pathname + new URL(e.name).search, by: e.initiatorType })),
    );
    return { requests, timings };
  }

  it('fetches the session, the page code and the first screen data once, from hints in the HTML', async () => {
    const { page, problems } = await newPage(chromium.browser, { bypassCSP: false });
    await signIn(page);
    const warnings: string[] = [];
    const watch = (p: Page) =>
      p.on('console', (m) => {
        if (/preload/i.test(m.text())) warnings.push(m.text());
      });
    watch(page);

    const register = await load(page, '/agreements?sort=-title&archived=include', '.app-register-table tbody tr[data-index]');
    const { requests, timings } = register;
    const api = (prefix: string) => timings.filter((t) => t.path.startsWith(prefix));
    expect(requests.filter((p) => p === '/api/session')).toHaveLength(1);
    expect(timings.find((t) => t.path === '/api/session')?.by).toBe('link');
    // The register's first page (with the URL's filters) and the filter form's choices: preloaded, each asked once.
    const firstPage = '/api/agreements?archived=include&sort=-title&limit=100';
    for (const path of [firstPage, '/api/collaborations', '/api/organisations', '/api/owner-accounts']) {
      expect(
        requests.filter((p) => p === path),
        path,
      ).toHaveLength(1);
      expect(api(path)[0]?.by, path).toBe('link');
    }
    // Requested from the HTML (modulepreloads), so before the route would have asked: the shared code beside the entry,
    // the page's own chunk before its data.
    const shared = timings.findIndex((t) => /^\/assets\/shared-[\w-]+\.js$/.test(t.path));
    const route = timings.findIndex((t) => /^\/assets\/register-[\w-]+\.js$/.test(t.path));
    const data = timings.findIndex((t) => t.path === firstPage);
    expect([shared >= 0, route >= 0, shared < route, route < data], JSON.stringify(timings)).toEqual([true, true, true, true]);
    // Some fifty tiny chunks queued behind each other over HTTP/1.1 before the chunks were grouped.
    expect(requests.filter((p) => p.startsWith('/assets/') && p.endsWith('.js')).length).toBeLessThanOrEqual(8);

    // The dashboard: its first screen's data preloaded too, the cheap status counts first.
    const dashboardPage = await page.context().newPage();
    watch(dashboardPage);
    const dashboard = await load(dashboardPage, '/', 'section[aria-labelledby="by-status-title"] tbody tr');
    const dashboardApi = dashboard.timings.filter((t) => t.path.startsWith('/api/') && t.path !== '/api/session');
    expect(dashboardApi[0]?.path).toBe('/api/agreements/counts');
    expect(dashboardApi.length).toBeGreaterThanOrEqual(6);
    for (const t of dashboardApi.slice(0, 6)) {
      expect(t.by, t.path).toBe('link');
      expect(
        dashboard.requests.filter((p) => p === t.path),
        t.path,
      ).toHaveLength(1);
    }

    await page.waitForTimeout(3500); // Chromium warns about an unused preload a few seconds after the load.
    expect(warnings).toEqual([]);
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
