import { describe, expect, inject, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { csrfHeaders, findAgreement } from './support/api.ts';
import { makeTextPdf } from './support/pdf.ts';
import { expectAccessible, openPage } from './support/steps.ts';
import { useSignedInApp } from './support/suite.ts';

const TITLE = 'Dienstverleningsovereenkomst ZVHT';
const PDF = makeTextPdf([
  ['DIENSTVERLENINGSOVEREENKOMST ZVHT', 'Artikel 4. Opzegging', 'Partijen kunnen de overeenkomst opzeggen met een opzegtermijn van 3 (drie) maanden.'],
  ['Aldus overeengekomen en ondertekend te Enschede op 12 december 2023.'],
]);

/** The Suggestions section beside the facts. */
const panel = (page: Page): Locator => page.getByRole('region', { name: 'Voorstellen uit documenten' });

/** Issue 13, items 7 and 8: facts read from a signed copy, accepted and rejected by keyboard, each undoable. */
describe.runIf(inject('chromium'))('suggestions from documents', () => {
  const app = useSignedInApp({ ownServer: true });

  it('shows what the signed copy says, with its quote and page, and is accessible', async () => {
    const page = app.page;
    const { id } = await findAgreement(page.request, TITLE);
    const upload = await page.request.post(`/api/agreements/${id}/documents`, {
      headers: await csrfHeaders(page.request),
      multipart: { kind: 'signed_copy', file: { name: 'dvo-zvht-getekend.pdf', mimeType: 'application/pdf', buffer: PDF } },
    });
    expect(upload.status()).toBe(201);
    // The text is extracted in the background; the list reads it once it is there.
    await expect
      .poll(async () => ((await (await page.request.get(`/api/agreements/${id}/suggestions`)).json()) as { items: unknown[] }).items.length, { timeout: 60_000 })
      .toBeGreaterThan(0);
    await openPage(page, `/agreements/${id}`, TITLE);
    const suggestions = panel(page);
    await suggestions.getByText('Partijen kunnen de overeenkomst opzeggen met een opzegtermijn van 3 (drie) maanden.').waitFor();
    await suggestions.getByRole('link', { name: /dvo-zvht-getekend\.pdf, versie 1, pagina 1/ }).waitFor();
    await expectAccessible(page);
  });

  it('accepts by keyboard, shows the new fact, and undo puts the old value back', async () => {
    const page = app.page;
    const suggestions = panel(page);
    const facts = page.getByRole('region', { name: 'Gegevens' });
    const notice = facts.locator('dt', { hasText: /^Opzegtermijn$/ }).locator('xpath=following-sibling::dd[1]');
    const before = await notice.textContent();
    await suggestions.getByRole('button', { name: /^Overnemen Opzegtermijn: 3 maanden/ }).focus();
    await page.keyboard.press('Enter');
    const status = page.getByRole('status').filter({ hasText: 'Opzegtermijn overgenomen: 3 maanden.' });
    await status.waitFor();
    await expect.poll(() => notice.textContent()).toBe('3 maanden');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Ongedaan maken');
    await expectAccessible(page);
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: 'Ongedaan gemaakt.' }).waitFor();
    await expect.poll(() => notice.textContent()).toBe(before);
    await suggestions.getByRole('button', { name: /^Overnemen Opzegtermijn/ }).waitFor();
  });

  it('rejects by keyboard without changing the agreement, and keeps it apart as rejected', async () => {
    const page = app.page;
    const suggestions = panel(page);
    await suggestions.getByRole('button', { name: /^Afwijzen Opzegtermijn/ }).focus();
    await page.keyboard.press('Space');
    await page.getByRole('status').filter({ hasText: 'Voorstel voor Opzegtermijn afgewezen; de overeenkomst is niet gewijzigd.' }).waitFor();
    await suggestions.getByText('Eerder beoordeeld (1)').click();
    await suggestions.getByRole('button', { name: 'Opnieuw voorleggen Opzegtermijn' }).waitFor();
    await expectAccessible(page);
  });
});
