import { mkdirSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { newPage } from './support/browser.ts';
import { expectAccessible, openPage, waitForContent } from './support/steps.ts';
import { useSignedInApp } from './support/suite.ts';

const PROCESSOR = 'Verwerkersovereenkomst politie en VRT (RTR)';
const OUT = new URL('out/', import.meta.url);

/** Pages in a PDF: its page objects ("/Type /Page", not the "/Type /Pages" tree nodes). */
const pdfPageCount = (pdf: Buffer): number => (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;

const sidewaysOverflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

/** Buttons and form controls a person would see (the register's column headers are words in print, see below). */
const visibleControls = (page: Page) =>
  page.evaluate(() =>
    Array.from(document.querySelectorAll('button, input, select, textarea, [role="button"]'))
      .filter((el) => !el.classList.contains('app-sort-button'))
      .filter((el) => {
        const box = el.getBoundingClientRect();
        return box.width > 0 && box.height > 0 && getComputedStyle(el).visibility !== 'hidden';
      })
      .map((el) => `${el.tagName.toLowerCase()}: ${(el.textContent ?? '').trim() || el.getAttribute('aria-label') || ''}`),
  );

async function openRegister(page: Page): Promise<void> {
  await openPage(page, '/agreements', 'Register van overeenkomsten');
  await page.locator('.app-register-table tbody tr[data-index]').first().waitFor();
  await waitForContent(page);
}

/** Issue 19, item 9: the register and an agreement on a wide screen, a phone and paper. */
describe.runIf(inject('chromium'))('layout and print', () => {
  const app = useSignedInApp({ width: 1440, height: 900 });
  mkdirSync(OUT, { recursive: true });

  it('shows the register with the page scrolling, every column readable at 1440 × 900', async () => {
    await openRegister(app.page);
    await app.page.screenshot({ path: new URL('layout-1440-register.png', OUT).pathname, fullPage: true });
    expect(await sidewaysOverflow(app.page)).toBeLessThanOrEqual(0);
    const layout = await app.page.evaluate(() => {
      const wrapper = document.querySelector('.app-register-scroll') as HTMLElement;
      const headers = Array.from(document.querySelectorAll('.app-register-table thead th')) as HTMLElement[];
      const rows = document.querySelectorAll('.app-register-table tbody tr[data-index]');
      return {
        innerScroll: wrapper.scrollHeight > wrapper.clientHeight + 1 || ['auto', 'scroll'].includes(getComputedStyle(wrapper).overflowY),
        cutHeaders: headers.filter((th) => th.scrollWidth > th.clientWidth + 1).map((th) => th.textContent),
        tableFits: (document.querySelector('.app-register-table') as HTMLElement).getBoundingClientRect().right <= window.innerWidth,
        rows: rows.length,
      };
    });
    expect(layout).toEqual({ innerScroll: false, cutHeaders: [], tableFits: true, rows: 10 });
    // The tenth row is reached by scrolling the page itself.
    const last = app.page.locator('.app-register-table tbody tr[data-index="9"]');
    await last.scrollIntoViewIfNeeded();
    const box = await last.boundingBox();
    expect(box && box.y + box.height).toBeLessThanOrEqual(900);
    // Dutch hyphenation follows the interface language.
    expect(await app.page.evaluate(() => [document.documentElement.lang, getComputedStyle(document.querySelector('.app-register-table td')!).hyphens])).toEqual(['nl', 'auto']);
  });

  it('shows rows as cards at 390 × 844, status and notice deadline in view without sideways scrolling', async () => {
    const phone = await newPage(app.browser, { width: 390, height: 844, baseUrl: app.baseUrl });
    await phone.page.context().addCookies(await app.page.context().cookies());
    await openRegister(phone.page);
    await phone.page.screenshot({ path: new URL('layout-390-register.png', OUT).pathname, fullPage: true });
    expect(await sidewaysOverflow(phone.page)).toBeLessThanOrEqual(0);
    const first = phone.page.locator('.app-register-table tbody tr[data-index="0"]');
    expect(await first.evaluate((tr) => getComputedStyle(tr).display)).toBe('grid');
    for (const cell of ['.app-cell-status', '.app-cell-notice', '.app-cell-title']) {
      const box = await first.locator(cell).boundingBox();
      expect(box, cell).not.toBeNull();
      expect(box!.x, cell).toBeGreaterThanOrEqual(0);
      expect(box!.x + box!.width, cell).toBeLessThanOrEqual(390);
      expect(box!.height, cell).toBeGreaterThan(0);
    }
    // Each value says what it is (the header row is hidden in the card layout).
    expect(await first.locator('.app-cell-notice').evaluate((td) => getComputedStyle(td, '::before').content)).toContain('Opzeggen vóór');
    await expectAccessible(phone.page);
    await phone.page.context().close();
  });

  it('prints the register as a table with its column headers, without the filter form', async () => {
    await openRegister(app.page);
    await app.page.emulateMedia({ media: 'print' });
    expect(await visibleControls(app.page)).toEqual([]);
    // Neither the register's filter form nor the header's search box is printed.
    expect(await app.page.getByRole('search', { name: 'Filters' }).isVisible()).toBe(false);
    expect(await app.page.locator('.app-search-box').isVisible()).toBe(false);
    const headers = await app.page
      .locator('.app-register-table thead th')
      .evaluateAll((ths) => ths.map((th) => ((th as HTMLElement).offsetWidth > 0 ? (th.textContent ?? '').replace(/[▲▼↕]/g, '').trim() : '')));
    expect(headers.every((h) => h.length > 0)).toBe(true);
    expect(await app.page.locator('.app-register-table thead').evaluate((el) => getComputedStyle(el).display)).toBe('table-header-group');
    const pdf = await app.page.pdf({ format: 'A4', printBackground: false });
    await app.page.emulateMedia({ media: 'screen' });
    const pages = pdfPageCount(pdf);
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(3);
  });

  it('prints a typical agreement on at most two pages, without buttons or form controls', async () => {
    await app.page.emulateMedia({ media: 'screen' });
    await openRegister(app.page);
    await app.page.getByRole('link', { name: PROCESSOR }).first().click();
    await app.page.getByRole('heading', { level: 1, name: PROCESSOR }).waitFor();
    await waitForContent(app.page);
    await app.page.getByRole('heading', { name: 'Geschiedenis' }).waitFor();
    expect((await visibleControls(app.page)).length).toBeGreaterThan(0);
    await app.page.emulateMedia({ media: 'print' });
    expect(await visibleControls(app.page)).toEqual([]);
    const pdf = await app.page.pdf({ format: 'A4' });
    await app.page.setViewportSize({ width: 700, height: 1000 });
    await app.page.screenshot({ path: new URL('print-agreement.png', OUT).pathname, fullPage: true });
    await app.page.setViewportSize({ width: 1440, height: 900 });
    await app.page.emulateMedia({ media: 'screen' });
    const { writeFileSync } = await import('node:fs');
    writeFileSync(new URL('print-agreement.pdf', OUT), pdf);
    expect(pdfPageCount(pdf)).toBeLessThanOrEqual(2);
  });
});
