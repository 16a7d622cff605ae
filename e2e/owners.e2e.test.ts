import { describe, expect, inject, it } from 'vitest';
import { expectAccessible, openPage, switchLanguage } from './support/steps.ts';
import { useSignedInApp } from './support/suite.ts';

/**
 * Owners are people (issue 19, item 12): the owner is picked from the accounts, "Mijn overeenkomsten" shows what
 * the signed-in user owns, and the language chosen on the NL/EN switch becomes the account's (and its e-mails')
 * language only after the user agrees.
 */
describe.runIf(inject('chromium') && inject('user') !== null)('owners are people', () => {
  // This file changes an agreement's owner and the account's language: it gets a register of its own.
  const app = useSignedInApp({ ownServer: true, failOnPageProblems: true });
  let title = '';

  it('picks the owner from the accounts in the edit form', async () => {
    const first = await app.page.evaluate(async () => (await (await fetch('/api/agreements?sort=title&limit=1')).json()) as { items: { id: number; title: string }[] });
    const agreement = first.items[0]!;
    title = agreement.title;
    await openPage(app.page, `/agreements/${agreement.id}/edit`);
    await app.page.getByLabel('Eigenaar kiezen uit accounts').selectOption(app.user!.email);
    expect(await app.page.getByLabel('Eigenaar', { exact: true }).inputValue()).toBe('E2E Beheerder');
    expect(await app.page.getByLabel('E-mail eigenaar').inputValue()).toBe(app.user!.email);
    await expectAccessible(app.page);
    await app.page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    await app.page.getByRole('heading', { level: 1, name: title }).waitFor();
    await app.page.getByText('E2E Beheerder').first().waitFor();
  });

  it('finds it under "Mijn overeenkomsten", the register filtered by the signed-in owner', async () => {
    await openPage(app.page, '/agreements', 'Register van overeenkomsten');
    await app.page.getByRole('link', { name: 'Mijn overeenkomsten' }).click();
    await app.page.waitForURL((url) => url.searchParams.get('owner') === app.user!.email);
    await app.page.getByRole('status').filter({ hasText: '1 overeenkomst' }).waitFor();
    await app.page.locator('.app-register-table tbody tr[data-index]').filter({ hasText: title }).waitFor();
    expect(await app.page.getByRole('link', { name: 'Mijn overeenkomsten' }).getAttribute('aria-current')).toBe('page');
    await expectAccessible(app.page);
  });

  it('offers to keep the chosen language for the e-mails too, and saves it only after "yes"', async () => {
    const locale = () => app.page.evaluate(async () => ((await (await fetch('/api/session')).json()) as { user: { locale: string } }).user.locale);
    expect(await locale()).toBe('nl');
    await switchLanguage(app.page, 'English', 'Register of agreements');
    const offer = app.page.getByRole('status').filter({ hasText: 'Your e-mails in English too?' });
    await offer.waitFor();
    await expectAccessible(app.page);
    expect(await locale()).toBe('nl');
    await offer.getByRole('button', { name: 'Yes, save to my account' }).click();
    await offer.waitFor({ state: 'detached' });
    await expect.poll(locale).toBe('en');
    // Back to Dutch, and "no": the screen is Dutch, the account (and its e-mails) stays English.
    await switchLanguage(app.page, 'Nederlands', 'Register van overeenkomsten');
    const back = app.page.getByRole('status').filter({ hasText: 'Ook uw e-mails in het Nederlands?' });
    await back.getByRole('button', { name: 'Nee, alleen dit scherm' }).click();
    await back.waitFor({ state: 'detached' });
    expect(await locale()).toBe('en');
  });
});
