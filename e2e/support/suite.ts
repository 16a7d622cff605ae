import { afterAll, afterEach, beforeAll, expect, inject } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, newPage, screenshotOnFailure } from './browser.ts';
import { startIsolatedServer, type IsolatedServer } from './isolated-server.ts';
import { signIn, type Credentials } from './steps.ts';

export interface SignedInAppOptions {
  /** A server of its own on a fresh DATA_DIR, for a file that changes the register; otherwise the shared server of the global setup. */
  ownServer?: boolean;
  /** The page's viewport (default 1280 × 900). */
  width?: number;
  height?: number;
  /**
   * Prepares the register through a page signed in as the e2e admin (closed
   * afterwards) and returns the account the file's page then signs in as.
   * Without it, the file's page signs in as the e2e admin.
   */
  prepareAsAdmin?: (admin: Page) => Promise<Credentials>;
  /** Fails each test after which the page has reported uncaught errors or CSP violations. */
  failOnPageProblems?: boolean;
}

export interface SignedInApp {
  readonly browser: Browser;
  /** The file's signed-in page; it keeps its state from one test to the next. */
  readonly page: Page;
  /** Uncaught errors and CSP violations the page has reported so far. */
  readonly problems: string[];
  /** Where the app runs: the file's own server or the shared one. */
  readonly baseUrl: string;
  /** The e2e admin account on that server (null when the server has no accounts). */
  readonly user: Credentials | null;
}

/**
 * Registers the hooks of a browser test file: before all tests start the
 * server (when the file wants its own), launch Chromium, open a page and sign
 * in; after each test a screenshot when it failed; after all, close the
 * browser and stop the server. Call it inside `describe`; read the returned
 * object's fields in the tests, once the hooks have run.
 */
export function useSignedInApp(options: SignedInAppOptions = {}): SignedInApp {
  let server: IsolatedServer | undefined;
  let browser: Browser | undefined;
  let opened: { page: Page; problems: string[] } | undefined;
  const baseUrl = () => (server ? server.url : inject('baseUrl'));
  const admin = () => (server ? server.user : inject('user'));

  beforeAll(async () => {
    server = options.ownServer ? await startIsolatedServer() : undefined;
    browser = await launchBrowser();
    let account = admin();
    if (options.prepareAsAdmin) {
      const preparing = await newPage(browser, { baseUrl: baseUrl() });
      await signIn(preparing.page, account);
      account = await options.prepareAsAdmin(preparing.page);
      await preparing.page.context().close();
    }
    opened = await newPage(browser, { baseUrl: baseUrl(), width: options.width, height: options.height });
    await signIn(opened.page, account);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });
  afterEach(async (ctx) => {
    await screenshotOnFailure(opened?.page, ctx.task);
    if (options.failOnPageProblems) expect(ready().problems).toEqual([]);
  });

  function ready(): { browser: Browser; page: Page; problems: string[] } {
    if (!browser || !opened) throw new Error('The browser test hooks have not run (call useSignedInApp inside describe, read its fields inside tests)');
    return { browser, page: opened.page, problems: opened.problems };
  }
  return {
    get browser() {
      return ready().browser;
    },
    get page() {
      return ready().page;
    },
    get problems() {
      return ready().problems;
    },
    get baseUrl() {
      return baseUrl();
    },
    get user() {
      return admin();
    },
  };
}

/** Registers the hooks that launch Chromium before all tests of a file and close it afterwards (no page, nobody signed in). */
export function useBrowser(): { readonly browser: Browser } {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return {
    get browser() {
      if (!browser) throw new Error('The browser has not been launched (call useBrowser inside describe, read browser inside tests)');
      return browser;
    },
  };
}
