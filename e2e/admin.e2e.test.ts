import { describe, expect, inject, it } from 'vitest';
import { newPage } from './support/browser.ts';
import { csrfHeaders, findAgreement } from './support/api.ts';
import { focused, tabTo } from './support/keyboard.ts';
import { expectAccessible, expectNoSidewaysScrolling, mainNavigation, openPage, signIn, submitPasswordChange, switchLanguage } from './support/steps.ts';
import { useSignedInApp } from './support/suite.ts';

const PROCESSOR = 'Verwerkersovereenkomst politie en VRT (RTR)';
const TEAM_MAILBOX = 'juridisch@vrt.nl';
const NEW_USER = { email: 'nieuwe.manager@vrt.nl', name: 'Nieuwe Manager' };

/** Today in Europe/Amsterdam, and a day some days later (YYYY-MM-DD). */
function amsterdamDay(plusDays = 0): string {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
  const [y, m, d] = today.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + plusDays)).toISOString().slice(0, 10);
}

/** How many Tab presses the keyboard path on these screens may take to reach an element. */
const TABS = 80;

/**
 * The management screens as an admin: outgoing e-mail (run the job, read a
 * message as it arrives), the audit trail, accounts, "Mijn account", and
 * following an agreement; axe on every page and the keyboard path to them.
 */
describe.runIf(inject('chromium'))('admin screens', () => {
  // This file follows agreements, runs the reminder job and creates accounts: a register of its own.
  const app = useSignedInApp({ ownServer: true });
  let temporaryPassword = '';

  /** Gives the processor agreement a notice deadline about ten days from now (the Twente register knows only years). */
  async function giveProcessorADeadline(): Promise<number> {
    const headers = await csrfHeaders(app.page.request);
    const processor = await findAgreement(app.page.request, PROCESSOR);
    const res = await app.page.request.patch(`/api/agreements/${processor.id}`, {
      headers,
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
    await app.page.goto('/');
    await mainNavigation(app.page).getByRole('link', { name: 'Beheer' }).click();
    await app.page.getByRole('heading', { level: 1, name: 'Beheer' }).waitFor();
    for (const name of ['Gebruikers', 'Uitgaande e-mail', 'Audittrail']) await app.page.getByRole('link', { name }).waitFor();
    await expectAccessible(app.page);
  });

  it('follows an agreement and adds the legal team mailbox', async () => {
    const id = await giveProcessorADeadline();
    await app.page.goto(`/agreements/${id}`);
    const section = app.page.getByRole('region', { name: 'Herinneringen en volgers' });
    await section.getByText('Niemand volgt deze overeenkomst.', { exact: false }).waitFor();
    await section.getByRole('button', { name: 'Volgen' }).click();
    await app.page.getByText('U volgt deze overeenkomst.').first().waitFor();
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
    await app.page.getByText('De herinneringsregel is opgeslagen.').waitFor();
    await section.getByText(/21 dagen vóór de opzegdatum/).waitFor();
    await expectAccessible(app.page);
  });

  it('previews another day without queueing, runs the reminder job for today and reads a message as it arrives', async () => {
    await openPage(app.page, '/admin/outbox', 'Uitgaande e-mail');
    await app.page.getByText('geen mailserver ingesteld').waitFor();
    await app.page
      .getByText('Nog geen e-mail', { exact: false })
      .or(app.page.getByText('Er is nog geen e-mail', { exact: false }))
      .first()
      .waitFor();
    await expectAccessible(app.page);

    // Another day only previews what would be sent: nothing is queued.
    await app.page.getByLabel('Plannen per datum').fill(amsterdamDay(1));
    await app.page.getByRole('button', { name: 'Voorbeeld tonen' }).click();
    await app.page.getByRole('alert').filter({ hasText: 'er is niets klaargezet of verzonden' }).waitFor();
    await app.page
      .getByText('Nog geen e-mail', { exact: false })
      .or(app.page.getByText('Er is nog geen e-mail', { exact: false }))
      .first()
      .waitFor();
    await expectAccessible(app.page);

    await app.page.getByLabel('Plannen per datum').fill(amsterdamDay());
    await app.page.getByRole('button', { name: 'Nu uitvoeren' }).click();
    const result = app.page.getByRole('alert').filter({ hasText: 'Uitgevoerd voor' });
    await result.waitFor();
    await result.getByText('2 nieuwe herinneringen klaargezet, in 2 e-mails.').waitFor();
    await result.getByText(/geen mailserver ingesteld: 2 berichten staan klaar/i).waitFor();
    const table = app.page.getByRole('table', { name: 'Uitgaande e-mail' });
    await expect(table.locator('tbody tr').count()).resolves.toBe(2);
    await table.getByText(TEAM_MAILBOX).waitFor();
    await app.page.getByText('2 berichten').first().waitFor();
    await expectAccessible(app.page);

    // The status filter lives in the URL.
    await app.page.getByLabel('Status').selectOption('failed');
    await app.page.getByText('Geen berichten met deze status.').waitFor();
    expect(new URL(app.page.url()).search).toBe('?status=failed');
    await app.page.getByRole('button', { name: 'Alle berichten tonen' }).click();

    const row = table.locator('tbody tr').filter({ hasText: TEAM_MAILBOX });
    const subject = (await row.getByRole('link').textContent())!;
    await row.getByRole('link').click();
    await app.page.getByRole('heading', { level: 1, name: subject }).waitFor();
    await app.page.getByRole('table', { name: 'Herinneringen in dit bericht' }).getByRole('link', { name: PROCESSOR }).waitFor();
    expect(await app.page.locator('.app-mail-text').textContent()).toContain(PROCESSOR);
    // The HTML part in a sandboxed iframe, served by the preview route.
    const frame = app.page.frameLocator('iframe[title^="E-mail:"]');
    await frame.getByText(PROCESSOR).first().waitFor();
    expect(await app.page.locator('iframe').getAttribute('sandbox')).toBe('');
    await expectAccessible(app.page);
  });

  it('loads the preview under the strict Content-Security-Policy', async () => {
    const strict = await newPage(app.browser, { baseUrl: app.baseUrl, bypassCSP: false });
    await signIn(strict.page, app.user);
    await strict.page.goto('/admin/outbox');
    await strict.page.getByRole('table', { name: 'Uitgaande e-mail' }).getByRole('link').first().click();
    await strict.page.frameLocator('iframe[title^="E-mail:"]').getByText(PROCESSOR).first().waitFor();
    expect(strict.problems).toEqual([]);
    await strict.page.context().close();
  });

  it('shows the audit trail with filters and a CSV export of the same filters', async () => {
    await openPage(app.page, '/admin/audit', 'Audittrail');
    const table = app.page.getByRole('table', { name: 'Audittrail' });
    await table.getByText('gevolgd').first().waitFor();
    await table.getByText('uitgevoerd').first().waitFor();
    await expectAccessible(app.page);

    await app.page.getByLabel('Soort record').selectOption('agreement');
    await app.page.getByLabel('Handeling').selectOption('follow');
    await app.page.getByText(/^2 gebeurtenissen$/).waitFor();
    // The filters reach the address bar as the list loads: wait for it rather than read it at once.
    await app.page.waitForURL((url) => url.searchParams.get('entityType') === 'agreement' && url.searchParams.get('action') === 'follow');
    await table.getByRole('link', { name: /^\d+$/ }).first().waitFor();
    // Before and after, folded away until asked for.
    await table.locator('summary').first().click();
    await table
      .getByRole('cell', { name: TEAM_MAILBOX })
      .or(table.getByRole('cell', { name: app.user!.email }))
      .first()
      .waitFor();
    const href = await app.page.getByRole('link', { name: 'Exporteren als CSV' }).getAttribute('href');
    expect(href).toBe('/api/audit.csv?entityType=agreement&action=follow');
    const csv = await (await app.page.request.get(href!)).text();
    const lines = csv
      .replace(/^\uFEFF/, '')
      .trim()
      .split(/\r?\n/);
    expect(lines).toHaveLength(3);
    await expectAccessible(app.page);

    await app.page.getByRole('button', { name: 'Filters wissen' }).first().click();
    await app.page.waitForURL((url) => url.search === '');
  });

  it('creates an account and shows its password once', async () => {
    await openPage(app.page, '/admin/users', 'Gebruikers');
    await expectAccessible(app.page);
    await app.page.getByRole('button', { name: 'Nieuw account' }).click();
    const dialog = app.page.getByRole('dialog', { name: 'Nieuw account' });
    await dialog.getByLabel(/^E-mailadres/).fill('geen-adres');
    await dialog.getByRole('button', { name: 'Account aanmaken' }).click();
    await dialog.getByText('Vul een geldig e-mailadres in, zoals naam@voorbeeld.nl.').waitFor();
    await expectAccessible(app.page);
    await dialog.getByLabel(/^E-mailadres/).fill(NEW_USER.email);
    await dialog.getByLabel(/^Naam/).fill(NEW_USER.name);
    await dialog.getByLabel('Rol').selectOption('manager');
    await dialog.getByLabel('RTR — Regionale Toezicht Ruimte (cameratoezicht)').check();
    await dialog.getByRole('button', { name: 'Account aanmaken' }).click();
    const once = app.page.getByRole('dialog', { name: `Account voor ${NEW_USER.name} aangemaakt` });
    await once.waitFor();
    temporaryPassword = await once.getByLabel(`Wachtwoord voor ${NEW_USER.email}`).inputValue();
    expect(temporaryPassword).toMatch(/^[\w]{5}(-[\w]{5}){3}$/);
    await expectAccessible(app.page);
    await once.getByRole('button', { name: 'Ik heb het wachtwoord genoteerd' }).click();
    const row = app.page.getByRole('row').filter({ hasText: NEW_USER.email });
    await row.getByRole('cell', { name: 'manager', exact: true }).waitFor();
    await row.getByRole('cell', { name: 'RTR', exact: true }).waitFor();
    await row.getByText('tijdelijk wachtwoord').waitFor();
  });

  it('shows the server refusing an admin demoting themselves', async () => {
    const row = app.page.getByRole('row').filter({ hasText: app.user!.email });
    await row.getByRole('button', { name: /^Bewerken/ }).click();
    const dialog = app.page.getByRole('dialog', { name: /wijzigen$/ });
    await dialog.getByLabel('Rol').selectOption('legal');
    await dialog.getByRole('button', { name: 'Opslaan' }).click();
    await dialog.getByRole('alert').getByText('U kunt uw eigen beheerdersrechten niet intrekken; laat een andere beheerder dat doen').waitFor();
    await app.page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
  });

  it('lets the new account sign in, choose its own password before anything else, and see no admin screens', async () => {
    const other = await newPage(app.browser, { baseUrl: app.baseUrl });
    await signIn(other.page, { email: NEW_USER.email, password: temporaryPassword });
    // A temporary password: straight to the account page, no main navigation, and the API itself refuses the register.
    await other.page.waitForURL((url) => url.pathname === '/account');
    await other.page.getByRole('heading', { level: 1, name: 'Mijn account' }).waitFor();
    await other.page.getByText('Kies een eigen wachtwoord', { exact: true }).waitFor();
    await expect(mainNavigation(other.page).count()).resolves.toBe(0);
    const refused = await other.page.request.get('/api/agreements');
    expect(refused.status()).toBe(403);
    expect(((await refused.json()) as { code: string }).code).toBe('password_change_required');
    await expectAccessible(other.page);
    await submitPasswordChange(other.page, { current: temporaryPassword, next: 'kort' });
    await other.page.getByText('Gebruik minstens 12 tekens.').waitFor();
    await submitPasswordChange(other.page, { current: temporaryPassword, next: 'een lange zin als wachtwoord' });
    await other.page.getByText('Uw wachtwoord is gewijzigd.', { exact: false }).first().waitFor();
    await other.page.getByText('Kies een eigen wachtwoord', { exact: true }).waitFor({ state: 'detached' });
    const nav = mainNavigation(other.page);
    await nav.getByRole('link', { name: 'Register' }).waitFor();
    await expect(nav.getByRole('link', { name: 'Beheer' }).count()).resolves.toBe(0);
    expect((await other.page.request.get('/api/agreements')).status()).toBe(200);
    await expectAccessible(other.page);
    await other.page.context().close();
  });

  it('shows the personal calendar feed, makes a new one after asking, and the old one stops', async () => {
    await app.page.goto('/');
    await app.page.getByRole('link', { name: 'Mijn account' }).click();
    await app.page.getByRole('heading', { level: 1, name: 'Mijn account' }).waitFor();
    const url = app.page.getByLabel('Uw persoonlijke agenda-URL');
    const before = await url.inputValue();
    expect(before).toMatch(/\/cal\/[\w-]+\.ics$/);
    await app.page.getByText('Outlook op het web', { exact: false }).waitFor();
    const feed = await app.page.request.get(new URL(before).pathname);
    expect(feed.status()).toBe(200);
    expect(await feed.text()).toContain(PROCESSOR);
    await expectAccessible(app.page);

    await app.page.getByRole('button', { name: 'Nieuwe URL maken' }).click();
    const dialog = app.page.getByRole('dialog', { name: 'Nieuwe agenda-URL maken?' });
    await dialog.getByRole('button', { name: 'Nieuwe URL maken' }).click();
    await app.page.getByText('U hebt een nieuwe agenda-URL.', { exact: false }).first().waitFor();
    await expect.poll(() => url.inputValue()).not.toBe(before);
    expect((await app.page.request.get(new URL(before).pathname)).status()).toBe(404);
  });

  it('makes an API token on the account page, shows it once, pulls the register as CSV with it, and revokes it after asking', async () => {
    await openPage(app.page, '/account', 'Mijn account');
    await app.page.getByRole('heading', { name: 'API-tokens' }).waitFor();
    await app.page.getByText('U hebt geen API-tokens.').waitFor();
    await app.page.getByRole('button', { name: 'API-token maken' }).click();
    const dialog = app.page.getByRole('dialog', { name: 'Nieuw API-token' });
    await dialog.getByLabel('Naam').fill('Power BI rapport');
    await expectAccessible(app.page);
    await dialog.getByRole('button', { name: 'Token maken' }).click();
    const once = app.page.getByRole('dialog', { name: 'Uw token “Power BI rapport”' });
    const token = await once.getByLabel('API-token').inputValue();
    expect(token).toMatch(/^akk_[\w-]{43}$/);
    await expectAccessible(app.page);
    await once.getByRole('button', { name: 'Ik heb het token gekopieerd' }).click();
    await app.page.getByRole('button', { name: 'Intrekken Power BI rapport' }).waitFor();
    expect(await app.page.getByText(token).count()).toBe(0);

    // An integration: no cookie, only the bearer token.
    const csv = await fetch(`${app.baseUrl}/api/agreements/export.csv?lang=nl`, { headers: { Authorization: `Bearer ${token}` } });
    expect(csv.status).toBe(200);
    expect(await csv.text()).toContain(PROCESSOR);

    await openPage(app.page, '/admin/tokens', 'API-tokens');
    await app.page.getByRole('cell', { name: 'Power BI rapport akk_', exact: false }).first().waitFor();
    await app.page.getByText(token.slice(0, 10)).waitFor();
    await expectAccessible(app.page);
    await app.page.getByRole('button', { name: 'Intrekken Power BI rapport' }).click();
    const confirm = app.page.getByRole('dialog', { name: 'Token “Power BI rapport” intrekken?' });
    await confirm.getByRole('button', { name: 'Ja, intrekken' }).click();
    await app.page.getByText('Er zijn geen API-tokens.').waitFor();
    expect((await fetch(`${app.baseUrl}/api/agreements/export.csv`, { headers: { Authorization: `Bearer ${token}` } })).status).toBe(401);
  }, 120_000);

  it('proposes a destruction list of an agreement past retention; a second admin approves it and only the record remains', async () => {
    const headers = await csrfHeaders(app.page.request);
    const created = await app.page.request.post('/api/agreements', {
      headers,
      data: { type: 'service', title: 'DVO archief 2010', collaborationCode: 'IVZ', startDate: '2008', endDate: '2012', notes: 'Contactpersoon J. Jansen' },
    });
    expect(created.status(), await created.text()).toBe(201);
    const agreementId = ((await created.json()) as { id: number }).id;
    const second = { email: 'tweede.beheerder@vrt.nl', password: 'een tweede lange zin als wachtwoord' };
    const user = await app.page.request.post('/api/users', { headers, data: { email: second.email, name: 'Tweede Beheerder', role: 'admin', password: second.password } });
    expect(user.status(), await user.text()).toBe(201);

    await openPage(app.page, '/admin/retention', 'Bewaren en vernietigen');
    await app.page.getByRole('cell', { name: '16.1', exact: true }).first().waitFor();
    await app.page.getByRole('checkbox', { name: 'Kies DVO archief 2010' }).check();
    await app.page.getByRole('button', { name: 'Vernietigingslijst voorstellen (1 overeenkomst)' }).click();
    const propose = app.page.getByRole('dialog', { name: 'Vernietigingslijst voorstellen' });
    await propose.getByRole('button', { name: 'Voorstellen' }).click();
    await app.page.getByText('U stelde deze lijst zelf voor.', { exact: false }).waitFor();
    await expect(app.page.getByRole('button', { name: 'Goedkeuren en vernietigen' }).count()).resolves.toBe(0);
    await expectAccessible(app.page);

    const other = await newPage(app.browser, { baseUrl: app.baseUrl });
    await signIn(other.page, second);
    await openPage(other.page, '/admin/retention', 'Bewaren en vernietigen');
    await other.page.getByRole('button', { name: 'Goedkeuren en vernietigen' }).click();
    const confirm = other.page.getByRole('dialog', { name: /goedkeuren\?$/ });
    await confirm.getByText(`${app.user!.email} stelde voor 1 overeenkomst te vernietigen`, { exact: false }).waitFor();
    await confirm.getByRole('button', { name: 'Goedkeuren en vernietigen' }).click();
    await other.page.getByText('goedgekeurd en vernietigd', { exact: false }).first().waitFor();
    await openPage(other.page, `/agreements/${agreementId}`, 'DVO archief 2010');
    await other.page.getByText('vernietigd volgens de Archiefwet', { exact: false }).waitFor();
    await other.page.getByText(second.email).first().waitFor();
    await expect(other.page.getByText('Contactpersoon J. Jansen').count()).resolves.toBe(0);
    await expectAccessible(other.page);
    await other.page.context().close();
  }, 120_000);

  it('speaks English on the management screens', async () => {
    await app.page.goto('/admin/outbox');
    await switchLanguage(app.page, 'English', 'Outgoing e-mail');
    await app.page.getByText('no mail server configured').waitFor();
    await expectAccessible(app.page);
    await openPage(app.page, '/admin/audit', 'Audit trail');
    await switchLanguage(app.page, 'Nederlands', 'Audittrail');
  });

  it('fits a 360 px wide screen without sideways scrolling of the page', async () => {
    await expectNoSidewaysScrolling(app.browser, app.page, ['/admin', '/admin/outbox', '/admin/outbox/1', '/admin/audit', '/admin/users', '/admin/retention', '/account'], {
      baseUrl: app.baseUrl,
    });
  });

  it('reaches the management screens with the keyboard only', async () => {
    await openPage(app.page, '/');
    await tabTo(app.page, (f) => f.tag === 'a' && f.text === 'Beheer', TABS);
    await app.page.keyboard.press('Enter');
    await app.page.getByRole('heading', { level: 1, name: 'Beheer' }).waitFor();
    await tabTo(app.page, (f) => f.tag === 'a' && f.text === 'Gebruikers', TABS);
    await app.page.keyboard.press('Enter');
    await app.page.getByRole('heading', { level: 1, name: 'Gebruikers' }).waitFor();
    await tabTo(app.page, (f) => f.tag === 'button' && f.text === 'Nieuw account', TABS);
    await app.page.keyboard.press('Enter');
    await app.page.getByRole('dialog', { name: 'Nieuw account' }).waitFor();
    await app.page.keyboard.press('Escape');
    await app.page.getByRole('dialog').waitFor({ state: 'hidden' });
    await expect.poll(async () => (await focused(app.page)).text).toBe('Nieuw account');

    await openPage(app.page, '/admin/outbox', 'Uitgaande e-mail');
    await tabTo(app.page, (f) => f.tag === 'button' && f.text === 'Nu uitvoeren', TABS);
    await app.page.keyboard.press('Enter');
    await app.page.getByRole('alert').filter({ hasText: 'Uitgevoerd voor' }).getByText('0 nieuwe herinneringen klaargezet,', { exact: false }).waitFor();
    await tabTo(app.page, (f) => f.tag === 'a' && f.text.startsWith('Herinnering:'), 120);
    await app.page.keyboard.press('Enter');
    await app.page.getByRole('heading', { level: 2, name: 'Herinneringen in dit bericht' }).waitFor();
    expect(app.problems).toEqual([]);
  });
});
