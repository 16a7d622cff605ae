import { describe, expect, inject, it } from 'vitest';
import { expectAccessible, expectNoSidewaysScrolling, mainNavigation, openPage, switchLanguage } from './support/steps.ts';
import { useSignedInApp } from './support/suite.ts';

const PROCESSOR = 'Verwerkersovereenkomst politie en VRT (RTR)';

/** A newcomer's path through every page on the Twente register, with axe on each page. */
describe.runIf(inject('chromium'))('a newcomer on the Twente register', () => {
  // This file edits and adds agreements: it gets a register of its own.
  const app = useSignedInApp({ ownServer: true });

  it('lands on the dashboard with counts and the data-gap to-do list', async () => {
    await openPage(app.page, '/', 'Overzicht');
    await app.page.getByRole('heading', { name: /Te doen: ontbrekende gegevens/ }).waitFor();
    await app.page.getByRole('heading', { name: 'Overeenkomsten per samenwerking' }).waitFor();
    await expectAccessible(app.page);
  });

  it('reads the comparison table with the funding contradiction flagged', async () => {
    await mainNavigation(app.page).getByRole('link', { name: 'Samenwerkingen' }).click();
    await app.page.getByRole('table', { name: 'Vergelijking van de samenwerkingsverbanden' }).waitFor();
    const columns = await app.page.locator('.app-overview-table thead th').allTextContents();
    expect(columns.join('|')).toMatch(/IVZ.*ZVHT.*KMT.*RTR/);
    await app.page
      .getByText(/tellen op tot €\s897\.000, de begroting is €\s837\.000: een verschil van €\s60\.000/)
      .first()
      .waitFor();
    await expectAccessible(app.page);
  });

  it("sees RTR's five agreements", async () => {
    await app.page.getByRole('link', { name: 'Regionale Toezicht Ruimte (cameratoezicht)' }).first().click();
    await app.page.getByRole('heading', { level: 1, name: 'Regionale Toezicht Ruimte (cameratoezicht)' }).waitFor();
    const table = app.page.getByRole('table', { name: 'Overeenkomsten' });
    await table.waitFor();
    await expect(table.locator('tbody tr').count()).resolves.toBe(5);
    await expectAccessible(app.page);
  });

  it('opens the processor agreement and sees its parties and roles', async () => {
    await app.page.getByRole('link', { name: PROCESSOR }).first().click();
    await app.page.getByRole('heading', { level: 1, name: PROCESSOR }).waitFor();
    const parties = app.page.getByRole('table', { name: 'Partijen en rollen' });
    await parties.waitFor();
    const rows = await parties.locator('tbody tr').allTextContents();
    expect(rows.some((r) => r.includes('Politie') && r.includes('verwerkingsverantwoordelijke'))).toBe(true);
    expect(rows.some((r) => r.includes('Veiligheidsregio Twente') && r.includes('verwerker'))).toBe(true);
    // Honest precision: the source only gives the year.
    await app.page.getByText('alleen het jaar is bekend').first().waitFor();
    await expectAccessible(app.page);
  });

  it('visits an organisation and sees its agreements by role', async () => {
    await app.page.getByRole('table', { name: 'Partijen en rollen' }).getByRole('link', { name: 'Politie' }).click();
    await app.page.getByRole('heading', { level: 1, name: 'Politie' }).waitFor();
    await app.page.getByRole('heading', { name: 'Als verwerkingsverantwoordelijke' }).waitFor();
    await expectAccessible(app.page);
  });

  it('filters the register and keeps the filters in the URL', async () => {
    await mainNavigation(app.page).getByRole('link', { name: 'Register' }).click();
    await app.page.getByText('10 overeenkomsten').waitFor();
    await app.page.getByLabel('Samenwerking').selectOption('RTR');
    await app.page.getByText('5 overeenkomsten').waitFor();
    await app.page.getByLabel('Soort').selectOption('processor');
    await app.page.getByText('1 overeenkomst', { exact: true }).waitFor();
    expect(new URL(app.page.url()).search).toBe('?collaboration=RTR&type=processor');
    await expectAccessible(app.page);
    // A shared link opens the same selection.
    await app.page.goto('/agreements?collaboration=RTR&type=processor');
    await app.page.getByText('1 overeenkomst', { exact: true }).waitFor();
    await app.page.getByRole('link', { name: PROCESSOR }).waitFor();
    // CSV export of the current filter, streamed by the server (decision 052).
    const [download] = await Promise.all([app.page.waitForEvent('download'), app.page.getByRole('link', { name: 'Exporteren als CSV' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^akkoord-register-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = await new Promise<string>((resolve, reject) => {
      void download.createReadStream().then((stream) => {
        let text = '';
        stream.on('data', (c: Buffer) => (text += c.toString('utf8')));
        stream.on('end', () => resolve(text));
        stream.on('error', reject);
      });
    });
    expect(csv.startsWith('\uFEFFNummer;Titel;Soort;Samenwerking;')).toBe(true);
    const lines = csv.slice(1).trim().split('\r\n');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain(`;${PROCESSOR};Verwerkersovereenkomst;RTR;`);
    const excel = await app.page.getByRole('link', { name: 'Exporteren als Excel' }).getAttribute('href');
    expect(excel).toBe('/api/agreements/export.xlsx?collaboration=RTR&type=processor&sort=title&lang=nl');
    // Printing shows the table without the app around it.
    await app.page.emulateMedia({ media: 'print' });
    await expect(mainNavigation(app.page).isVisible()).resolves.toBe(false);
    await app.page.getByRole('link', { name: PROCESSOR }).waitFor();
    await app.page.emulateMedia({ media: 'screen' });
    // The register's own search field (the header's search box is "Zoeken in overeenkomsten en documenten").
    await app.page.getByRole('searchbox', { name: 'Zoeken', exact: true }).fill('geen-treffer-xyz');
    await app.page.getByText(/Geen overeenkomsten gevonden/).waitFor();
  });

  it('switches the language to English and back, remembered across a reload', async () => {
    await app.page.goto('/agreements');
    await switchLanguage(app.page, 'English', 'Register of agreements');
    await expect(app.page.evaluate(() => document.documentElement.lang)).resolves.toBe('en');
    await app.page.reload();
    await app.page.getByRole('heading', { level: 1, name: 'Register of agreements' }).waitFor();
    await expectAccessible(app.page);
    await switchLanguage(app.page, 'Nederlands', 'Register van overeenkomsten');
    await expect(app.page.evaluate(() => document.documentElement.lang)).resolves.toBe('nl');
  });

  it('edits an agreement and sees the change', async () => {
    await app.page.goto('/agreements?collaboration=RTR&type=processor');
    await app.page.getByRole('link', { name: PROCESSOR }).click();
    await app.page.getByRole('link', { name: 'Bewerken' }).click();
    await app.page.getByRole('heading', { level: 1, name: PROCESSOR }).waitFor();
    await expectAccessible(app.page);
    await app.page.getByLabel('Kenmerk').fill('VWO-RTR-2023');
    await app.page.getByLabel('Eigenaar', { exact: true }).fill('Team Juridische Zaken');
    await app.page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    await app.page.getByText('Wijzigingen opgeslagen.').waitFor();
    await app.page.getByRole('heading', { level: 1, name: PROCESSOR }).waitFor();
    await app.page.getByText('VWO-RTR-2023').first().waitFor(); // also in the history's old → new values
    await app.page.getByText('Team Juridische Zaken').first().waitFor();
    // The change is in the agreement's history, with the fields it touched.
    const history = app.page.getByRole('table', { name: 'Geschiedenis' });
    await history.getByText('gewijzigd').first().waitFor();
    await history
      .getByText(/Kenmerk/)
      .first()
      .waitFor();
  });

  it('hits validation errors as it types, and the form says where', async () => {
    await app.page.getByRole('link', { name: 'Bewerken' }).click();
    const title = app.page.getByLabel(/^Titel/);
    await title.fill('');
    await title.blur();
    await app.page.getByText('Vul een titel in.').first().waitFor();
    await expect(title.getAttribute('aria-invalid')).resolves.toBe('true');
    const end = app.page.getByLabel('Einddatum');
    await end.fill('2023-13');
    await end.blur();
    await app.page.getByText('Vul een bestaande datum in, bijvoorbeeld 1-3-2023, maart 2023 of 2023.').first().waitFor();
    await end.fill('2021');
    await end.blur();
    await app.page.getByText('De einddatum ligt vóór de ingangsdatum.').first().waitFor();
    await app.page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    await app.page.getByText(/Er zijn 2 fouten in het formulier/).waitFor();
    await expectAccessible(app.page);
    // Leaving with unsaved changes asks first.
    await mainNavigation(app.page).getByRole('link', { name: 'Register' }).click();
    await app.page.getByRole('dialog', { name: 'Wijzigingen niet opgeslagen' }).waitFor();
    await app.page.getByRole('button', { name: 'Pagina verlaten' }).click();
    await app.page.getByRole('heading', { level: 1, name: 'Register van overeenkomsten' }).waitFor();
  });

  it('shows both versions on a stale write and loses nothing', async () => {
    await app.page.goto('/agreements?collaboration=RTR&type=processor');
    await app.page.getByRole('link', { name: PROCESSOR }).click();
    // Read the id only once the navigation has happened (the click does not wait for it).
    await app.page.waitForURL(/\/agreements\/\d+$/);
    const id = Number(new URL(app.page.url()).pathname.split('/').pop());
    await app.page.getByRole('link', { name: 'Bewerken' }).click();
    await app.page.getByLabel('Kenmerk').fill('MIJN-VERSIE');
    // Someone else saves first.
    await app.page.evaluate(async (agreementId) => {
      const session = await fetch('/api/session').then((r) => (r.ok ? r.json() : null));
      const current = await fetch(`/api/agreements/${agreementId}`).then((r) => r.json());
      const headers: Record<string, string> = { 'Content-Type': 'application/json' };
      if (session?.csrfToken) headers['X-CSRF-Token'] = session.csrfToken;
      const res = await fetch(`/api/agreements/${agreementId}`, { method: 'PATCH', headers, body: JSON.stringify({ reference: 'HUN-VERSIE', version: current.version }) });
      if (!res.ok) throw new Error(`PATCH ${res.status}: ${await res.text()}`);
    }, id);
    await app.page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    const dialog = app.page.getByRole('dialog', { name: /Iemand anders heeft deze overeenkomst intussen gewijzigd/ });
    await dialog.waitFor();
    await dialog.getByText('MIJN-VERSIE').waitFor();
    await dialog.getByText('HUN-VERSIE').waitFor();
    await dialog.getByRole('button', { name: 'Mijn versie opslaan' }).click();
    await app.page.getByText('Wijzigingen opgeslagen.').waitFor();
    await app.page.getByText('MIJN-VERSIE').waitFor();
  });

  it('creates a new agreement with a party', async () => {
    await app.page.goto('/agreements?collaboration=RTR');
    await app.page.getByRole('link', { name: 'Nieuwe overeenkomst' }).click();
    await app.page.getByRole('heading', { level: 1, name: 'Nieuwe overeenkomst' }).waitFor();
    await expectAccessible(app.page);
    await app.page.getByLabel(/^Soort/).selectOption('processor');
    await app.page.getByLabel(/^Titel/).fill('Verwerkersovereenkomst camera-uitbreiding Borne');
    await app.page.getByLabel('Samenwerking').selectOption('RTR');
    await app.page.getByLabel('Ingangsdatum').fill('2025-03');
    await app.page.getByRole('button', { name: 'Partij toevoegen' }).click();
    await app.page
      .getByRole('group', { name: 'Partij 1' })
      .getByLabel(/^Organisatie/)
      .selectOption({ label: 'Politie' });
    await app.page.getByRole('group', { name: 'Partij 1' }).getByLabel('Rol').selectOption('controller');
    await expectAccessible(app.page);
    await app.page.getByRole('button', { name: 'Overeenkomst aanmaken' }).click();
    await app.page.getByRole('heading', { level: 1, name: 'Verwerkersovereenkomst camera-uitbreiding Borne' }).waitFor();
    await app.page
      .getByText(/aangemaakt\./)
      .first()
      .waitFor();
    const parties = await app.page.getByRole('table', { name: 'Partijen en rollen' }).locator('tbody tr').allTextContents();
    expect(parties.join('|')).toMatch(/Politie.*verwerkingsverantwoordelijke/);
    await app.page.getByText('maart 2025').first().waitFor();
  });

  it('fits a 360 px wide screen without sideways scrolling of the page', async () => {
    await expectNoSidewaysScrolling(app.browser, app.page, ['/', '/agreements', '/collaborations', '/agreements/new', '/agreements/8'], {
      baseUrl: app.baseUrl,
      onLoaded: async (small, path) => {
        await small.screenshot({ path: new URL(`out/360${path.replace(/\//g, '_')}.png`, import.meta.url).pathname, fullPage: true });
      },
    });
  });

  it('had no uncaught errors', () => {
    expect(app.problems).toEqual([]);
  });
});
