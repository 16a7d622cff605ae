import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { describeViolations, launchBrowser, newPage, runAxe } from './support/browser.ts';

/** Signed out: the sign-in page, its errors, and the strict CSP without any bypass. */
describe.runIf(inject('chromium'))('signed out', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it.runIf(inject('user') !== null)('is sent to an accessible sign-in page that explains a failed attempt', async () => {
    const { page } = await newPage(browser);
    await page.goto('/agreements?collaboration=RTR');
    await page.waitForURL(/\/sign-in\?next=/);
    await page.getByRole('heading', { level: 1, name: 'Inloggen' }).waitFor();
    let violations = await runAxe(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    await page.getByLabel('E-mailadres').fill('niemand@akkoord.test');
    await page.getByLabel('Wachtwoord').fill('fout-wachtwoord');
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page.getByRole('alert').getByText(/Inloggen is niet gelukt/).waitFor();
    violations = await runAxe(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    await page.context().close();
  });

  it('runs under the strict Content-Security-Policy without violations', async () => {
    const { page, problems } = await newPage(browser, { bypassCSP: false });
    const user = inject('user');
    await page.goto('/sign-in');
    if (user) {
      await page.getByLabel('E-mailadres').fill(user.email);
      await page.getByLabel('Wachtwoord').fill(user.password);
      await page.getByRole('button', { name: 'Inloggen' }).click();
      await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
    }
    for (const path of ['/', '/agreements', '/collaborations', '/collaborations/RTR']) {
      await page.goto(path);
      await page.getByRole('heading', { level: 1 }).first().waitFor();
    }
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
