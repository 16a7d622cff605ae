import { describe, expect, inject, it } from 'vitest';
import { csvText, encodeWindows1252 } from '../server/src/modules/imports/import-files.testing.ts';
import { csrfHeaders } from './support/api.ts';
import { expectAccessible, expectNoAxeViolations, openPage, switchLanguage } from './support/steps.ts';
import { useSignedInApp } from './support/suite.ts';

const LEGAL = { email: 'importeur@vrt.nl', password: 'een lang wachtwoord voor de importeur' };

/** The list a new organisation brings: Dutch headers, Windows-1252, semicolons, dates as people keep them. */
const FILE = encodeWindows1252(
  csvText([
    ['Titel', 'Soort', 'Kenmerk', 'Ingangsdatum', 'Opzegtermijn', 'Stilzwijgende verlenging', 'Partijen'],
    ['DVO beheer meldkamersoftware', 'DVO', 'E2E-1', 'mrt 2020', '3 maanden', 'ja, telkens 1 jaar', 'Gemeente Enschede; Softwarehuis Oost B.V.'],
    ['Verwerkersovereenkomst cameradata', 'verwerkersovereenkomst', 'E2E-2', '2019', 'n.v.t.', 'nee', 'Gemeente Enschede'],
    ['Convenant met een kapotte datum', 'convenant', 'E2E-3', '31-02-2021', 'onbekend', '', ''],
  ]),
);

/**
 * Issue 14, item 1: a legal advisor imports a hand-kept spreadsheet —
 * upload, check the suggested mapping, preview with filters, confirm the new
 * organisation, import with progress, see the result — and reverts it; by
 * keyboard, axe-clean at every step, in Dutch and English.
 */
describe.runIf(inject('chromium'))('a legal advisor imports agreements from a spreadsheet', () => {
  const app = useSignedInApp({
    ownServer: true,
    failOnPageProblems: true,
    prepareAsAdmin: async (admin) => {
      const api = admin.request;
      expect((await api.post('/api/users', { headers: await csrfHeaders(api), data: { email: LEGAL.email, role: 'legal', password: LEGAL.password } })).status()).toBe(201);
      return LEGAL;
    },
  });

  it('finds the import beside "Nieuwe overeenkomst" and uploads a Windows-1252 CSV by keyboard', async () => {
    const page = app.page;
    await openPage(page, '/agreements', 'Register van overeenkomsten');
    await page.getByRole('link', { name: 'Importeren' }).click();
    await page.getByRole('heading', { level: 1, name: 'Overeenkomsten importeren' }).waitFor();
    await expectAccessible(page);
    await page.getByLabel('Bestand (CSV of Excel)').setInputFiles({ name: 'contracten.csv', mimeType: 'text/csv', buffer: FILE });
    await page.getByRole('button', { name: 'Bestand inlezen' }).focus();
    await page.keyboard.press('Enter');
    const heading = page.getByRole('heading', { level: 2, name: 'Welke kolom bevat wat?' });
    await heading.waitFor();
    await expect(heading.evaluate((h) => h === document.activeElement)).resolves.toBe(true);
    await page.getByText('contracten.csv: 3 rijen gelezen.').waitFor();
    await expect(page.getByLabel('Veld voor kolom Ingangsdatum').inputValue()).resolves.toBe('startDate');
    await expect(page.getByLabel('Veld voor kolom Stilzwijgende verlenging').inputValue()).resolves.toBe('tacitRenewal');
    await expectNoAxeViolations(page);
  });

  it('sets a default collaboration and previews every row with filters', async () => {
    const page = app.page;
    await page.getByLabel('Samenwerkingsverband').selectOption('RTR');
    await page.getByRole('button', { name: 'Rijen controleren' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 2, name: 'Controleer de rijen' }).waitFor();
    await page.getByText('Goed: 2 · Fout: 1 · Al aanwezig: 0').waitFor();
    const table = page.getByRole('table', { name: 'Rijen van het bestand' });
    await table.getByText('DVO beheer meldkamersoftware').waitFor();
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Fout (1)' }).click();
    await table.getByText('Ingangsdatum: deze datum bestaat niet (31-02-2021)').waitFor();
    await expect(table.getByText('DVO beheer meldkamersoftware').count()).resolves.toBe(0);
    await expect(page.getByRole('link', { name: 'Foute rijen downloaden (CSV)' }).getAttribute('href')).resolves.toMatch(/\/api\/imports\/\d+\/errors\.csv$/);
    await page.getByRole('button', { name: 'Alle (3)' }).click();
  });

  it('asks to confirm the new organisation, then imports with a result', async () => {
    const page = app.page;
    await page.getByText('1 partij staat nog niet in Akkoord').waitFor();
    const submit = page.getByRole('button', { name: '2 overeenkomsten importeren' });
    await submit.click();
    await page.getByText('Bevestig eerst dat de nieuwe organisaties worden aangemaakt.').waitFor();
    await page.getByLabel('Maak deze organisaties aan bij het importeren').focus();
    await page.keyboard.press('Space');
    await submit.click();
    await page.getByRole('heading', { level: 2, name: 'Resultaat' }).waitFor();
    await page.getByText('Import voltooid').waitFor();
    await page.getByText('Aangemaakt: 2 · Bijgewerkt: 0 · Overgeslagen: 1 · Nieuwe organisaties: 1').waitFor();
    await expectNoAxeViolations(page);
    const found = await page.request.get('/api/agreements?q=meldkamersoftware');
    const item = ((await found.json()) as { items: { startDate: string; collaborationCode: string }[] }).items[0];
    expect(item).toMatchObject({ startDate: '2020-03', collaborationCode: 'RTR' });
  });

  it('reverts the import after confirming, and reads the page in English', async () => {
    const page = app.page;
    await page.getByRole('button', { name: 'Import terugdraaien' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import terugdraaien?' });
    await dialog.waitFor();
    await expectNoAxeViolations(page);
    await dialog.getByRole('button', { name: 'Import terugdraaien' }).click();
    await page.getByText('Import teruggedraaid').waitFor();
    await page.getByText('Gearchiveerd: 2 · Hersteld: 0').waitFor();
    const found = await page.request.get('/api/agreements?q=meldkamersoftware');
    expect(((await found.json()) as { items: unknown[] }).items).toEqual([]);
    await switchLanguage(page, 'English', 'Import agreements');
    await page.getByText('Import reverted').waitFor();
    await expectNoAxeViolations(page);
    await switchLanguage(page, 'Nederlands', 'Overeenkomsten importeren');
  });
});
