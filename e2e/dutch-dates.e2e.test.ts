import { describe, expect, inject, it } from 'vitest';
import { expectAccessible, openPage } from './support/steps.ts';
import { useSignedInApp } from './support/suite.ts';

/** Dates typed as Dutch people type them, in the agreement form and in the filters (issue 19, item 8). */
describe.runIf(inject('chromium'))('dates as Dutch people type them', () => {
  // This file adds an agreement: it gets a register of its own.
  const app = useSignedInApp({ ownServer: true, failOnPageProblems: true });

  it('shows beside each date field what it read', async () => {
    await openPage(app.page, '/agreements/new', 'Nieuwe overeenkomst');
    const start = app.page.getByLabel('Ingangsdatum');
    const reading = (text: string) => app.page.locator('.app-date-input__reading', { hasText: text }).first().waitFor();
    await start.fill('01-03-2023');
    await reading('1 maart 2023');
    await start.fill('1-3-2023');
    await reading('1 maart 2023');
    await start.fill('mrt 2023');
    await reading('maart 2023 (maand)');
    await start.fill('2023');
    await reading('2023 (jaar)');
    await start.fill('31-02-2023');
    await reading('Deze datum bestaat niet');
    // The reading is part of the field's description for screen readers.
    const describedBy = (await start.getAttribute('aria-describedby')) ?? '';
    const described = await app.page.evaluate(
      (ids) =>
        ids
          .split(' ')
          .map((id) => document.getElementById(id)?.textContent ?? '')
          .join(' '),
      describedBy,
    );
    expect(described).toContain('Deze datum bestaat niet');
    await expectAccessible(app.page);
  });

  it('names the field in the error summary', async () => {
    await app.page.getByLabel(/^Soort/).selectOption('service');
    await app.page.getByLabel(/^Titel/).fill('DVO datumproef');
    await app.page.getByRole('button', { name: 'Overeenkomst aanmaken' }).click();
    const summary = app.page.locator('.app-error-summary');
    await summary.getByRole('link', { name: 'Ingangsdatum: Vul een bestaande datum in, bijvoorbeeld 1-3-2023, maart 2023 of 2023.' }).waitFor();
    await expectAccessible(app.page);
  });

  it('saves Dutch dates as the dates they are', async () => {
    await app.page.getByLabel('Ingangsdatum').fill('1 maart 2023');
    await app.page.getByLabel('Einddatum').fill('28-2-2025');
    await app.page.getByLabel('Evaluatiemoment').fill('mrt 2024');
    await app.page.getByRole('button', { name: 'Overeenkomst aanmaken' }).click();
    await app.page.getByRole('heading', { level: 1, name: 'DVO datumproef' }).waitFor();
    await app.page.getByText('1 maart 2023').first().waitFor();
    await app.page.getByText('28 februari 2025').first().waitFor();
    // The API received ISO partial dates (its wire format is unchanged).
    const id = Number(new URL(app.page.url()).pathname.split('/').pop());
    const stored = await app.page.evaluate(async (agreementId) => (await fetch(`/api/agreements/${agreementId}`)).json(), id);
    expect([stored.startDate, stored.endDate, stored.reviewDate]).toEqual(['2023-03-01', '2025-02-28', '2024-03']);
    // Editing shows them the Dutch way and saving without a change changes nothing.
    await app.page.getByRole('link', { name: 'Bewerken' }).click();
    await expect(app.page.getByLabel('Ingangsdatum').inputValue()).resolves.toBe('01-03-2023');
    await expect(app.page.getByLabel('Evaluatiemoment').inputValue()).resolves.toBe('03-2024');
  });

  it('filters the register with the same date field', async () => {
    await openPage(app.page, '/agreements', 'Register van overeenkomsten');
    await app.page.getByLabel('Looptijd vanaf').fill('mrt 2023');
    await app.page.waitForURL(/from=2023-03-01/);
    await app.page.getByLabel('Looptijd tot').fill('2023');
    await app.page.waitForURL(/to=2023-12-31/);
    await expect(app.page.locator('input[type="date"]').count()).resolves.toBe(0);
    await expectAccessible(app.page);
  });
});
