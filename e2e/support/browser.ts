import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { inject } from 'vitest';
import { launchChromium } from './chromium.ts';

const require = createRequire(import.meta.url);
const axeSource: string = (require('axe-core') as { source: string }).source;

export async function launchBrowser(): Promise<Browser> {
  return launchChromium();
}

/** A fresh page (own cookies) that fails the test on uncaught page errors or CSP violations. */
export async function newPage(
  browser: Browser,
  options: { width?: number; height?: number; locale?: string; bypassCSP?: boolean; baseUrl?: string } = {},
): Promise<{ page: Page; problems: string[] }> {
  const context = await browser.newContext({
    baseURL: options.baseUrl ?? inject('baseUrl'),
    viewport: { width: options.width ?? 1280, height: options.height ?? 900 },
    locale: options.locale ?? 'nl-NL',
    timezoneId: 'Europe/Amsterdam',
    // axe-core is injected as an inline script, which the strict CSP refuses; csp.e2e.test.ts checks the CSP itself.
    bypassCSP: options.bypassCSP ?? true,
  });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error' && /Content Security Policy|Refused to/i.test(m.text())) problems.push(`csp: ${m.text()}`);
  });
  return { page, problems };
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

/** Runs axe-core (WCAG 2.0/2.1 A and AA) on the page as it is now. */
export async function runAxe(page: Page): Promise<AxeViolation[]> {
  await page.addScriptTag({ content: axeSource });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: unknown) => Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })) }));
  });
}

/** A readable summary of axe violations for assertion messages. */
export function describeViolations(violations: AxeViolation[]): string {
  return violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `   ${n.target.join(' ')} ${n.failureSummary ?? ''}`).join('\n')}`).join('\n');
}

/** Saves a full-page screenshot to e2e/out/ when a test failed (for the person reading CI output). */
export async function screenshotOnFailure(page: Page | undefined, task: { name: string; result?: { state?: string } }): Promise<void> {
  if (!page || task.result?.state !== 'fail') return;
  const { mkdirSync } = await import('node:fs');
  const dir = new URL('../out/', import.meta.url);
  mkdirSync(dir, { recursive: true });
  const file = new URL(`${task.name.replace(/[^a-z0-9]+/gi, '-').slice(0, 80)}.png`, dir);
  await page.screenshot({ path: file.pathname, fullPage: true }).catch(() => undefined);
  console.log(`[e2e] screenshot: ${file.pathname} (at ${page.url()})`);
}
