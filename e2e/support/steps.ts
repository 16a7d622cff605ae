import { expect, inject } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { describeViolations, newPage, runAxe } from './browser.ts';

export interface Credentials {
  email: string;
  password: string;
}

/** Fills in the sign-in form (already open) and presses "Inloggen"; waits for nothing after that. */
export async function submitSignInForm(page: Page, credentials: Credentials): Promise<void> {
  await page.getByLabel('E-mailadres').fill(credentials.email);
  await page.getByLabel('Wachtwoord').fill(credentials.password);
  await page.getByRole('button', { name: 'Inloggen' }).click();
}

/**
 * Signs in through the sign-in page when the server has accounts; otherwise
 * just opens the app. Returns as soon as the app has left the sign-in page:
 * an account with a temporary password is then sent on to /account (the
 * server answers 403 password_change_required everywhere else), which the
 * caller waits for itself.
 */
export async function signIn(page: Page, user: Credentials | null = inject('user')): Promise<void> {
  if (!user) {
    await page.goto('/');
    return;
  }
  await page.goto('/sign-in');
  await submitSignInForm(page, user);
  await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
}

/** On "Mijn account": fills in the current password and the new one (twice) and presses "Wachtwoord wijzigen"; waits for nothing after that. */
export async function submitPasswordChange(page: Page, passwords: { current: string; next: string }): Promise<void> {
  await page.getByLabel('Huidig wachtwoord').fill(passwords.current);
  await page.getByLabel('Nieuw wachtwoord').fill(passwords.next);
  await page.getByLabel('Herhaal het nieuwe wachtwoord').fill(passwords.next);
  await page.getByRole('button', { name: 'Wachtwoord wijzigen' }).click();
}

/** The main navigation ("Hoofdnavigatie"). */
export function mainNavigation(page: Page): Locator {
  return page.getByRole('navigation', { name: 'Hoofdnavigatie' });
}

/** Opens a path and waits for its one level-1 heading (with this name, when given). */
export async function openPage(page: Page, path: string, heading?: string): Promise<void> {
  await page.goto(path);
  await page.getByRole('heading', heading === undefined ? { level: 1 } : { level: 1, name: heading }).waitFor();
}

/** Presses the language button ("English" or "Nederlands") and waits for the page's level-1 heading in that language. */
export async function switchLanguage(page: Page, button: 'English' | 'Nederlands', heading: string): Promise<void> {
  await page.getByRole('button', { name: button }).click();
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
}

/** Waits until no loading skeleton is left on the page. */
export async function waitForSkeletonGone(page: Page): Promise<void> {
  await page.waitForFunction(() => !document.querySelector('.app-skeleton'));
}

/** Waits until the page shows a level-1 heading and no loading skeleton. */
export async function waitForContent(page: Page): Promise<void> {
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  await waitForSkeletonGone(page);
}

/** Fails on any axe-core (WCAG 2.0/2.1 A and AA) violation on the page as it is now. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  const violations = await runAxe(page);
  expect(violations, describeViolations(violations)).toEqual([]);
}

/** Waits for the page's content (heading, no skeleton), then fails on any axe-core violation. */
export async function expectAccessible(page: Page): Promise<void> {
  await waitForContent(page);
  await expectNoAxeViolations(page);
}

/**
 * Opens each path on a 360 × 740 px screen with the session (cookies) of
 * `signedIn`, and fails when the page scrolls sideways there. `onLoaded` runs
 * on each page once its content is shown, before the measurement.
 */
export async function expectNoSidewaysScrolling(
  browser: Browser,
  signedIn: Page,
  paths: string[],
  options: { baseUrl?: string; onLoaded?: (page: Page, path: string) => Promise<void> } = {},
): Promise<void> {
  const small = await newPage(browser, { width: 360, height: 740, baseUrl: options.baseUrl });
  const context = small.page.context();
  await context.addCookies(await signedIn.context().cookies());
  for (const path of paths) {
    await small.page.goto(path);
    await waitForContent(small.page);
    await options.onLoaded?.(small.page, path);
    const overflow = await small.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, `horizontal overflow on ${path}`).toBeLessThanOrEqual(0);
  }
  await context.close();
}
