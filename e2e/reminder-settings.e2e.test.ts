import { describe, expect, inject, it } from 'vitest';
import { expectAccessible, expectNoSidewaysScrolling, openPage, switchLanguage, waitForSkeletonGone } from './support/steps.ts';
import { useSignedInApp } from './support/suite.ts';

const TEAM_MAILBOX = 'team.rtr@vrt.nl';

/**
 * The reminder settings as an admin: the global reminder rules and the
 * address directory with the team address of a collaboration; axe on both.
 */
describe.runIf(inject('chromium'))('reminder settings', () => {
  // This file changes the global rules and adds addresses: a register of its own.
  const app = useSignedInApp({ ownServer: true });

  it('lists both screens on the admin overview', async () => {
    await openPage(app.page, '/admin', 'Beheer');
    await app.page.getByRole('link', { name: 'Herinneringsregels' }).waitFor();
    await app.page.getByRole('link', { name: 'Adressen voor herinneringen' }).waitFor();
  });

  it('changes a reminder rule, refuses a wrong one and sees the change saved', async () => {
    await app.page.goto('/admin');
    await app.page.getByRole('link', { name: 'Herinneringsregels' }).click();
    await app.page.getByRole('heading', { level: 1, name: 'Herinneringsregels' }).waitFor();
    const notice = app.page.getByLabel('Opzegdatum: dagen vooraf');
    expect(await notice.inputValue()).toBe('180, 90, 30, 7, 1');
    await expectAccessible(app.page);

    await notice.fill('60, 1.5');
    await app.page.getByRole('button', { name: 'Regels opslaan' }).click();
    await app.page.getByText('Gebruik alleen hele getallen (dagen), gescheiden door komma’s.').waitFor();
    expect(await notice.getAttribute('aria-invalid')).toBe('true');

    await notice.fill('14 120 60 14');
    await app.page.getByLabel(/^Escalatie/).fill('21');
    await app.page.getByRole('button', { name: 'Regels opslaan' }).click();
    await app.page.getByText('De herinneringsregels zijn opgeslagen.').waitFor();
    await app.page.waitForFunction(() => (document.querySelector<HTMLInputElement>('input[inputmode="numeric"]')?.value ?? '') === '120, 60, 14');

    const saved = (await (await app.page.request.get('/api/reminders/rules')).json()) as { noticeOffsets: number[]; escalationDays: number };
    expect(saved).toMatchObject({ noticeOffsets: [120, 60, 14], escalationDays: 21 });
    await app.page.reload();
    await app.page.getByRole('heading', { level: 1, name: 'Herinneringsregels' }).waitFor();
    await waitForSkeletonGone(app.page);
    expect(await app.page.getByLabel('Opzegdatum: dagen vooraf').inputValue()).toBe('120, 60, 14');
  });

  it('adds a team mailbox and makes it the team address of RTR', async () => {
    await openPage(app.page, '/admin/addresses', 'Adressen voor herinneringen');
    await expectAccessible(app.page);

    await app.page.getByRole('button', { name: 'Adres toevoegen' }).click();
    const dialog = app.page.getByRole('dialog');
    await dialog.getByLabel(/^E-mailadres/).fill(TEAM_MAILBOX);
    await dialog.getByLabel(/^Omschrijving/).fill('Team RTR');
    await dialog.getByRole('button', { name: 'Adres toevoegen' }).click();
    await app.page.getByText(`${TEAM_MAILBOX} is toegevoegd.`).waitFor();
    const addresses = app.page.getByRole('region', { name: 'Adressen die herinneringen krijgen' });
    await addresses.getByRole('row').filter({ hasText: 'Team RTR' }).first().waitFor();

    // Its calendar URL, shown with a copy button.
    await addresses.getByRole('button', { name: `Agenda-URL ${TEAM_MAILBOX}` }).click();
    await app.page.getByRole('dialog').getByLabel('Agenda-URL').waitFor();
    await expectAccessible(app.page);
    await app.page.keyboard.press('Escape');

    const teams = app.page.getByRole('region', { name: 'Samenwerkingen en hun teamadres' });
    await teams.getByRole('button', { name: 'Teamadres instellen RTR' }).click();
    const teamDialog = app.page.getByRole('dialog');
    await teamDialog.getByRole('heading', { name: 'Teamadres van RTR' }).waitFor();
    await teamDialog.getByLabel(/^E-mailadres/).fill(TEAM_MAILBOX);
    await teamDialog.getByRole('button', { name: 'Opslaan' }).click();
    await app.page.getByText(`${TEAM_MAILBOX} is nu het teamadres van RTR.`).waitFor();
    await teams.getByRole('row').filter({ hasText: 'RTR' }).filter({ hasText: TEAM_MAILBOX }).first().waitFor();
    await addresses.getByRole('row').filter({ hasText: TEAM_MAILBOX }).getByText('Teamadres van RTR').waitFor();

    const team = (await (await app.page.request.get('/api/collaborations/RTR/team-address')).json()) as { email: string | null };
    expect(team.email).toBe(TEAM_MAILBOX);
    await expectAccessible(app.page);
  });
  it('speaks English, works from the keyboard and fits a 360 px wide screen', async () => {
    await app.page.goto('/admin/reminder-rules');
    await switchLanguage(app.page, 'English', 'Reminder rules');
    // Keyboard only: type a wrong value, submit with Enter, focus lands on the field with the message.
    const notice = app.page.getByLabel('Notice deadline: days before');
    await notice.focus();
    await notice.fill('abc');
    await app.page.keyboard.press('Enter');
    await app.page.getByText('Use whole numbers (days) only, separated by commas.').waitFor();
    expect(await app.page.evaluate(() => document.activeElement?.getAttribute('aria-invalid'))).toBe('true');
    await expectAccessible(app.page);
    await openPage(app.page, '/admin/addresses', 'Reminder addresses');
    await expectAccessible(app.page);
    await switchLanguage(app.page, 'Nederlands', 'Adressen voor herinneringen');

    await expectNoSidewaysScrolling(app.browser, app.page, ['/admin/reminder-rules', '/admin/addresses'], { baseUrl: app.baseUrl });
  });
});
