import fs from 'node:fs';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

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
