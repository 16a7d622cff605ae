import { describe, expect, inject, it } from 'vitest';
import { newPage } from './support/browser.ts';
import { expectNoAxeViolations, signIn, submitSignInForm } from './support/steps.ts';
import { useBrowser } from './support/suite.ts';

/** Signed out: the sign-in page, its errors, and the strict CSP without any bypass. */
describe.runIf(inject('chromium'))('signed out', () => {
  const chromium = useBrowser();

  it.runIf(inject('user') !== null)('is sent to an accessible sign-in page that explains a failed attempt', async () => {
    const { page } = await newPage(chromium.browser);
    await page.goto('/agreements?collaboration=RTR');
    await page.waitForURL(/\/sign-in\?next=/);
    await page.getByRole('heading', { level: 1, name: 'Inloggen' }).waitFor();
    await expectNoAxeViolations(page);
    await submitSignInForm(page, { email: 'niemand@akkoord.test', password: 'fout-wachtwoord' });
    await page
      .getByRole('alert')
      .getByText(/Inloggen is niet gelukt/)
      .waitFor();
    await expectNoAxeViolations(page);
    await page.context().close();
  });

  it('runs under the strict Content-Security-Policy without violations', async () => {
    const { page, problems } = await newPage(chromium.browser, { bypassCSP: false });
    await signIn(page);
    for (const path of ['/', '/agreements', '/collaborations', '/collaborations/RTR']) {
      await page.goto(path);
      await page.getByRole('heading', { level: 1 }).first().waitFor();
    }
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
