import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { describe, expect, inject, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { findAgreement } from './support/api.ts';
import { newPage } from './support/browser.ts';
import { makeTextPdf } from './support/pdf.ts';
import { expectAccessible, openPage, signIn } from './support/steps.ts';
import { useSignedInApp } from './support/suite.ts';

const TITLE = 'Bestuursovereenkomst Platform IVZ';
const FILE_NAME = 'bestuursovereenkomst-getekend.pdf';
/** A signed copy in Dutch contract language, two pages with a real text layer. */
const PDF = makeTextPdf([
  ['BESTUURSOVEREENKOMST PLATFORM IVZ', 'Artikel 1. Duur', 'Deze overeenkomst treedt in werking op 1 januari 2024 en wordt aangegaan', 'voor een periode van drie jaar.'],
  ['Artikel 2. Opzegging', 'Elke partij kan de overeenkomst opzeggen met inachtneming van een', 'opzegtermijn van drie maanden.'],
]);
const SHA256 = createHash('sha256').update(PDF).digest('hex');

/** The Documents section of the agreement page. */
const panel = (page: Page): Locator => page.getByRole('region', { name: 'Documenten' });

/** Issue 13: upload a signed copy, see its text, accept a fact read from it, preview and download it, and find it again when the same file comes twice. */
describe.runIf(inject('chromium'))('documents on an agreement', () => {
  const app = useSignedInApp({ ownServer: true });
  let id = 0;

  it('uploads a PDF by the file button with kind and date, showing the progress bar until the server answers', async () => {
    const page = app.page;
    id = (await findAgreement(page.request, TITLE)).id;
    await openPage(page, `/agreements/${id}`, TITLE);
    const documents = panel(page);
    await documents.getByText(/Er zijn nog geen documenten bij deze overeenkomst/).waitFor();

    await documents.getByLabel(/^Bestand/).setInputFiles({ name: FILE_NAME, mimeType: 'application/pdf', buffer: PDF });
    await documents.getByText(`Gekozen: ${FILE_NAME}`, { exact: false }).waitFor();
    await documents.getByLabel(/^Soort document/).selectOption({ label: 'getekend exemplaar' });
    await documents.getByLabel(/^Datum van het document/).fill('15-12-2023');
    await documents.getByText('15 december 2023').waitFor();
    await documents.getByLabel(/^Notitie/).fill('Getekend door beide besturen');

    // Hold the server's answer until the progress bar has been seen (a small file is sent at once).
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(`**/api/agreements/${id}/documents`, async (route) => {
      if (route.request().method() !== 'POST') return route.continue();
      await held;
      await route.continue();
    });
    await documents.getByRole('button', { name: 'Uploaden' }).click();
    const bar = documents.getByRole('progressbar', { name: 'Voortgang van de upload' });
    await bar.waitFor();
    await expect(documents.getByRole('button', { name: 'Upload afbreken' }).isVisible()).resolves.toBe(true);
    release();
    await page.getByText(`${FILE_NAME} is toegevoegd. Akkoord leest nu de tekst.`).waitFor();
    await page.unroute(`**/api/agreements/${id}/documents`);
    await bar.waitFor({ state: 'detached' });

    const versions = documents.getByRole('table', { name: `Versies van ${FILE_NAME}` });
    await versions.waitFor();
    await documents.getByText(/getekend exemplaar · gedateerd 15 december 2023 · 1 versie/).waitFor();
    await expect.poll(() => versions.getByRole('row').nth(1).textContent()).toContain(SHA256.slice(0, 12));
    const row = await versions.getByRole('row').nth(1).textContent();
    expect(row).toContain('PDF');
  });

  it('shows the text read from the PDF, page by page, once it has been read', async () => {
    const documents = panel(app.page);
    await documents.getByText('tekst gelezen', { exact: true }).waitFor({ timeout: 30_000 });
    await documents.getByRole('button', { name: `Tekst van ${FILE_NAME} (versie 1) tonen` }).click();
    const text = documents.getByRole('region', { name: `Tekst van ${FILE_NAME}, versie 1` });
    await text.getByRole('heading', { name: 'Pagina 1' }).waitFor();
    await text.getByText(/treedt in werking op 1 januari 2024/).waitFor();
    await text.getByRole('heading', { name: 'Pagina 2' }).waitFor();
    await text.getByText(/opzegtermijn van drie maanden/).waitFor();
    await expectAccessible(app.page);
  });

  it('accepts the notice period read from the document in the Suggestions panel', async () => {
    const page = app.page;
    const suggestions = page.getByRole('region', { name: 'Voorstellen uit documenten' });
    const accept = suggestions.getByRole('button', { name: /^Overnemen Opzegtermijn: 3 maanden/ });
    await accept.waitFor({ timeout: 30_000 });
    await suggestions
      .getByText(/opzegtermijn van drie maanden/)
      .first()
      .waitFor();
    await suggestions.getByRole('link', { name: new RegExp(`^${FILE_NAME}, versie 1, pagina 2`) }).waitFor();
    await accept.click();
    await page.getByText(/Opzegtermijn overgenomen: 3 maanden/).waitFor();
    const saved = (await (await page.request.get(`/api/agreements/${id}`)).json()) as { noticePeriod: unknown };
    expect(saved.noticePeriod).toEqual({ value: 3, unit: 'month' });
    await expectAccessible(page);
  });

  it('downloads the very bytes that were uploaded', async () => {
    const page = app.page;
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      panel(page)
        .getByRole('link', { name: `${FILE_NAME} (versie 1) downloaden` })
        .click(),
    ]);
    expect(download.suggestedFilename()).toBe(FILE_NAME);
    const bytes = await readFile((await download.path())!);
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(SHA256);
  });

  it('previews the PDF inline under the app’s own Content-Security-Policy (not bypassed)', async () => {
    const { page, problems } = await newPage(app.browser, { baseUrl: app.baseUrl, bypassCSP: false });
    await signIn(page, app.user);
    await openPage(page, `/agreements/${id}`, TITLE);
    const inline = page.waitForResponse((res) => res.url().endsWith(`/api/documents/`) === false && res.url().includes('/content?disposition=inline'));
    await panel(page)
      .getByRole('button', { name: `Voorbeeld van ${FILE_NAME} (versie 1) tonen` })
      .click();
    const res = await inline;
    expect(res.status()).toBe(200);
    expect(res.headers()['content-type']).toContain('application/pdf');
    const frame = panel(page).locator('iframe');
    expect(await frame.getAttribute('title')).toBe(`Voorbeeld van ${FILE_NAME}, versie 1`);
    // The frame shows the PDF itself, not a blocked page or an error.
    await expect.poll(() => page.frames().some((f) => f.url().includes('/content?disposition=inline'))).toBe(true);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('refuses the same file a second time and links to the document that holds it', async () => {
    const documents = panel(app.page);
    await documents.getByLabel(/^Bestand/).setInputFiles({ name: 'kopie.pdf', mimeType: 'application/pdf', buffer: PDF });
    await documents.getByLabel(/^Soort document/).selectOption({ label: 'concept' });
    await documents.getByRole('button', { name: 'Uploaden' }).click();
    await documents.getByText('Dit bestand staat al bij deze overeenkomst.').waitFor();
    await documents.getByRole('link', { name: `Ga naar ‘${FILE_NAME}’` }).click();
    await expect.poll(() => app.page.evaluate(() => document.activeElement?.textContent)).toBe(FILE_NAME);
    await expectAccessible(app.page);
  });

  it('works on a phone (360 px): no sideways scrolling, still accessible', async () => {
    const page = app.page;
    await page.setViewportSize({ width: 360, height: 780 });
    await openPage(page, `/agreements/${id}`, TITLE);
    await panel(page)
      .getByRole('table', { name: `Versies van ${FILE_NAME}` })
      .waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await expectAccessible(page);
    await page.setViewportSize({ width: 1280, height: 900 });
  });
});
