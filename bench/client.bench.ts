/**
 * Client performance in headless Chromium (issue 5), printed as figures:
 * - initial JavaScript of the dashboard, gzipped (budget 200 KB), its CSS gzipped, and both as brotli sent;
 * - the largest route chunk, gzipped (budget 100 KB);
 * - first content of the dashboard and the register with 100,000 agreements (target < 1 s on loopback), with the
 *   bytes over the wire of a cold first load (the app's files, encoded as sent, and the API's answers);
 * - frame work while scrolling the register through 10,000 rows (target median < 16 ms).
 * Run: npm run bench -- client   (npm run bench -- client --first-load: without the scrolling)
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext } from 'playwright-core';
import { ensureClientBuilt } from '../e2e/support/build-client.ts';
import { CHROMIUM_PATH, hasChromium, launchChromium } from '../e2e/support/chromium.ts';
import { syntheticDataDir } from './support/dataset.ts';
import { startServer } from './support/server-process.ts';
import { benchHeaders } from './support/session.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DIST = path.join(ROOT, 'client/dist');
const KB = 1024;
const ROUTES = ['/', '/agreements', '/agreements/8', '/agreements/8/edit', '/agreements/new', '/collaborations', '/collaborations/RTR', '/organisations/15', '/sign-in'];

const gzipSize = (file: string) => zlib.gzipSync(fs.readFileSync(file)).length;
const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s[Math.floor((s.length - 1) / 2)] ?? 0) : 0;
};
const percentile = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s[Math.min(s.length - 1, Math.floor(p * s.length))] ?? 0) : 0;
};

async function newContext(browser: Browser, url: string, cookie: string | undefined): Promise<BrowserContext> {
  const context = await browser.newContext({ baseURL: url, viewport: { width: 1280, height: 900 }, locale: 'nl-NL' });
  // tsx keeps function names with a __name() helper, which page.evaluate code would miss.
  await context.addInitScript('window.__name = (f) => f');
  if (cookie) {
    await context.addCookies(
      cookie.split('; ').map((pair) => {
        const i = pair.indexOf('=');
        return { name: pair.slice(0, i), value: pair.slice(i + 1), url };
      }),
    );
  }
  return context;
}

/** The JS and CSS files a page load fetches (paths under /assets). */
async function filesLoadedBy(context: BrowserContext, route: string, ready: string, css: Set<string>): Promise<Set<string>> {
  const page = await context.newPage();
  const files = new Set<string>();
  page.on('response', (r) => {
    const u = new URL(r.url());
    if (!u.pathname.startsWith('/assets/')) return;
    if (u.pathname.endsWith('.js')) files.add(u.pathname.slice('/assets/'.length));
    if (u.pathname.endsWith('.css')) css.add(u.pathname.slice('/assets/'.length));
  });
  await page.goto(route, { waitUntil: 'networkidle' });
  await page.waitForSelector(ready);
  await page.close();
  return files;
}

interface FirstLoad {
  fcp: number;
  /** When the selector first matched (page time, ms since navigation start). */
  inDom: number;
  /** When the frame showing it was produced: "data on screen". */
  content: number;
  html: number;
  /** Bytes over the wire (headers and encoded bodies) until the content showed: the app's files and the API's answers. */
  wire: { files: number; api: number };
  /** Bodies of the app's files as sent (encoded) and as decoded, by Content-Encoding. */
  encodings: Record<string, number>;
}

/**
 * Marks in the page when `selector` first matches (a MutationObserver, checked on every DOM change) and when the frame
 * showing it has been produced (the first task after the next animation frame), so the figure is the page's own time,
 * not when a polling client noticed. Playwright's waitForSelector would inject its own script (~100 KB) into the page
 * during the load and poll there, on the main thread the app is competing for.
 */
const markFirstContent = (selector: string) => `(() => {
  const sel = ${JSON.stringify(selector)};
  const seen = () => {
    if (!document.querySelector(sel)) return false;
    performance.mark('akkoord:content-in-dom');
    requestAnimationFrame(() => {
      const ch = new MessageChannel();
      ch.port1.onmessage = () => performance.mark('akkoord:content-rendered');
      ch.port2.postMessage(0);
    });
    return true;
  };
  const mo = new MutationObserver(() => { if (seen()) mo.disconnect(); });
  mo.observe(document, { childList: true, subtree: true });
})()`;

async function firstContent(context: BrowserContext, route: string, selector: string): Promise<FirstLoad> {
  await context.addInitScript(markFirstContent(selector));
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  const seen = new Map<string, { api: boolean; encoding: string }>();
  const wire = { files: 0, api: 0 };
  const encodings: Record<string, number> = {};
  cdp.on('Network.responseReceived', (e) => {
    const headers = Object.fromEntries(Object.entries(e.response.headers).map(([k, v]) => [k.toLowerCase(), String(v)]));
    seen.set(e.requestId, { api: new URL(e.response.url).pathname.startsWith('/api/'), encoding: headers['content-encoding'] ?? 'identity' });
  });
  cdp.on('Network.loadingFinished', (e) => {
    const r = seen.get(e.requestId);
    if (!r) return;
    if (r.api) wire.api += e.encodedDataLength;
    else {
      wire.files += e.encodedDataLength;
      encodings[r.encoding] = (encodings[r.encoding] ?? 0) + 1;
    }
  });
  await page.goto(route, { waitUntil: 'commit' });
  // A plain evaluation every 25 ms from here (no script injected into the page) until the page has marked the content.
  const rendered = "performance.getEntriesByName('akkoord:content-rendered').length > 0";
  const deadline = performance.now() + 60_000;
  while (!((await cdp.send('Runtime.evaluate', { expression: rendered, returnByValue: true })).result.value as boolean)) {
    if (performance.now() > deadline) {
      console.log(`  (${route} did not show ${selector}; the page says: ${(await page.innerText('body')).slice(0, 400).replace(/\s+/g, ' ')})`);
      throw new Error(`${route}: no ${selector} within 60 s`);
    }
    await new Promise((r) => setTimeout(r, 25));
  }
  const t = await page.evaluate(async () => {
    // First contentful paint is reported when the frame is presented, which under load can come after the mark.
    const fcp = await new Promise<number>((resolve) => {
      const po = new PerformanceObserver((list) => {
        const entry = list.getEntriesByName('first-contentful-paint')[0];
        if (entry) resolve(entry.startTime);
      });
      po.observe({ type: 'paint', buffered: true });
      setTimeout(() => resolve(NaN), 5000);
    });
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    const mark = (name: string) => performance.getEntriesByName(name)[0]?.startTime ?? NaN;
    return { fcp, inDom: mark('akkoord:content-in-dom'), content: mark('akkoord:content-rendered'), html: nav?.responseEnd ?? 0 };
  });
  await page.close();
  return { ...t, wire: { ...wire }, encodings };
}

/** Scrolls the register's table through `rows` rows, 5 rows a frame, measuring main-thread work per frame. */
async function scrollRegister(context: BrowserContext, rows: number) {
  const page = await context.newPage();
  await page.goto('/agreements?sort=id');
  await page.waitForSelector('.app-register-table tbody tr[data-index]');
  return page.evaluate(async (target) => {
    const box = document.querySelector<HTMLElement>('.app-register-scroll');
    if (!box) throw new Error('no register');
    const rowHeight = 56;
    const goal = target * rowHeight;
    const work: number[] = [];
    const intervals: number[] = [];
    const started = performance.now();
    let last = 0;
    await new Promise<void>((done) => {
      const frame = (ts: number) => {
        if (last) intervals.push(ts - last);
        last = ts;
        const start = performance.now();
        const before = box.scrollTop;
        box.scrollTop = Math.min(goal, before + rowHeight * 5);
        const moved = box.scrollTop !== before;
        // The end of the frame's work: the first task after rendering.
        const ch = new MessageChannel();
        ch.port1.onmessage = () => {
          if (moved) work.push(performance.now() - start);
        };
        ch.port2.postMessage(0);
        if (box.scrollTop >= goal - 1 || performance.now() - started > 120_000) done();
        else requestAnimationFrame(frame);
      };
      requestAnimationFrame(frame);
    });
    await new Promise((r) => setTimeout(r, 50));
    return { work, intervals, reached: Math.round(box.scrollTop / rowHeight), seconds: (performance.now() - started) / 1000 };
  }, rows);
}

async function main() {
  if (!hasChromium()) {
    console.log(`client bench skipped: no Chromium at ${CHROMIUM_PATH} (apt-get install -y chromium)`);
    return;
  }
  ensureClientBuilt(ROOT);
  // The app's entry is index.html's last module script (before it: the first-load preload script and its chunk).
  const entry = [...fs.readFileSync(path.join(DIST, 'index.html'), 'utf8').matchAll(/<script type="module"[^>]*src="\/assets\/([^"]+)"/g)].at(-1)?.[1];
  const assets = fs.readdirSync(path.join(DIST, 'assets')).filter((f) => f.endsWith('.js'));
  const sizes = new Map(assets.map((f) => [f, gzipSize(path.join(DIST, 'assets', f))]));
  const css = fs.readdirSync(path.join(DIST, 'assets')).filter((f) => f.endsWith('.css'));

  const dataDir = syntheticDataDir(100_000, { copy: 'client-bench' });
  const server = await startServer(dataDir);
  const browser = await launchChromium();
  try {
    const headers = await benchHeaders(server.url, dataDir);
    const context = await newContext(browser, server.url, headers.cookie);

    // Bundle: what each route makes the browser fetch.
    const perRoute: { route: string; files: Set<string> }[] = [];
    const dashboardCss = new Set<string>();
    for (const route of ROUTES) {
      // A fresh context per route: an empty HTTP cache, so every file it needs is fetched and seen.
      const fresh = await newContext(browser, server.url, headers.cookie);
      perRoute.push({ route, files: await filesLoadedBy(fresh, route, 'h1', route === '/' ? dashboardCss : new Set()) });
      await fresh.close();
    }
    const entryFiles = new Set([entry ?? '']);
    const dashboard = new Set([entry ?? '', ...(perRoute[0]?.files ?? [])]);
    const initial = [...dashboard].reduce((s, f) => s + (sizes.get(f) ?? 0), 0);
    console.log(`\nBundle (gzip):`);
    console.log(`  entry chunk ${entry}: ${kb(sizes.get(entry ?? '') ?? 0)}; CSS: ${css.map((f) => kb(gzipSize(path.join(DIST, 'assets', f)))).join(', ')}`);
    console.log(`  initial JS of the dashboard (${dashboard.size} files): ${kb(initial)}  [budget 200 KB: ${initial <= 200 * KB ? 'within' : 'OVER'}]`);
    const initialCss = [...dashboardCss].reduce((s, f) => s + gzipSize(path.join(DIST, 'assets', f)), 0);
    console.log(`  initial CSS of the dashboard (${dashboardCss.size} files): ${kb(initialCss)}`);
    // Files under 1 KB have no .br sibling (decision 031): they are sent as they are.
    const br = (f: string) => path.join(DIST, 'assets', `${f}.br`);
    const sentFiles = [...dashboard, ...dashboardCss].filter((f) => fs.existsSync(path.join(DIST, 'assets', f)));
    const compressed = sentFiles.filter((f) => fs.existsSync(br(f)));
    const sentBytes = sentFiles.reduce((s, f) => s + fs.statSync(fs.existsSync(br(f)) ? br(f) : path.join(DIST, 'assets', f)).size, 0);
    console.log(
      `  as sent to a browser that accepts brotli (precompressed at build): ${compressed.length ? `${kb(sentBytes)} (${compressed.length} of ${sentFiles.length} files as .br, the others under 1 KB as they are)` : 'no .br files in client/dist: build with npm run build'}`,
    );
    let largestRoute = { route: '', bytes: 0 };
    for (const { route, files } of perRoute) {
      const own = [...files].filter((f) => !entryFiles.has(f));
      const bytes = own.reduce((s, f) => s + (sizes.get(f) ?? 0), 0);
      if (bytes > largestRoute.bytes) largestRoute = { route, bytes };
      console.log(`  route ${route.padEnd(22)} chunks beyond the entry: ${kb(bytes).padStart(9)} (${own.length} files)`);
    }
    const loadedByRoutes = new Set(perRoute.flatMap((r) => [...r.files]).filter((f) => f !== entry));
    const largestChunk = [...sizes].filter(([f]) => loadedByRoutes.has(f)).sort((a, b) => b[1] - a[1])[0];
    console.log(`  largest chunk a route loads: ${largestChunk?.[0]} ${kb(largestChunk?.[1] ?? 0)}  [budget 100 KB: ${(largestChunk?.[1] ?? 0) <= 100 * KB ? 'within' : 'OVER'}]`);
    const others = [...sizes].filter(([f]) => f !== entry && !loadedByRoutes.has(f) && (sizes.get(f) ?? 0) > 100 * KB);
    for (const [f, bytes] of others) console.log(`  note: ${f} ${kb(bytes)} is not loaded by these routes (a worker or a later feature's view)`);
    console.log(`  largest route (all its lazy chunks): ${largestRoute.route} ${kb(largestRoute.bytes)}`);

    // First content with 100,000 agreements (fresh context = cold HTTP cache, warm server).
    console.log(`\nFirst content, 100,000 agreements, loopback (median of 5, cold browser cache; measured in the page, see markFirstContent):`);
    console.log(`  (each run is a new browser window; Chromium's own per-window WebUI preloading is off, see e2e/support/chromium.ts)`);
    for (const [route, selector, what] of [
      ['/', 'section[aria-labelledby="by-status-title"] tbody tr', 'dashboard: status counts shown'],
      ['/agreements', '.app-register-table tbody tr[data-index]', 'register: first rows shown'],
    ] as const) {
      const runs: FirstLoad[] = [];
      for (let i = 0; i < 5; i++) {
        const fresh = await newContext(browser, server.url, headers.cookie);
        runs.push(await firstContent(fresh, route, selector));
        await fresh.close();
      }
      const content = median(runs.map((r) => r.content));
      const afterHtml = median(runs.map((r) => r.content - r.html));
      const files = median(runs.map((r) => r.wire.files));
      const api = median(runs.map((r) => r.wire.api));
      const encodings = Object.entries(runs[0]?.encodings ?? {})
        .map(([e, n]) => `${n} ${e}`)
        .join(', ');
      console.log(
        `  ${what.padEnd(34)} first contentful paint ${median(runs.map((r) => r.fcp)).toFixed(0)} ms, data on screen ${content.toFixed(0)} ms  [target < 1000 ms: ${content < 1000 ? 'met' : 'MISSED'}]`,
      );
      console.log(
        `  ${''.padEnd(34)} (in the DOM at ${median(runs.map((r) => r.inDom)).toFixed(0)} ms, on screen one frame later; after the HTML arrived: ${afterHtml.toFixed(0)} ms; before it is the browser's own navigation start-up)`,
      );
      console.log(
        `  ${''.padEnd(34)} runs: ${runs.map((r) => r.content.toFixed(0)).join(', ')} ms; uptime: ${fs.readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')} (load average)`,
      );
      console.log(`  ${''.padEnd(34)} over the wire: app files ${kb(files)} (${encodings}), API ${kb(api)}`);
    }

    // Scrolling through 10,000 rows (left out with --first-load).
    if (process.argv.includes('--first-load')) {
      await context.close();
      return;
    }
    const scroll = await scrollRegister(context, 10_000);
    const workMedian = median(scroll.work);
    console.log(`\nRegister scrolling through ${scroll.reached.toLocaleString('en')} rows in ${scroll.seconds.toFixed(1)} s (${scroll.work.length} frames that moved):`);
    console.log(
      `  main-thread work per frame: median ${workMedian.toFixed(2)} ms, p95 ${percentile(scroll.work, 0.95).toFixed(2)} ms, max ${Math.max(...scroll.work).toFixed(1)} ms  [target median < 16 ms: ${workMedian < 16 ? 'met' : 'MISSED'}]`,
    );
    console.log(`  frame interval: median ${median(scroll.intervals).toFixed(1)} ms, p95 ${percentile(scroll.intervals, 0.95).toFixed(1)} ms`);
    await context.close();
  } finally {
    await browser.close();
    await server.stop();
  }
}

await main();
