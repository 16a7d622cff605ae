import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { describeViolations, launchBrowser, newPage, runAxe, screenshotOnFailure, signIn } from './support/browser.ts';
import { startIsolatedServer, type IsolatedServer } from './support/isolated-server.ts';

const PROCESSOR = 'Verwerkersovereenkomst politie en VRT (RTR)';
const TEAM_MAILBOX = 'juridisch@vrt.nl';
const NEW_USER = { email: 'nieuwe.manager@vrt.nl', name: 'Nieuwe Manager' };

/** Today in Europe/Amsterdam, and a day some days later (YYYY-MM-DD). */
function amsterdamDay(plusDays = 0): string {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
  const [y, m, d] = today.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + plusDays)).toISOString().slice(0, 10);
}

interface Focused {
  tag: string;
  text: string;
}
async function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return { tag: el?.tagName.toLowerCase() ?? '', text: (el?.innerText ?? el?.getAttribute('aria-label') ?? '').trim() };
  });
}
async function tabTo(page: Page, match: (f: Focused) => boolean, max = 80): Promise<Focused> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const f = await focused(page);
    if (match(f)) return f;
  }
  throw new Error(`Tab never reached the element; last focus: ${JSON.stringify(await focused(page))}`);
}

/**
 * The management screens as an admin: outgoing e-mail (run the job, read a
 * message as it arrives), the audit trail, accounts, "Mijn account", and
 * following an agreement; axe on every page and the keyboard path to them.
 */
describe.runIf(inject('chromium'))('admin screens', () => {
  let browser: Browser;
  let page: Page;
  let problems: string[];
  let server: IsolatedServer;
  let temporaryPassword = '';

  beforeAll(async () => {
    // This file follows agreements, runs the reminder job and creates accounts: a register of its own.
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

  async function expectAccessible(target: Page = page) {
    await target.getByRole('heading', { level: 1 }).first().waitFor();
    await target.waitForFunction(() => !document.querySelector('.app-skeleton'));
    const violations = await runAxe(target);
    expect(violations, describeViolations(violations)).toEqual([]);
  }

  /** Gives the processor agreement a notice deadline about ten days from now (the Twente register knows only years). */
  async function giveProcessorADeadline(): Promise<number> {
    const session = (await (await page.request.get('/api/session')).json()) as { csrfToken: string };
    const list = (await (await page.request.get('/api/agreements?limit=100')).json()) as { items: { id: number; title: string; version: number }[] };
    const processor = list.items.find((a) => a.title === PROCESSOR)!;
    const res = await page.request.patch(`/api/agreements/${processor.id}`, {
      headers: { 'X-CSRF-Token': session.csrfToken },
      data: {
        version: processor.version,
        startDate: '2023-01-01',
        endDate: amsterdamDay(40),
        tacitRenewal: true,
        renewalPeriod: { value: 1, unit: 'year' },
        noticePeriod: { value: 1, unit: 'month' },
      },
    });
    expect(res.status(), await res.text()).toBe(200);
    return processor.id;
  }

  it('shows the admin entry in the navigation and lists the management screens', async () => {
    await page.goto('/');
    await page.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('link', { name: 'Beheer' }).click();
    await page.getByRole('heading', { level: 1, name: 'Beheer' }).waitFor();
    for (const name of ['Gebruikers', 'Uitgaande e-mail', 'Audittrail']) await page.getByRole('link', { name }).waitFor();
    await expectAccessible();
  });

  it('follows an agreement and adds the legal team mailbox', async () => {
    const id = await giveProcessorADeadline();
    await page.goto(`/agreements/${id}`);
    const section = page.getByRole('region', { name: 'Herinneringen en volgers' });
    await section.getByText('Niemand volgt deze overeenkomst.', { exact: false }).waitFor();
    await section.getByRole('button', { name: 'Volgen' }).click();
    await page.getByText('U volgt deze overeenkomst.').first().waitFor();
    await section.getByRole('button', { name: 'Niet meer volgen' }).waitFor();
    await section.getByText('Teamadres toevoegen').click();
    await section.getByLabel('E-mailadres').fill(TEAM_MAILBOX);
    await section.getByLabel(/Omschrijving/).fill('Juridische Zaken');
    await section.getByRole('button', { name: 'Adres toevoegen' }).click();
    await section.locator('.app-follower').getByText(`Juridische Zaken (${TEAM_MAILBOX})`).first().waitFor();
    await section.getByRole('heading', { name: '2 volgers' }).waitFor();
    // The rule in force, editable for admin and legal.
    await section.getByText('180, 90, 30, 7, 1 dagen vooraf').waitFor();
    await section.getByText('Regel voor deze overeenkomst aanpassen').click();
    await section.getByLabel('Escalatie').fill('21');
    await section.getByRole('button', { name: 'Regel opslaan' }).click();
    await page.getByText('De herinneringsregel is opgeslagen.').waitFor();
    await section.getByText(/21 dagen vóór de opzegdatum/).waitFor();
    await expectAccessible();
  });

  it('runs the reminder job for a date and reads a message as it arrives', async () => {
    await page.goto('/admin/outbox');
    await page.getByRole('heading', { level: 1, name: 'Uitgaande e-mail' }).waitFor();
    await page.getByText('geen mailserver ingesteld').waitFor();
    await page.getByText('Nog geen e-mail', { exact: false }).or(page.getByText('Er is nog geen e-mail', { exact: false })).first().waitFor();
    await expectAccessible();

    await page.getByLabel('Plannen per datum').fill(amsterdamDay());
    await page.getByRole('button', { name: 'Nu uitvoeren' }).click();
    const result = page.getByRole('alert').filter({ hasText: 'Uitgevoerd voor' });
    await result.waitFor();
    await result.getByText('2 nieuwe herinneringen klaargezet, in 2 e-mails.').waitFor();
    await result.getByText(/geen mailserver ingesteld: 2 berichten staan klaar/i).waitFor();
    const table = page.getByRole('table', { name: 'Uitgaande e-mail' });
    await expect(table.locator('tbody tr').count()).resolves.toBe(2);
    await table.getByText(TEAM_MAILBOX).waitFor();
    await page.getByText('2 berichten').first().waitFor();
    await expectAccessible();

    // The status filter lives in the URL.
    await page.getByLabel('Status').selectOption('failed');
    await page.getByText('Geen berichten met deze status.').waitFor();
    expect(new URL(page.url()).search).toBe('?status=failed');
    await page.getByRole('button', { name: 'Alle berichten tonen' }).click();

    const row = table.locator('tbody tr').filter({ hasText: TEAM_MAILBOX });
    const subject = (await row.getByRole('link').textContent())!;
    await row.getByRole('link').click();
    await page.getByRole('heading', { level: 1, name: subject }).waitFor();
    await page.getByRole('table', { name: 'Herinneringen in dit bericht' }).getByRole('link', { name: PROCESSOR }).waitFor();
    expect(await page.locator('.app-mail-text').textContent()).toContain(PROCESSOR);
    // The HTML part in a sandboxed iframe, served by the preview route.
    const frame = page.frameLocator('iframe[title^="E-mail:"]');
    await frame.getByText(PROCESSOR).first().waitFor();
    expect(await page.locator('iframe').getAttribute('sandbox')).toBe('');
    await expectAccessible();
  });

  it('loads the preview under the strict Content-Security-Policy', async () => {
    const strict = await newPage(browser, { baseUrl: server.url, bypassCSP: false });
    await signIn(strict.page, server.user);
    await strict.page.goto('/admin/outbox');
    await strict.page.getByRole('table', { name: 'Uitgaande e-mail' }).getByRole('link').first().click();
    await strict.page.frameLocator('iframe[title^="E-mail:"]').getByText(PROCESSOR).first().waitFor();
    expect(strict.problems).toEqual([]);
    await strict.page.context().close();
  });

  it('shows the audit trail with filters and a CSV export of the same filters', async () => {
    await page.goto('/admin/audit');
    await page.getByRole('heading', { level: 1, name: 'Audittrail' }).waitFor();
    const table = page.getByRole('table', { name: 'Audittrail' });
    await table.getByText('gevolgd').first().waitFor();
    await table.getByText('uitgevoerd').first().waitFor();
    await expectAccessible();

    await page.getByLabel('Soort record').selectOption('agreement');
    await page.getByLabel('Handeling').selectOption('follow');
    await page.getByText(/^2 gebeurtenissen$/).waitFor();
    expect(new URL(page.url()).searchParams.get('entityType')).toBe('agreement');
    await table.getByRole('link', { name: /^\d+$/ }).first().waitFor();
    // Before and after, folded away until asked for.
    await table.locator('summary').first().click();
    await table.getByRole('cell', { name: TEAM_MAILBOX }).or(table.getByRole('cell', { name: server.user!.email })).first().waitFor();
    const href = await page.getByRole('link', { name: 'Exporteren als CSV' }).getAttribute('href');
    expect(href).toBe('/api/audit.csv?entityType=agreement&action=follow');
    const csv = await (await page.request.get(href!)).text();
    const lines = csv.replace(/^\uFEFF/, '').trim().split(/\r?\n/);
    expect(lines).toHaveLength(3);
    await expectAccessible();

    await page.getByRole('button', { name: 'Filters wissen' }).first().click();
    await page.waitForURL((url) => url.search === '');
  });

  it('creates an account and shows its password once', async () => {
    await page.goto('/admin/users');
    await page.getByRole('heading', { level: 1, name: 'Gebruikers' }).waitFor();
    await expectAccessible();
    await page.getByRole('button', { name: 'Nieuw account' }).click();
    const dialog = page.getByRole('dialog', { name: 'Nieuw account' });
    await dialog.getByLabel(/^E-mailadres/).fill('geen-adres');
    await dialog.getByRole('button', { name: 'Account aanmaken' }).click();
    await dialog.getByText('Vul een geldig e-mailadres in, zoals naam@voorbeeld.nl.').waitFor();
    await expectAccessible();
    await dialog.getByLabel(/^E-mailadres/).fill(NEW_USER.email);
    await dialog.getByLabel(/^Naam/).fill(NEW_USER.name);
    await dialog.getByLabel('Rol').selectOption('manager');
    await dialog.getByLabel('RTR — Regionale Toezicht Ruimte (cameratoezicht)').check();
    await dialog.getByRole('button', { name: 'Account aanmaken' }).click();
    const once = page.getByRole('dialog', { name: `Account voor ${NEW_USER.name} aangemaakt` });
    await once.waitFor();
    temporaryPassword = await once.getByLabel(`Wachtwoord voor ${NEW_USER.email}`).inputValue();
    expect(temporaryPassword).toMatch(/^[\w]{5}(-[\w]{5}){3}$/);
    await expectAccessible();
    await once.getByRole('button', { name: 'Ik heb het wachtwoord genoteerd' }).click();
    const row = page.getByRole('row').filter({ hasText: NEW_USER.email });
    await row.getByRole('cell', { name: 'manager', exact: true }).waitFor();
    await row.getByRole('cell', { name: 'RTR', exact: true }).waitFor();
    await row.getByText('tijdelijk wachtwoord').waitFor();
  });

  it('shows the server refusing an admin demoting themselves', async () => {
    const row = page.getByRole('row').filter({ hasText: server.user!.email });
    await row.getByRole('button', { name: /^Bewerken/ }).click();
    const dialog = page.getByRole('dialog', { name: /wijzigen$/ });
    await dialog.getByLabel('Rol').selectOption('legal');
    await dialog.getByRole('button', { name: 'Opslaan' }).click();
    await dialog.getByRole('alert').getByText('U kunt uw eigen beheerdersrechten niet intrekken; laat een andere beheerder dat doen').waitFor();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
  });

  it('lets the new account sign in, choose its own password before anything else, and see no admin screens', async () => {
    const other = await newPage(browser, { baseUrl: server.url });
    await signIn(other.page, { email: NEW_USER.email, password: temporaryPassword });
    // A temporary password: straight to the account page, no main navigation, and the API itself refuses the register.
    await other.page.waitForURL((url) => url.pathname === '/account');
    await other.page.getByRole('heading', { level: 1, name: 'Mijn account' }).waitFor();
    await other.page.getByText('Kies een eigen wachtwoord', { exact: true }).waitFor();
    await expect(other.page.getByRole('navigation', { name: 'Hoofdnavigatie' }).count()).resolves.toBe(0);
    const refused = await other.page.request.get('/api/agreements');
    expect(refused.status()).toBe(403);
    expect(((await refused.json()) as { code: string }).code).toBe('password_change_required');
    await expectAccessible(other.page);
    await other.page.getByLabel('Huidig wachtwoord').fill(temporaryPassword);
    await other.page.getByLabel('Nieuw wachtwoord').fill('kort');
    await other.page.getByLabel('Herhaal het nieuwe wachtwoord').fill('kort');
    await other.page.getByRole('button', { name: 'Wachtwoord wijzigen' }).click();
    await other.page.getByText('Gebruik minstens 12 tekens.').waitFor();
    await other.page.getByLabel('Nieuw wachtwoord').fill('een lange zin als wachtwoord');
    await other.page.getByLabel('Herhaal het nieuwe wachtwoord').fill('een lange zin als wachtwoord');
    await other.page.getByRole('button', { name: 'Wachtwoord wijzigen' }).click();
    await other.page.getByText('Uw wachtwoord is gewijzigd.', { exact: false }).first().waitFor();
    await other.page.getByText('Kies een eigen wachtwoord', { exact: true }).waitFor({ state: 'detached' });
    const nav = other.page.getByRole('navigation', { name: 'Hoofdnavigatie' });
    await nav.getByRole('link', { name: 'Register' }).waitFor();
    await expect(nav.getByRole('link', { name: 'Beheer' }).count()).resolves.toBe(0);
    expect((await other.page.request.get('/api/agreements')).status()).toBe(200);
    await expectAccessible(other.page);
    await other.page.context().close();
  });

  it('shows the personal calendar feed, makes a new one after asking, and the old one stops', async () => {
    await page.goto('/');
    await page.getByRole('link', { name: 'Mijn account' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mijn account' }).waitFor();
    const url = page.getByLabel('Uw persoonlijke agenda-URL');
    const before = await url.inputValue();
    expect(before).toMatch(/\/cal\/[\w-]+\.ics$/);
    await page.getByText('Outlook op het web', { exact: false }).waitFor();
    const feed = await page.request.get(new URL(before).pathname);
    expect(feed.status()).toBe(200);
    expect(await feed.text()).toContain(PROCESSOR);
    await expectAccessible();

    await page.getByRole('button', { name: 'Nieuwe URL maken' }).click();
    const dialog = page.getByRole('dialog', { name: 'Nieuwe agenda-URL maken?' });
    await dialog.getByRole('button', { name: 'Nieuwe URL maken' }).click();
    await page.getByText('U hebt een nieuwe agenda-URL.', { exact: false }).first().waitFor();
    await expect.poll(() => url.inputValue()).not.toBe(before);
    expect((await page.request.get(new URL(before).pathname)).status()).toBe(404);
  });

  it('speaks English on the management screens', async () => {
    await page.goto('/admin/outbox');
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Outgoing e-mail' }).waitFor();
    await page.getByText('no mail server configured').waitFor();
    await expectAccessible();
    await page.goto('/admin/audit');
    await page.getByRole('heading', { level: 1, name: 'Audit trail' }).waitFor();
    await page.getByRole('button', { name: 'Nederlands' }).click();
    await page.getByRole('heading', { level: 1, name: 'Audittrail' }).waitFor();
  });

  it('fits a 360 px wide screen without sideways scrolling of the page', async () => {
    const small = await newPage(browser, { width: 360, height: 740, baseUrl: server.url });
    await small.page.context().addCookies(await page.context().cookies());
    for (const path of ['/admin', '/admin/outbox', '/admin/outbox/1', '/admin/audit', '/admin/users', '/account']) {
      await small.page.goto(path);
      await small.page.getByRole('heading', { level: 1 }).first().waitFor();
      await small.page.waitForFunction(() => !document.querySelector('.app-skeleton'));
      const overflow = await small.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `horizontal overflow on ${path}`).toBeLessThanOrEqual(0);
    }
    await small.page.context().close();
  });

  it('reaches the management screens with the keyboard only', async () => {
    await page.goto('/');
    await page.getByRole('heading', { level: 1 }).waitFor();
    await tabTo(page, (f) => f.tag === 'a' && f.text === 'Beheer');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Beheer' }).waitFor();
    await tabTo(page, (f) => f.tag === 'a' && f.text === 'Gebruikers');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Gebruikers' }).waitFor();
    await tabTo(page, (f) => f.tag === 'button' && f.text === 'Nieuw account');
    await page.keyboard.press('Enter');
    await page.getByRole('dialog', { name: 'Nieuw account' }).waitFor();
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'hidden' });
    await expect.poll(async () => (await focused(page)).text).toBe('Nieuw account');

    await page.goto('/admin/outbox');
    await page.getByRole('heading', { level: 1, name: 'Uitgaande e-mail' }).waitFor();
    await tabTo(page, (f) => f.tag === 'button' && f.text === 'Nu uitvoeren');
    await page.keyboard.press('Enter');
    await page.getByRole('alert').filter({ hasText: 'Uitgevoerd voor' }).getByText('0 nieuwe herinneringen klaargezet,', { exact: false }).waitFor();
    await tabTo(page, (f) => f.tag === 'a' && f.text.startsWith('Herinnering:'), 120);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 2, name: 'Herinneringen in dit bericht' }).waitFor();
    expect(problems).toEqual([]);
  });
});
