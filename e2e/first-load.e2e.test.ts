import { describe, expect, inject, it } from 'vitest';
import { newPage } from './support/browser.ts';
import { signIn } from './support/steps.ts';
import { useBrowser } from './support/suite.ts';

/**
 * A first load asks for few files and no request twice (issue 19, item 11; decision 031): the HTML lets the browser
 * fetch the session and the code the routes share while it still parses the entry chunk, and the app takes the
 * preloaded session instead of asking again.
 */
describe.runIf(inject('chromium') && inject('user') !== null)('first load', () => {
  const chromium = useBrowser();

  it('fetches the session once, from the preload in the HTML, and the shared code beside the entry', async () => {
    const { page, problems } = await newPage(chromium.browser, { bypassCSP: false });
    await signIn(page);
    const warnings: string[] = [];
    page.on('console', (m) => {
      if (/preload/i.test(m.text())) warnings.push(m.text());
    });
    const requests: string[] = [];
    page.on('request', (r) => requests.push(new URL(r.url()).pathname));
    await page.goto('/agreements');
    await page.locator('.app-register-table tbody tr[data-index]').first().waitFor();
    const timings = await page.evaluate(() =>
      (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).map((e) => ({ path: new URL(e.name).pathname, by: e.initiatorType })),
    );
    expect(requests.filter((p) => p === '/api/session')).toHaveLength(1);
    expect(timings.find((t) => t.path === '/api/session')?.by).toBe('link');
    // Requested from the HTML (a modulepreload), so before the route's own chunk, not after it.
    const shared = timings.findIndex((t) => /^\/assets\/shared-[\w-]+\.js$/.test(t.path));
    const route = timings.findIndex((t) => /^\/assets\/register-[\w-]+\.js$/.test(t.path));
    expect([shared >= 0, route >= 0, shared < route], JSON.stringify(timings)).toEqual([true, true, true]);
    // Some fifty tiny chunks queued behind each other over HTTP/1.1 before the chunks were grouped.
    expect(requests.filter((p) => p.startsWith('/assets/') && p.endsWith('.js')).length).toBeLessThanOrEqual(8);
    await page.waitForTimeout(3500); // Chromium warns about an unused preload a few seconds after the load.
    expect(warnings).toEqual([]);
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
