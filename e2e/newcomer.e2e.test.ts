import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { describeViolations, launchBrowser, newPage, runAxe, screenshotOnFailure, signIn } from './support/browser.ts';
import { startIsolatedServer, type IsolatedServer } from './support/isolated-server.ts';

const PROCESSOR = 'Verwerkersovereenkomst politie en VRT (RTR)';

/** A newcomer's path through every page on the Twente register, with axe on each page. */
describe.runIf(inject('chromium'))('a newcomer on the Twente register', () => {
  let browser: Browser;
  let page: Page;
  let problems: string[];

  let server: IsolatedServer;

  beforeAll(async () => {
    // This file edits and adds agreements: it gets a register of its own.
    server = await startIsolatedServer();
    browser = await launchBrowser();
    ({ page, problems } = await newPage(browser, { baseUrl: server.url }));
    await signIn(page, server.user);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });
  afterEach(async (ctx) => screenshotOnFailure(page, ctx.task));

  async function expectAccessible() {
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    await page.waitForFunction(() => !document.querySelector('.app-skeleton'));
    const violations = await runAxe(page);
    expect(violations, describeViolations(violations)).toEqual([]);
  }

  it('lands on the dashboard with counts and the data-gap to-do list', async () => {
    await page.goto('/');
    await page.getByRole('heading', { level: 1, name: 'Overzicht' }).waitFor();
    await page.getByRole('heading', { name: /Te doen: ontbrekende gegevens/ }).waitFor();
    await page.getByRole('heading', { name: 'Overeenkomsten per samenwerking' }).waitFor();
    await expectAccessible();
  });

  it('reads the comparison table with the funding contradiction flagged', async () => {
    await page.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('link', { name: 'Samenwerkingen' }).click();
    await page.getByRole('table', { name: 'Vergelijking van de samenwerkingsverbanden' }).waitFor();
    const columns = await page.locator('.app-overview-table thead th').allTextContents();
    expect(columns.join('|')).toMatch(/IVZ.*ZVHT.*KMT.*RTR/);
    await page.getByText(/tellen op tot €\s897\.000, de begroting is €\s837\.000: een verschil van €\s60\.000/).first().waitFor();
    await expectAccessible();
  });

  it("sees RTR's five agreements", async () => {
    await page.getByRole('link', { name: 'Regionale Toezicht Ruimte (cameratoezicht)' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Regionale Toezicht Ruimte (cameratoezicht)' }).waitFor();
    const table = page.getByRole('table', { name: 'Overeenkomsten' });
    await table.waitFor();
    await expect(table.locator('tbody tr').count()).resolves.toBe(5);
    await expectAccessible();
  });

  it('opens the processor agreement and sees its parties and roles', async () => {
    await page.getByRole('link', { name: PROCESSOR }).first().click();
    await page.getByRole('heading', { level: 1, name: PROCESSOR }).waitFor();
    const parties = page.getByRole('table', { name: 'Partijen en rollen' });
    await parties.waitFor();
    const rows = await parties.locator('tbody tr').allTextContents();
    expect(rows.some((r) => r.includes('Politie') && r.includes('verwerkingsverantwoordelijke'))).toBe(true);
    expect(rows.some((r) => r.includes('Veiligheidsregio Twente') && r.includes('verwerker'))).toBe(true);
    // Honest precision: the source only gives the year.
    await page.getByText('alleen het jaar is bekend').first().waitFor();
    await expectAccessible();
  });

  it('visits an organisation and sees its agreements by role', async () => {
    await page.getByRole('table', { name: 'Partijen en rollen' }).getByRole('link', { name: 'Politie' }).click();
    await page.getByRole('heading', { level: 1, name: 'Politie' }).waitFor();
    await page.getByRole('heading', { name: 'Als verwerkingsverantwoordelijke' }).waitFor();
    await expectAccessible();
  });

  it('filters the register and keeps the filters in the URL', async () => {
    await page.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('link', { name: 'Register' }).click();
    await page.getByText('10 overeenkomsten').waitFor();
    await page.getByLabel('Samenwerking').selectOption('RTR');
    await page.getByText('5 overeenkomsten').waitFor();
    await page.getByLabel('Soort').selectOption('processor');
    await page.getByText('1 overeenkomst', { exact: true }).waitFor();
    expect(new URL(page.url()).search).toBe('?collaboration=RTR&type=processor');
    await expectAccessible();
    // A shared link opens the same selection.
    await page.goto('/agreements?collaboration=RTR&type=processor');
    await page.getByText('1 overeenkomst', { exact: true }).waitFor();
    await page.getByRole('link', { name: PROCESSOR }).waitFor();
    // CSV export of the current filter.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Exporteren als CSV' }).click()]);
    const csv = await new Promise<string>((resolve, reject) => {
      void download.createReadStream().then((stream) => {
        let text = '';
        stream.on('data', (c: Buffer) => (text += c.toString('utf8')));
        stream.on('end', () => resolve(text));
        stream.on('error', reject);
      });
    });
    const lines = csv.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^id;Titel;Soort;Samenwerking/);
    expect(lines[1]).toContain(`${PROCESSOR};Verwerkersovereenkomst;RTR`);
    // Printing shows the table without the app around it.
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('navigation', { name: 'Hoofdnavigatie' }).isVisible()).resolves.toBe(false);
    await page.getByRole('link', { name: PROCESSOR }).waitFor();
    await page.emulateMedia({ media: 'screen' });
    await page.getByRole('searchbox', { name: /Zoeken/ }).fill('geen-treffer-xyz');
    await page.getByText(/Geen overeenkomsten gevonden/).waitFor();
  });

  it('switches the language to English and back, remembered across a reload', async () => {
    await page.goto('/agreements');
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Register of agreements' }).waitFor();
    await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe('en');
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Register of agreements' }).waitFor();
    await expectAccessible();
    await page.getByRole('button', { name: 'Nederlands' }).click();
    await page.getByRole('heading', { level: 1, name: 'Register van overeenkomsten' }).waitFor();
    await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe('nl');
  });

  it('edits an agreement and sees the change', async () => {
    await page.goto('/agreements?collaboration=RTR&type=processor');
    await page.getByRole('link', { name: PROCESSOR }).click();
    await page.getByRole('link', { name: 'Bewerken' }).click();
    await page.getByRole('heading', { level: 1, name: PROCESSOR }).waitFor();
    await expectAccessible();
    await page.getByLabel('Kenmerk').fill('VWO-RTR-2023');
    await page.getByLabel('Eigenaar', { exact: true }).fill('Team Juridische Zaken');
    await page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    await page.getByText('Wijzigingen opgeslagen.').waitFor();
    await page.getByRole('heading', { level: 1, name: PROCESSOR }).waitFor();
    await page.getByText('VWO-RTR-2023').waitFor();
    await page.getByText('Team Juridische Zaken').first().waitFor();
    // The change is in the agreement's history, with the fields it touched.
    const history = page.getByRole('table', { name: 'Geschiedenis' });
    await history.getByText('gewijzigd').first().waitFor();
    await history.getByText(/Kenmerk/).first().waitFor();
  });

  it('hits validation errors as it types, and the form says where', async () => {
    await page.getByRole('link', { name: 'Bewerken' }).click();
    const title = page.getByLabel(/^Titel/);
    await title.fill('');
    await title.blur();
    await page.getByText('Vul een titel in.').first().waitFor();
    await expect(title.getAttribute('aria-invalid')).resolves.toBe('true');
    const end = page.getByLabel('Einddatum');
    await end.fill('2023-13');
    await end.blur();
    await page.getByText('Gebruik JJJJ, JJJJ-MM of JJJJ-MM-DD met een bestaande datum.').first().waitFor();
    await end.fill('2021');
    await end.blur();
    await page.getByText('De einddatum ligt vóór de ingangsdatum.').first().waitFor();
    await page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    await page.getByText(/Er zijn 2 fouten in het formulier/).waitFor();
    await expectAccessible();
    // Leaving with unsaved changes asks first.
    await page.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('link', { name: 'Register' }).click();
    await page.getByRole('dialog', { name: 'Wijzigingen niet opgeslagen' }).waitFor();
    await page.getByRole('button', { name: 'Pagina verlaten' }).click();
    await page.getByRole('heading', { level: 1, name: 'Register van overeenkomsten' }).waitFor();
  });

  it('shows both versions on a stale write and loses nothing', async () => {
    await page.goto('/agreements?collaboration=RTR&type=processor');
    await page.getByRole('link', { name: PROCESSOR }).click();
    // Read the id only once the navigation has happened (the click does not wait for it).
    await page.waitForURL(/\/agreements\/\d+$/);
    const id = Number(new URL(page.url()).pathname.split('/').pop());
    await page.getByRole('link', { name: 'Bewerken' }).click();
    await page.getByLabel('Kenmerk').fill('MIJN-VERSIE');
    // Someone else saves first.
    await page.evaluate(async (agreementId) => {
      const session = await fetch('/api/session').then((r) => (r.ok ? r.json() : null));
      const current = await fetch(`/api/agreements/${agreementId}`).then((r) => r.json());
      const headers: Record<string, string> = { 'Content-Type': 'application/json' };
      if (session?.csrfToken) headers['X-CSRF-Token'] = session.csrfToken;
      const res = await fetch(`/api/agreements/${agreementId}`, { method: 'PATCH', headers, body: JSON.stringify({ reference: 'HUN-VERSIE', version: current.version }) });
      if (!res.ok) throw new Error(`PATCH ${res.status}: ${await res.text()}`);
    }, id);
    await page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    const dialog = page.getByRole('dialog', { name: /Iemand anders heeft deze overeenkomst intussen gewijzigd/ });
    await dialog.waitFor();
    await dialog.getByText('MIJN-VERSIE').waitFor();
    await dialog.getByText('HUN-VERSIE').waitFor();
    await dialog.getByRole('button', { name: 'Mijn versie opslaan' }).click();
    await page.getByText('Wijzigingen opgeslagen.').waitFor();
    await page.getByText('MIJN-VERSIE').waitFor();
  });

  it('creates a new agreement with a party', async () => {
    await page.goto('/agreements?collaboration=RTR');
    await page.getByRole('link', { name: 'Nieuwe overeenkomst' }).click();
    await page.getByRole('heading', { level: 1, name: 'Nieuwe overeenkomst' }).waitFor();
    await expectAccessible();
    await page.getByLabel(/^Soort/).selectOption('processor');
    await page.getByLabel(/^Titel/).fill('Verwerkersovereenkomst camera-uitbreiding Borne');
    await page.getByLabel('Samenwerking').selectOption('RTR');
    await page.getByLabel('Ingangsdatum').fill('2025-03');
    await page.getByRole('button', { name: 'Partij toevoegen' }).click();
    await page.getByRole('group', { name: 'Partij 1' }).getByLabel(/^Organisatie/).selectOption({ label: 'Politie' });
    await page.getByRole('group', { name: 'Partij 1' }).getByLabel('Rol').selectOption('controller');
    await expectAccessible();
    await page.getByRole('button', { name: 'Overeenkomst aanmaken' }).click();
    await page.getByRole('heading', { level: 1, name: 'Verwerkersovereenkomst camera-uitbreiding Borne' }).waitFor();
    await page.getByText(/aangemaakt\./).first().waitFor();
    const parties = await page.getByRole('table', { name: 'Partijen en rollen' }).locator('tbody tr').allTextContents();
    expect(parties.join('|')).toMatch(/Politie.*verwerkingsverantwoordelijke/);
    await page.getByText('maart 2025').first().waitFor();
  });

  it('fits a 360 px wide screen without sideways scrolling of the page', async () => {
    const small = await newPage(browser, { width: 360, height: 740, baseUrl: server.url });
    const context = small.page.context();
    await context.addCookies(await page.context().cookies());
    for (const path of ['/', '/agreements', '/collaborations', '/agreements/new', '/agreements/8']) {
      await small.page.goto(path);
      await small.page.getByRole('heading', { level: 1 }).first().waitFor();
      await small.page.waitForFunction(() => !document.querySelector('.app-skeleton'));
      await small.page.screenshot({ path: new URL(`out/360${path.replace(/\//g, '_')}.png`, import.meta.url).pathname, fullPage: true });
      const overflow = await small.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `horizontal overflow on ${path}`).toBeLessThanOrEqual(0);
    }
    await context.close();
  });

  it('had no uncaught errors', () => {
    expect(problems).toEqual([]);
  });
});
