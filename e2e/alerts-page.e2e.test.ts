import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectAccessible, expectNoAxeViolations, mainNavigation, openPage } from './support/steps.ts';
import { useSignedInApp } from './support/suite.ts';

const list = (page: Page) => page.getByRole('list', { name: 'Signaleringen' });
const items = (page: Page) => list(page).locator(':scope > li');
/** "12 van 35 geladen": the total of the list as the page says it. */
async function totalShown(page: Page): Promise<number> {
  const text = (await page.locator('.app-pagination p').textContent()) ?? '';
  return Number(/van (\d+)/.exec(text)?.[1] ?? NaN);
}
async function applyFilters(page: Page, filters: { state?: string; kind?: string }) {
  if (filters.state) await page.getByLabel('Staat', { exact: true }).selectOption(filters.state);
  if (filters.kind !== undefined) await page.getByLabel('Soort', { exact: true }).selectOption(filters.kind);
  await page.getByRole('button', { name: 'Filteren' }).click();
}

/**
 * The alerts page of issue 19 (item 4): filter, handle an alert and undo it
 * from the toast, handle it again and find it under "Afgehandeld" with when,
 * reopen it; bulk handling; the dashboard's count and link agree.
 */
describe.runIf(inject('chromium'))('the alerts page', () => {
  // Acknowledging writes per-user states: a register of its own.
  const app = useSignedInApp({ ownServer: true, failOnPageProblems: true });
  let firstTitle = '';

  it('is reached from the dashboard, whose count is the total the page has', async () => {
    const page = app.page;
    await openPage(page, '/', 'Overzicht');
    const summary = await page.getByText(/De \d+ dringendste van \d+ open signaleringen/).textContent();
    const total = Number(/van (\d+)/.exec(summary ?? '')?.[1]);
    await page.getByRole('link', { name: 'Alle signaleringen bekijken' }).click();
    await page.getByRole('heading', { level: 1, name: 'Signaleringen' }).waitFor();
    await items(page).first().waitFor();
    expect(await totalShown(page)).toBe(total);
    await expect(mainNavigation(page).getByRole('link', { name: 'Signaleringen' }).getAttribute('aria-current')).resolves.toBe('page');
    await expectAccessible(page);
  });

  it('filters by kind, kept in the URL', async () => {
    const page = app.page;
    await applyFilters(page, { kind: 'data_gap' });
    await page.waitForURL(/kind=data_gap/);
    await page.waitForFunction(() => {
      const kinds = Array.from(document.querySelectorAll('ul.app-alert-list > li strong'), (e) => e.textContent);
      return kinds.length > 0 && kinds.every((k) => k === 'Gegevens ontbreken');
    });
    firstTitle = (await items(page).first().getByRole('link').textContent()) ?? '';
    expect(firstTitle).not.toBe('');
  });

  it('handles an alert, undoes it from the toast, and handles it again', async () => {
    const page = app.page;
    const before = await totalShown(page);
    await items(page).first().getByRole('button', { name: 'Afhandelen' }).click();
    const status = page.getByRole('status');
    await status.getByText('1 signalering afgehandeld.').waitFor();
    const undo = status.getByRole('button', { name: 'Ongedaan maken' });
    // Focus went to undo (the pressed button left with its alert): Enter undoes.
    await expect(undo.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await expectNoAxeViolations(page);
    await page.waitForFunction((n) => /van (\d+)/.exec(document.querySelector('.app-pagination p')?.textContent ?? '')?.[1] === String(n), before - 1);
    await page.keyboard.press('Enter');
    await status.getByText(/Ongedaan gemaakt: 1 signalering/).waitFor();
    await page.waitForFunction((n) => /van (\d+)/.exec(document.querySelector('.app-pagination p')?.textContent ?? '')?.[1] === String(n), before);
    await expect(items(page).first().getByRole('link').textContent()).resolves.toBe(firstTitle);
    await items(page).first().getByRole('button', { name: 'Afhandelen' }).click();
    await page.waitForFunction((n) => /van (\d+)/.exec(document.querySelector('.app-pagination p')?.textContent ?? '')?.[1] === String(n), before - 1);
  });

  it('finds the handled alert under its state, with when, and reopens it', async () => {
    const page = app.page;
    await applyFilters(page, { state: 'acknowledged' });
    await page.waitForURL(/state=acknowledged/);
    const handled = items(page).filter({ hasText: firstTitle });
    await handled
      .first()
      .getByText(/Afgehandeld door u op \d+ \w+ 2026/)
      .waitFor();
    expect(await items(page).count()).toBe(1);
    await expectAccessible(page);
    await handled.first().getByRole('button', { name: 'Heropenen' }).click();
    await page.getByRole('status').getByText('1 signalering heropend.').waitFor();
    await page.getByText('Geen signaleringen met deze filters.').waitFor();
    await applyFilters(page, { state: 'open' });
    await items(page).filter({ hasText: firstTitle }).first().waitFor();
  });

  it('handles several at once and finds them under "Afgehandeld"', async () => {
    const page = app.page;
    const before = await totalShown(page);
    await items(page).nth(0).getByRole('checkbox').check();
    await items(page).nth(1).getByRole('checkbox').check();
    await page.getByText('2 geselecteerd').waitFor();
    await page.getByRole('group', { name: 'Met de geselecteerde signaleringen' }).getByRole('button', { name: 'Afhandelen' }).click();
    await page.getByRole('status').getByText('2 signaleringen afgehandeld.').waitFor();
    await page.waitForFunction((n) => /van (\d+)/.exec(document.querySelector('.app-pagination p')?.textContent ?? '')?.[1] === String(n), before - 2);
    await applyFilters(page, { state: 'acknowledged' });
    await page.waitForURL(/state=acknowledged/);
    await page.waitForFunction(() => document.querySelectorAll('ul.app-alert-list > li').length === 2);
  });
});
