/**
 * Timeline and chain graph performance in headless Chromium (issue 6), printed as figures:
 * - timeline with 10,000 agreements: first paint (target < 500 ms), both with the data
 *   in one response (the drawing itself) and paged from the real server (what a user waits);
 * - what is in the DOM (only visible bars);
 * - pan and zoom: main-thread work per frame (target median < 16 ms);
 * - chain graph with 500 nodes: ELK layout (in its worker) + SVG render (target < 1 s).
 * Run: npm run bench -- timeline
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { Chain } from '@akkoord/shared/schemas/chain';
import { ensureClientBuilt } from '../e2e/support/build-client.ts';
import { CHROMIUM_PATH, hasChromium, launchChromium } from '../e2e/support/chromium.ts';
import { syntheticDataDir } from './support/dataset.ts';
import { startServer } from './support/server-process.ts';
import { benchHeaders } from './support/session.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const RUNS = 5;

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s[Math.floor((s.length - 1) / 2)] ?? 0) : 0;
};
const percentile = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s[Math.min(s.length - 1, Math.floor(p * s.length))] ?? 0) : 0;
};
const verdict = (ok: boolean) => (ok ? 'met' : 'MISSED');

async function newContext(browser: Browser, url: string, cookie: string | undefined): Promise<BrowserContext> {
  const context = await browser.newContext({ baseURL: url, viewport: { width: 1280, height: 900 }, locale: 'nl-NL', timezoneId: 'Europe/Amsterdam' });
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

/** Every agreement of the register as the timeline asks for them (20 pages of 500). */
async function fetchAll(url: string, headers: Record<string, string>): Promise<{ items: unknown[]; total: number }> {
  const items: unknown[] = [];
  let cursor: string | null = null;
  let total: number;
  do {
    const res = await fetch(`${url}/api/agreements?sort=title&limit=500${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`, { headers });
    const page = (await res.json()) as { items: unknown[]; nextCursor: string | null; total: number };
    items.push(...page.items);
    cursor = page.nextCursor;
    total = page.total;
  } while (cursor);
  return { items, total };
}

/** Records when the first bar enters the DOM (a MutationObserver installed before the app runs). */
const FIRST_BAR_PROBE = `
  new MutationObserver((_, observer) => {
    if (document.querySelector('.akk-tl-body a[data-agreement-id]')) {
      window.__firstBar = performance.now();
      observer.disconnect();
    }
  }).observe(document, { childList: true, subtree: true });
`;

interface FirstPaint {
  /** First bars in the DOM, from navigation start. */
  firstBars: number;
  /** Every agreement drawn (the frame after the last page was laid out), from navigation start. */
  complete: number;
  /** From the end of the last API response to the drawn timeline: JSON, validation, layout and drawing. */
  afterResponse: number;
  /** Of which: JSON parsing and schema validation of the last response. */
  parse: number;
  /** Of which: lanes, rows and the SVG of what is in view. */
  draw: number;
}

/** Opens /timeline and waits until every agreement is laid out and painted (User Timing recorded by the view). */
async function timelineFirstPaint(page: Page): Promise<FirstPaint> {
  await page.addInitScript(FIRST_BAR_PROBE);
  await page.goto('/timeline', { waitUntil: 'commit' });
  await page.waitForFunction(() => performance.getEntriesByName('akkoord:timeline:draw').length > 0, undefined, { timeout: 120_000 });
  return page.evaluate(() => {
    const draw = performance.getEntriesByName('akkoord:timeline:draw').at(-1) as PerformanceMeasure;
    const data = performance.getEntriesByName('akkoord:timeline:data').at(-1) as PerformanceMark;
    const api = performance.getEntriesByType('resource').filter((e) => e.name.includes('/api/agreements?')) as PerformanceResourceTiming[];
    const lastResponse = Math.max(...api.map((e) => e.responseEnd));
    const complete = draw.startTime + draw.duration;
    return {
      firstBars: (window as unknown as { __firstBar?: number }).__firstBar ?? NaN,
      complete,
      afterResponse: complete - lastResponse,
      parse: data.startTime - lastResponse,
      draw: draw.duration,
    };
  });
}

/** Drives the chart for `frames` frames (pan: horizontal wheel; zoom: Ctrl+wheel in and out), measuring main-thread work per frame. */
async function gestureFrames(page: Page, kind: 'pan' | 'zoom', frames: number): Promise<{ work: number[]; intervals: number[]; domBars: number[] }> {
  return page.evaluate(
    async ({ kind, frames }) => {
      const scroller = document.querySelector<HTMLElement>('.akk-tl-scroller');
      if (!scroller) throw new Error('no timeline');
      const box = scroller.getBoundingClientRect();
      const work: number[] = [];
      const intervals: number[] = [];
      const domBars: number[] = [];
      let last = 0;
      let n = 0;
      await new Promise<void>((done) => {
        const frame = (ts: number) => {
          if (last) intervals.push(ts - last);
          last = ts;
          const start = performance.now();
          const zoomIn = Math.floor(n / 20) % 2 === 0;
          scroller.dispatchEvent(
            new WheelEvent('wheel', {
              bubbles: true,
              cancelable: true,
              clientX: box.left + box.width * 0.6,
              clientY: box.top + 40,
              // Back and forth over about three screens, so the pan stays among the agreements.
              deltaX: kind === 'pan' ? (Math.floor(n / 60) % 2 === 0 ? 36 : -36) : 0,
              deltaY: kind === 'zoom' ? (zoomIn ? -40 : 40) : 0,
              ctrlKey: kind === 'zoom',
            }),
          );
          // The end of the frame's work: the first task after rendering (and after React's render task, queued earlier).
          const ch = new MessageChannel();
          ch.port1.onmessage = () => {
            work.push(performance.now() - start);
            domBars.push(document.querySelectorAll('.akk-tl-body a[data-agreement-id]').length);
          };
          ch.port2.postMessage(0);
          n += 1;
          if (n >= frames) done();
          else requestAnimationFrame(frame);
        };
        requestAnimationFrame(frame);
      });
      await new Promise((r) => setTimeout(r, 300));
      return { work, intervals, domBars };
    },
    { kind, frames },
  );
}

/**
 * A chain of `agreements` agreements shaped like a register's: relations form a tree (each
 * agreement rests on or is covered by an earlier one); parties come from pools of controllers,
 * processors and sub-processors, so the processors link processor and sub-processor agreements.
 */
function syntheticChain(agreements: number, organisations: number): Chain {
  const types = ['processor', 'subprocessor', 'service', 'cooperation'] as const;
  const nodes: Chain['nodes'] = [];
  const edges: Chain['edges'] = [];
  for (let o = 1; o <= organisations; o++) {
    nodes.push({ kind: 'organisation', id: `organisation:${o}`, organisationId: o, name: `Organisatie ${o}`, shortName: null, organisationKind: 'other' });
  }
  const pool = (from: number, size: number, a: number) => 1 + Math.floor(organisations * from) + (a % Math.max(1, Math.floor(organisations * size)));
  for (let a = 1; a <= agreements; a++) {
    const type = types[a % types.length]!;
    nodes.push({
      kind: 'agreement',
      restricted: false,
      id: `agreement:${a}`,
      agreementId: a,
      type,
      title: `[Synthetisch] ${type === 'service' ? 'Dienstverleningsovereenkomst' : type === 'processor' ? 'Verwerkersovereenkomst' : type === 'subprocessor' ? 'Subverwerkersovereenkomst' : 'Samenwerkingsovereenkomst'} ${a}`,
      collaborationCode: 'SYN',
      coversCollaborations: ['SYN'],
      status: 'active',
      startDate: `${2015 + (a % 10)}-01-01`,
      endDate: null,
      currentTermEnd: null,
      termKind: 'indefinite',
      legalRegime: 'avg',
      archived: false,
      depth: Math.floor(Math.log2(a)),
      violations:
        a % 25 === 0
          ? [{ rule: 'coverage_term', severity: 'warning', agreementId: a, messageCode: 'starts_before_cover', params: {}, message: { nl: 'Waarschuwing', en: 'Warning' } }]
          : [],
    });
    const controller = pool(0, 0.3, a);
    const processor = pool(0.3, 0.4, a);
    const sub = pool(0.7, 0.3, a);
    const parties =
      type === 'processor'
        ? ([
            ['controller', controller],
            ['processor', processor],
          ] as const)
        : type === 'subprocessor'
          ? ([
              ['processor', processor],
              ['subprocessor', sub],
            ] as const)
          : type === 'service'
            ? ([
                ['client', controller],
                ['provider', processor],
              ] as const)
            : ([
                ['party', controller],
                ['party', processor],
              ] as const);
    for (const [role, org] of parties)
      edges.push({ kind: 'party', id: `party:${a}:${org}:${role}`, source: `agreement:${a}`, target: `organisation:${org}`, role, basis: 'stated' });
    if (a > 1)
      edges.push({
        kind: 'relation',
        id: `relation:${a}`,
        relationId: a,
        relationKind: a % 3 === 0 ? 'covers' : 'based_on',
        source: `agreement:${Math.floor(a / 2)}`,
        target: `agreement:${a}`,
        note: null,
      });
  }
  return { agreementId: 1, nodes, edges, truncated: false, counts: { errors: 0, warnings: Math.floor(agreements / 25) } };
}

interface ChainTiming {
  /** From asking for a layout to the painted graph. */
  total: number;
  layout: number;
  render: number;
  drawn: number;
  drawing: string;
}

/** The newest timing of the chain view (User Timing entries it records), once the graph is painted. */
async function readChainTiming(page: Page, previous: number): Promise<ChainTiming> {
  await page.waitForFunction((n) => performance.getEntriesByName('akkoord:chain-graph').length > n, previous, { timeout: 120_000 });
  return page.evaluate(() => {
    const last = (name: string) => performance.getEntriesByName(name).at(-1)?.duration ?? NaN;
    return {
      total: last('akkoord:chain-graph'),
      layout: last('akkoord:chain-graph:layout'),
      render: last('akkoord:chain-graph:render'),
      drawn: document.querySelectorAll('.akk-chain-svg a[data-node]').length,
      drawing: document.querySelector('.akk-chain')?.getAttribute('data-drawing') ?? '?',
    };
  });
}

/**
 * Opens the chain view once (fresh tab: the ELK worker starts) and then moves between
 * agreements inside the app as a user does (the worker is running), `runs` times in all.
 */
async function chainRuns(context: BrowserContext, chain: Chain, runs: number): Promise<ChainTiming[]> {
  const page = await context.newPage();
  await page.route(/\/api\/agreements\/\d+\/chain$/, (route) => route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(chain) }));
  await page.goto('/agreements/1/chain', { waitUntil: 'commit' });
  const timings = [await readChainTiming(page, 0)];
  for (let i = 1; i < runs; i++) {
    await page.evaluate((id) => {
      window.history.pushState({}, '', `/agreements/${id}/chain`);
      window.dispatchEvent(new PopStateEvent('popstate'));
    }, i + 1);
    timings.push(await readChainTiming(page, i));
  }
  await page.close();
  return timings;
}

const chainOnly = process.argv.includes('--chain-only');

async function main() {
  if (!hasChromium()) {
    console.log(`timeline bench skipped: no Chromium at ${CHROMIUM_PATH} (apt-get install -y chromium)`);
    return;
  }
  ensureClientBuilt(ROOT);
  const dataDir = syntheticDataDir(10_000);
  const server = await startServer(dataDir);
  const browser = await launchChromium();
  try {
    const headers = await benchHeaders(server.url, dataDir, 'viewer');
    if (!chainOnly) {
      const all = await fetchAll(server.url, headers);
      const count = all.items.length;
      const body = JSON.stringify({ items: all.items, nextCursor: null, total: all.total });
      console.log(`dataset: ${count.toLocaleString('en')} agreements (10,000 synthetic + the Twente register); viewport 1280×900; median of ${RUNS} runs, cold browser cache`);

      // 1. The drawing itself: all agreements arrive in one response.
      const oneResponse: FirstPaint[] = [];
      for (let i = 0; i < RUNS; i++) {
        const context = await newContext(browser, server.url, headers.cookie);
        const page = await context.newPage();
        await page.route(/\/api\/agreements\?/, (route) => route.fulfill({ status: 200, contentType: 'application/json', body }));
        oneResponse.push(await timelineFirstPaint(page));
        await context.close();
      }
      const m = (pick: (r: FirstPaint) => number, runs: FirstPaint[]) => median(runs.map(pick));
      const firstPaint = m((r) => r.afterResponse, oneResponse);
      console.log(`\nTimeline, first paint of ${count.toLocaleString('en')} agreements:`);
      console.log(
        `  data in one response (${(body.length / 1e6).toFixed(1)} MB): drawn ${firstPaint.toFixed(0)} ms after the response (JSON + validation ${m((r) => r.parse, oneResponse).toFixed(0)} ms, lanes + layout + SVG ${m((r) => r.draw, oneResponse).toFixed(0)} ms)  [target < 500 ms: ${verdict(firstPaint < 500)}]; ${m((r) => r.complete, oneResponse).toFixed(0)} ms after navigation, cold cache`,
      );

      // 2. What a user waits: pages of 500 from the real server, drawn as they arrive.
      const paged: FirstPaint[] = [];
      for (let i = 0; i < RUNS; i++) {
        const context = await newContext(browser, server.url, headers.cookie);
        paged.push(await timelineFirstPaint(await context.newPage()));
        await context.close();
      }
      console.log(
        `  paged from the server (${Math.ceil(count / 500)} × 500): first bars ${m((r) => r.firstBars, paged).toFixed(0)} ms, all ${count.toLocaleString('en')} drawn ${m((r) => r.complete, paged).toFixed(0)} ms after navigation (last page drawn ${m((r) => r.afterResponse, paged).toFixed(0)} ms after it arrived)`,
      );

      // 3. DOM size and pan/zoom frames on a loaded timeline.
      const context = await newContext(browser, server.url, headers.cookie);
      const page = await context.newPage();
      await page.route(/\/api\/agreements\?/, (route) => route.fulfill({ status: 200, contentType: 'application/json', body }));
      await timelineFirstPaint(page);
      await page.waitForSelector(`.akk-timeline[data-agreements="${count}"]`);
      const dom = await page.evaluate(() => ({
        bars: document.querySelectorAll('.akk-tl-body a[data-agreement-id]').length,
        svgElements: document.querySelectorAll('.akk-tl-body *').length,
        rowsHeight: Number(document.querySelector('.akk-tl-body')?.getAttribute('height') ?? 0),
      }));
      console.log(
        `  in the DOM: ${dom.bars} bars (${dom.svgElements} SVG elements) of ${count.toLocaleString('en')} agreements; lanes ${Math.round(dom.rowsHeight / 36).toLocaleString('en')} rows tall`,
      );
      // Gestures in the middle of the lanes, where rows hold many short agreements (the top rows are long, open-ended ones).
      await page.evaluate(() => {
        const scroller = document.querySelector<HTMLElement>('.akk-tl-scroller');
        if (scroller) scroller.scrollTop = scroller.scrollHeight * 0.45;
      });
      await page.waitForTimeout(300);
      for (const kind of ['pan', 'zoom'] as const) {
        await page.getByRole('button', { name: 'Vandaag' }).click();
        await page.waitForTimeout(300);
        await gestureFrames(page, kind, 30); // warm-up
        const r = await gestureFrames(page, kind, 240);
        const m = median(r.work);
        console.log(
          `  ${kind === 'pan' ? 'pan (horizontal wheel)' : 'zoom (Ctrl+wheel in and out)'}: work per frame median ${m.toFixed(2)} ms, p95 ${percentile(r.work, 0.95).toFixed(2)} ms, max ${Math.max(...r.work).toFixed(1)} ms  [target median < 16 ms: ${verdict(m < 16)}]; frame interval median ${median(r.intervals).toFixed(1)} ms; bars in DOM ${Math.min(...r.domBars)}–${Math.max(...r.domBars)}`,
        );
      }
      await context.close();
    }

    // 4. Chain graphs: 500 agreements (an overview), and the largest detailed drawing (150 nodes).
    const chainContext = await newContext(browser, server.url, headers.cookie);
    console.log(`\nChain graph (ELK layered in a worker, plain SVG; median of ${RUNS} moves between agreements after the first view):`);
    for (const [agreements, organisations] of [
      [500, 100],
      [110, 40],
    ] as const) {
      const chain = syntheticChain(agreements, organisations);
      const [cold, ...warm] = await chainRuns(chainContext, chain, RUNS + 1);
      const m = median(warm.map((r) => r.total));
      console.log(
        `  ${agreements} agreements + ${organisations} organisations, ${chain.edges.length} edges → ${cold?.drawing} drawing of ${cold?.drawn} nodes: layout + render ${m.toFixed(0)} ms (layout ${median(warm.map((r) => r.layout)).toFixed(0)}, render ${median(warm.map((r) => r.render)).toFixed(0)})  [target < 1000 ms: ${verdict(m < 1000)}]; first graph in a tab, worker start included: ${cold?.total.toFixed(0)} ms`,
      );
    }
    await chainContext.close();
  } finally {
    await browser.close();
    await server.stop();
  }
}

await main();
