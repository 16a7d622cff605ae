import { describe, expect, inject, it } from 'vitest';
import { newPage } from './support/browser.ts';
import { expectAccessible, expectNoAxeViolations, openPage } from './support/steps.ts';
import { useSignedInApp } from './support/suite.ts';

/**
 * Issue 17: what an agreement costs and its Woo publication, walked in the browser — the value and the
 * publication set in the edit form, the amounts next to the budget, and the public page that anyone
 * can open without signing in, all accessible.
 */
describe.runIf(inject('chromium') && inject('user') !== null)('value and Woo publication', () => {
  // This file publishes an agreement: it gets a register of its own.
  const app = useSignedInApp({ ownServer: true, failOnPageProblems: true });
  const title = 'Samenwerkingsovereenkomst politie en VRT (RTR)';
  let id = 0;

  it('records the amount and the publication in the edit form', async () => {
    const list = await app.page.evaluate(async () => (await (await fetch('/api/agreements?limit=100')).json()) as { items: { id: number; title: string }[] });
    id = list.items.find((a) => a.title === title)!.id;
    await openPage(app.page, `/agreements/${id}/edit`);
    await app.page.getByLabel('Bedrag', { exact: true }).fill('€ 12.500,50');
    await app.page.getByLabel('Bedrag geldt').selectOption('per_year');
    expect(await app.page.getByLabel('Informatiecategorie (Woo art. 3.3)').inputValue()).toBe('convenanten');
    await app.page.getByLabel('Openbaarmaking').selectOption('published');
    await app.page.getByLabel('Openbaar gemaakt op').fill('2026-11-20');
    await expectAccessible(app.page);
    await app.page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    await app.page.waitForURL((url) => url.pathname === `/agreements/${id}`);
    await app.page.getByRole('heading', { level: 1, name: title }).waitFor();
    expect(await app.page.getByRole('link', { name: 'openbare pagina' }).getAttribute('href')).toBe(`/openbaar/${id}`);
    await app.page
      .getByText(/12\.500,50/)
      .first()
      .waitFor();
    await expectAccessible(app.page);
  });

  it('shows the amounts per year next to the budget on the collaboration page', async () => {
    await openPage(app.page, '/collaborations/RTR');
    const table = app.page.getByRole('table', { name: 'Vastgelegde bedragen per jaar' });
    await table.waitFor();
    await expectAccessible(app.page);
  });

  it('is on the public page for anyone, without signing in, and nothing unpublished is', async () => {
    const { page, problems } = await newPage(app.browser, { baseUrl: app.baseUrl });
    await page.goto('/openbaar');
    await page.getByRole('heading', { level: 1, name: 'Openbaar gemaakte overeenkomsten' }).waitFor();
    const links = await page.locator('main a[href^="/openbaar/"]').allTextContents();
    expect(links).toEqual([title]);
    await expectNoAxeViolations(page);
    await page.getByRole('link', { name: title }).click();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    await page.getByText('Convenanten').waitFor();
    await expectNoAxeViolations(page);
    await page.getByRole('link', { name: 'English' }).click();
    await page.getByText('Information category').waitFor();
    await expectNoAxeViolations(page);
    const other = await page.goto('/openbaar/1');
    expect(other?.status()).toBe(id === 1 ? 200 : 404);
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
