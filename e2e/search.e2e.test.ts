import { describe, expect, inject, it } from 'vitest';
import { csrfHeaders, findAgreement } from './support/api.ts';
import { makeTextPdf } from './support/pdf.ts';
import { expectAccessible } from './support/steps.ts';
import { useSignedInApp } from './support/suite.ts';

const TITLE = 'Samenwerkings- en privacyconvenant ZVHT';
/** A signed copy whose second page says something found nowhere else in the register. */
const PDF = makeTextPdf([
  ['SAMENWERKINGS- EN PRIVACYCONVENANT ZVHT', 'Artikel 1. Doel'],
  ['Artikel 9. Evaluatie', 'Het convenant wordt na twee jaar geëvalueerd door de stuurgroep', 'Zorg- en Veiligheidshuis Twente.'],
]);

/** Issue 13, item 6: the header's search box finds an agreement and the page of its signed copy, in Dutch and by keyboard. */
describe.runIf(inject('chromium'))('search', () => {
  const app = useSignedInApp({ ownServer: true });

  it('finds the page of a document by a word typed without its diacritics, from the header by keyboard', async () => {
    const page = app.page;
    const { id } = await findAgreement(page.request, TITLE);
    const upload = await page.request.post(`/api/agreements/${id}/documents`, {
      headers: await csrfHeaders(page.request),
      multipart: { file: { name: 'convenant-getekend.pdf', mimeType: 'application/pdf', buffer: PDF }, kind: 'signed_copy' },
    });
    expect(upload.status(), await upload.text()).toBe(201);
    // Extraction runs in the background: wait until the page text is searchable.
    await expect
      .poll(async () => ((await (await page.request.get('/api/search?q=stuurgroep')).json()) as { counts: { document: number } }).counts.document, { timeout: 30_000 })
      .toBe(1);

    await page.goto('/');
    await page.getByRole('heading', { level: 1 }).waitFor();
    // "/" puts the cursor in the search box.
    await page.locator('body').press('/');
    const box = page.getByRole('searchbox', { name: 'Zoeken in overeenkomsten en documenten' });
    await expect.poll(() => box.evaluate((el) => el === document.activeElement)).toBe(true);
    await box.fill('geevalueerd stuurgr*');
    await box.press('Enter');

    await page.getByRole('heading', { level: 1, name: 'Zoekresultaten voor “geevalueerd stuurgr*”' }).waitFor();
    const hit = page.getByRole('listitem').filter({ hasText: 'pagina 2 (versie 1)' });
    await hit.waitFor();
    expect(await hit.locator('mark').allTextContents()).toEqual(['geëvalueerd', 'stuurgroep']);
    expect(await hit.getByRole('link', { name: 'Open pagina 2 van convenant-getekend.pdf' }).getAttribute('href')).toMatch(
      /^\/api\/documents\/\d+\/versions\/1\/content\?disposition=inline#page=2$/,
    );
    await expectAccessible(page);

    // The filter keeps the query; the agreement link opens the agreement.
    await page.getByRole('navigation', { name: 'Soort resultaat' }).getByRole('link', { name: 'Documentpagina’s (1)' }).click();
    await page.waitForURL(/kind=document/);
    await hit.getByRole('link', { name: TITLE }).click();
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/agreements/${id}`);
  });

  it('says plainly when nothing is found, also for query syntax', async () => {
    const page = app.page;
    await page.goto('/search?q=NEAR(%22x%22%20-y)%20title%3Azzzqqq');
    await page.getByText('Niets gevonden voor “NEAR("x" -y) title:zzzqqq”.', { exact: false }).waitFor();
    await expectAccessible(page);
  });
});
