import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, newPage, screenshotOnFailure, signIn } from './support/browser.ts';
import { startIsolatedServer, type IsolatedServer } from './support/isolated-server.ts';

const PROCESSOR = 'Verwerkersovereenkomst politie en VRT (RTR)';

interface Focused {
  tag: string;
  text: string;
  label: string;
  id: string;
  outline: string;
}

async function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    const label = el?.id ? (document.querySelector(`label[for="${CSS.escape(el.id)}"]`)?.textContent ?? '') : '';
    const style = el ? getComputedStyle(el) : null;
    return {
      tag: el?.tagName.toLowerCase() ?? '',
      text: (el?.innerText ?? el?.getAttribute('aria-label') ?? '').trim(),
      label: label.trim(),
      id: el?.id ?? '',
      outline: style ? `${style.outlineStyle} ${style.outlineWidth}` : '',
    };
  });
}

/** Presses Tab until the focused element matches; fails after `max` presses. */
async function tabTo(page: Page, match: (f: Focused) => boolean, max = 60): Promise<Focused> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const f = await focused(page);
    if (match(f)) return f;
  }
  throw new Error(`Tab never reached the element; last focus: ${JSON.stringify(await focused(page))}`);
}

/** The main flow with the keyboard only: skip link, navigation, filter, open, edit, save. */
describe.runIf(inject('chromium'))('keyboard only', () => {
  let browser: Browser;
  let page: Page;
  let server: IsolatedServer;

  beforeAll(async () => {
    // This file edits an agreement: it gets a register of its own.
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

  it('starts with a visible skip link that jumps to the content', async () => {
    await page.goto('/');
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.keyboard.press('Tab');
    const first = await focused(page);
    expect(first.text).toBe('Naar de inhoud');
    expect(await page.getByRole('link', { name: 'Naar de inhoud' }).boundingBox()).not.toBeNull();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.id === 'main-content' || location.hash === '#main-content');
  });

  it('reaches the register, filters it, opens and edits an agreement', async () => {
    await page.goto('/');
    await page.getByRole('heading', { level: 1 }).waitFor();
    const nav = await tabTo(page, (f) => f.tag === 'a' && f.text === 'Register');
    expect(nav.outline).not.toMatch(/^none/);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Register van overeenkomsten' }).waitFor();

    await tabTo(page, (f) => f.label.startsWith('Zoeken'));
    await page.keyboard.type('Verwerkersovereenkomst politie');
    await page.getByText('1 overeenkomst', { exact: true }).waitFor();
    await tabTo(page, (f) => f.tag === 'a' && f.text === PROCESSOR);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: PROCESSOR }).waitFor();

    await tabTo(page, (f) => f.tag === 'a' && f.text === 'Bewerken');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Wijzigingen opslaan' }).waitFor();
    await tabTo(page, (f) => f.label === 'Evaluatiemoment');
    await page.keyboard.type('2027-06');
    await tabTo(page, (f) => f.tag === 'button' && f.text === 'Wijzigingen opslaan', 120);
    await page.keyboard.press('Enter');
    await page.getByText('Wijzigingen opgeslagen.').waitFor();
    await page.getByText('juni 2027').first().waitFor();
  });

  it('closes a dialog with Escape and returns focus', async () => {
    await tabTo(page, (f) => f.tag === 'button' && f.text === 'Archiveren');
    await page.keyboard.press('Enter');
    await page.getByRole('dialog', { name: 'Overeenkomst archiveren?' }).waitFor();
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'hidden' });
    expect((await focused(page)).text).toBe('Archiveren');
  });

  it('switches the language from the keyboard', async () => {
    await page.goto('/');
    await page.getByRole('heading', { level: 1 }).waitFor();
    await tabTo(page, (f) => f.tag === 'button' && f.text.includes('EN'));
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Overzicht' }).waitFor();
  });
});
