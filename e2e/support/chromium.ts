import fs from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * The features Playwright itself disables (playwright-core 1.65.1). Chromium keeps only the last `--disable-features`
 * switch, so ours must carry Playwright's too; launchChromium checks that it still does after a Playwright upgrade.
 */
export const PLAYWRIGHT_DISABLED_FEATURES = [
  'AvoidUnnecessaryBeforeUnloadCheckSync',
  'DestroyProfileOnBrowserClose',
  'HttpsUpgrades',
  'HttpsFirstBalancedModeAutoEnable',
  'LensOverlay',
  'MediaRouter',
  'PaintHolding',
  'ThirdPartyStoragePartitioning',
  'AvoidCorsURLLoaderRestartOnRedirect',
  'TcpPortRandomizationWin',
  'OptimizationHints',
  'NetworkTimeServiceQuerying',
  'AimEnabled',
  'PreconnectToSearch',
  'msForceBrowserSignIn',
  'msEdgeUpdateLaunchServicesPreferredVersion',
];

/**
 * Chromium's own window furniture: the WebUI omnibox popup (and its AI compose box) is preloaded in every new window,
 * a few hundred script files parsed and run in the browser while the page under test loads. Every test context is a
 * new window, so on a 2-core machine that work competed with the page: first loads measured 1.3–1.4 s with it and
 * 0.9 s without (docs/decisions/065). A person's browser preloads it once, when it starts, not per page.
 */
const OWN_DISABLED_FEATURES = ['PreloadTopChromeWebUI', 'WebUIOmniboxPopup', 'WebUIOmniboxAimPopup'];

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  `--disable-features=${[...PLAYWRIGHT_DISABLED_FEATURES, ...OWN_DISABLED_FEATURES].join(',')}`,
];

/** The command lines of the processes this process started (Linux /proc; empty elsewhere). */
function childCommandLines(): string[][] {
  if (!fs.existsSync('/proc/self/stat')) return [];
  const lines: string[][] = [];
  for (const pid of fs.readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
      const parent = stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1];
      if (parent === String(process.pid)) lines.push(fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0'));
    } catch {
      // The process ended meanwhile.
    }
  }
  return lines;
}

/**
 * Which features an earlier `--disable-features` of a browser's command line turns off that the last one (the one
 * Chromium uses) does not: what a Playwright upgrade added to its own list and CHROMIUM_ARGS lost.
 */
export function featuresDropped(commandLine: string[]): string[] {
  const lists = commandLine.filter((a) => a.startsWith('--disable-features=')).map((a) => a.slice('--disable-features='.length).split(','));
  const used = new Set(lists.at(-1) ?? []);
  return [...new Set(lists.slice(0, -1).flat())].filter((f) => !used.has(f));
}

/** Chromium with CHROMIUM_ARGS, refusing to run when Playwright's own disabled features would be lost. */
export async function launchChromium(): Promise<Browser> {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  for (const commandLine of childCommandLines().filter((c) => c.includes(CHROMIUM_ARGS.at(-1) ?? ''))) {
    const dropped = featuresDropped(commandLine);
    if (dropped.length) {
      await browser.close();
      throw new Error(`Playwright now also disables ${dropped.join(', ')}: add them to PLAYWRIGHT_DISABLED_FEATURES in e2e/support/chromium.ts.`);
    }
  }
  return browser;
}

export function hasChromium(): boolean {
  return fs.existsSync(CHROMIUM_PATH);
}

/** Missing browser: CI must fail; a developer gets told how to install it and the suite skips. */
export function reportMissingChromium(): void {
  const message = [
    '',
    '#'.repeat(72),
    `#  Chromium not found at ${CHROMIUM_PATH}: the browser tests are SKIPPED.`,
    '#  Install it with:  apt-get update && apt-get install -y chromium',
    '#  (or point CHROMIUM_PATH at a Chromium binary)',
    '#'.repeat(72),
    '',
  ].join('\n');
  if (process.env.CI === 'true') throw new Error(`Chromium is required in CI (${CHROMIUM_PATH} is missing).${message}`);
  console.warn(message);
}
