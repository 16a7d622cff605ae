import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { describeViolations, launchBrowser, newPage, runAxe, screenshotOnFailure, signIn } from './support/browser.ts';
import { startIsolatedServer, type IsolatedServer } from './support/isolated-server.ts';

const TEAM_MAILBOX = 'team.rtr@vrt.nl';

/**
 * The reminder settings as an admin: the global reminder rules and the
 * address directory with the team address of a collaboration; axe on both.
 */
describe.runIf(inject('chromium'))('reminder settings', () => {
  let browser: Browser;
  let page: Page;
  let server: IsolatedServer;

  beforeAll(async () => {
    // This file changes the global rules and adds addresses: a register of its own.
    server = await startIsolatedServer();
    browser = await launchBrowser();
    ({ page } = await newPage(browser, { baseUrl: server.url }));
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

  it('lists both screens on the admin overview', async () => {
    await page.goto('/admin');
    await page.getByRole('heading', { level: 1, name: 'Beheer' }).waitFor();
    await page.getByRole('link', { name: 'Herinneringsregels' }).waitFor();
    await page.getByRole('link', { name: 'Adressen voor herinneringen' }).waitFor();
  });

  it('changes a reminder rule, refuses a wrong one and sees the change saved', async () => {
    await page.goto('/admin');
    await page.getByRole('link', { name: 'Herinneringsregels' }).click();
    await page.getByRole('heading', { level: 1, name: 'Herinneringsregels' }).waitFor();
    const notice = page.getByLabel('Opzegdatum: dagen vooraf');
    expect(await notice.inputValue()).toBe('180, 90, 30, 7, 1');
    await expectAccessible();

    await notice.fill('60, 1.5');
    await page.getByRole('button', { name: 'Regels opslaan' }).click();
    await page.getByText('Gebruik alleen hele getallen (dagen), gescheiden door komma’s.').waitFor();
    expect(await notice.getAttribute('aria-invalid')).toBe('true');

    await notice.fill('14 120 60 14');
    await page.getByLabel(/^Escalatie/).fill('21');
    await page.getByRole('button', { name: 'Regels opslaan' }).click();
    await page.getByText('De herinneringsregels zijn opgeslagen.').waitFor();
    await page.waitForFunction(() => (document.querySelector<HTMLInputElement>('input[inputmode="numeric"]')?.value ?? '') === '120, 60, 14');

    const saved = (await (await page.request.get('/api/reminders/rules')).json()) as { noticeOffsets: number[]; escalationDays: number };
    expect(saved).toMatchObject({ noticeOffsets: [120, 60, 14], escalationDays: 21 });
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Herinneringsregels' }).waitFor();
    await page.waitForFunction(() => !document.querySelector('.app-skeleton'));
    expect(await page.getByLabel('Opzegdatum: dagen vooraf').inputValue()).toBe('120, 60, 14');
  });

  it('adds a team mailbox and makes it the team address of RTR', async () => {
    await page.goto('/admin/addresses');
    await page.getByRole('heading', { level: 1, name: 'Adressen voor herinneringen' }).waitFor();
    await expectAccessible();

    await page.getByRole('button', { name: 'Adres toevoegen' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel(/^E-mailadres/).fill(TEAM_MAILBOX);
    await dialog.getByLabel(/^Omschrijving/).fill('Team RTR');
    await dialog.getByRole('button', { name: 'Adres toevoegen' }).click();
    await page.getByText(`${TEAM_MAILBOX} is toegevoegd.`).waitFor();
    const addresses = page.getByRole('region', { name: 'Adressen die herinneringen krijgen' });
    await addresses.getByRole('row').filter({ hasText: 'Team RTR' }).first().waitFor();

    // Its calendar URL, shown with a copy button.
    await addresses.getByRole('button', { name: `Agenda-URL ${TEAM_MAILBOX}` }).click();
    await page.getByRole('dialog').getByLabel('Agenda-URL').waitFor();
    await expectAccessible();
    await page.keyboard.press('Escape');

    const teams = page.getByRole('region', { name: 'Samenwerkingen en hun teamadres' });
    await teams.getByRole('button', { name: 'Teamadres instellen RTR' }).click();
    const teamDialog = page.getByRole('dialog');
    await teamDialog.getByRole('heading', { name: 'Teamadres van RTR' }).waitFor();
    await teamDialog.getByLabel(/^E-mailadres/).fill(TEAM_MAILBOX);
    await teamDialog.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByText(`${TEAM_MAILBOX} is nu het teamadres van RTR.`).waitFor();
    await teams.getByRole('row').filter({ hasText: 'RTR' }).filter({ hasText: TEAM_MAILBOX }).first().waitFor();
    await addresses.getByRole('row').filter({ hasText: TEAM_MAILBOX }).getByText('Teamadres van RTR').waitFor();

    const team = (await (await page.request.get('/api/collaborations/RTR/team-address')).json()) as { email: string | null };
    expect(team.email).toBe(TEAM_MAILBOX);
    await expectAccessible();
  });
  it('speaks English, works from the keyboard and fits a 360 px wide screen', async () => {
    await page.goto('/admin/reminder-rules');
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Reminder rules' }).waitFor();
    // Keyboard only: type a wrong value, submit with Enter, focus lands on the field with the message.
    const notice = page.getByLabel('Notice deadline: days before');
    await notice.focus();
    await notice.fill('abc');
    await page.keyboard.press('Enter');
    await page.getByText('Use whole numbers (days) only, separated by commas.').waitFor();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-invalid'))).toBe('true');
    await expectAccessible();
    await page.goto('/admin/addresses');
    await page.getByRole('heading', { level: 1, name: 'Reminder addresses' }).waitFor();
    await expectAccessible();
    await page.getByRole('button', { name: 'Nederlands' }).click();
    await page.getByRole('heading', { level: 1, name: 'Adressen voor herinneringen' }).waitFor();

    const small = await newPage(browser, { width: 360, height: 740, baseUrl: server.url });
    await small.page.context().addCookies(await page.context().cookies());
    for (const path of ['/admin/reminder-rules', '/admin/addresses']) {
      await small.page.goto(path);
      await small.page.getByRole('heading', { level: 1 }).first().waitFor();
      await small.page.waitForFunction(() => !document.querySelector('.app-skeleton'));
      const overflow = await small.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `horizontal overflow on ${path}`).toBeLessThanOrEqual(0);
    }
    await small.page.context().close();
  });
});
