import { describe, expect, inject, it } from 'vitest';
import { focused, tabTo } from './support/keyboard.ts';
import { openPage } from './support/steps.ts';
import { useSignedInApp } from './support/suite.ts';

const PROCESSOR = 'Verwerkersovereenkomst politie en VRT (RTR)';

/** The main flow with the keyboard only: skip link, navigation, filter, open, edit, save. */
describe.runIf(inject('chromium'))('keyboard only', () => {
  // This file edits an agreement: it gets a register of its own.
  const app = useSignedInApp({ ownServer: true });

  it('starts with a visible skip link that jumps to the content', async () => {
    await openPage(app.page, '/');
    await app.page.keyboard.press('Tab');
    const first = await focused(app.page);
    expect(first.text).toBe('Naar de inhoud');
    expect(await app.page.getByRole('link', { name: 'Naar de inhoud' }).boundingBox()).not.toBeNull();
    await app.page.keyboard.press('Enter');
    await app.page.waitForFunction(() => document.activeElement?.id === 'main-content' || location.hash === '#main-content');
  });

  it('reaches the register, filters it, opens and edits an agreement', async () => {
    await openPage(app.page, '/');
    const nav = await tabTo(app.page, (f) => f.tag === 'a' && f.text === 'Register');
    expect(nav.outline).not.toMatch(/^none/);
    await app.page.keyboard.press('Enter');
    await app.page.getByRole('heading', { level: 1, name: 'Register van overeenkomsten' }).waitFor();

    await tabTo(app.page, (f) => f.label.startsWith('Zoeken'));
    await app.page.keyboard.type('Verwerkersovereenkomst politie');
    await app.page.getByText('1 overeenkomst', { exact: true }).waitFor();
    await tabTo(app.page, (f) => f.tag === 'a' && f.text === PROCESSOR);
    await app.page.keyboard.press('Enter');
    await app.page.getByRole('heading', { level: 1, name: PROCESSOR }).waitFor();

    await tabTo(app.page, (f) => f.tag === 'a' && f.text === 'Bewerken');
    await app.page.keyboard.press('Enter');
    await app.page.getByRole('button', { name: 'Wijzigingen opslaan' }).waitFor();
    await tabTo(app.page, (f) => f.label === 'Evaluatiemoment');
    await app.page.keyboard.type('2027-06');
    await tabTo(app.page, (f) => f.tag === 'button' && f.text === 'Wijzigingen opslaan', 120);
    await app.page.keyboard.press('Enter');
    await app.page.getByText('Wijzigingen opgeslagen.').waitFor();
    await app.page.getByText('juni 2027').first().waitFor();
  });

  it('closes a dialog with Escape and returns focus', async () => {
    await tabTo(app.page, (f) => f.tag === 'button' && f.text === 'Archiveren');
    await app.page.keyboard.press('Enter');
    await app.page.getByRole('dialog', { name: 'Overeenkomst archiveren?' }).waitFor();
    await app.page.keyboard.press('Escape');
    await app.page.getByRole('dialog').waitFor({ state: 'hidden' });
    expect((await focused(app.page)).text).toBe('Archiveren');
  });

  it('switches the language from the keyboard', async () => {
    await openPage(app.page, '/');
    await tabTo(app.page, (f) => f.tag === 'button' && f.text.includes('EN'));
    await app.page.keyboard.press('Enter');
    await app.page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();
    await app.page.keyboard.press('Shift+Tab');
    await app.page.keyboard.press('Enter');
    await app.page.getByRole('heading', { level: 1, name: 'Overzicht' }).waitFor();
  });
});
