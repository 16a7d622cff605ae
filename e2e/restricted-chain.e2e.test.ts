import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { describeViolations, launchBrowser, newPage, runAxe, screenshotOnFailure, signIn } from './support/browser.ts';
import { startIsolatedServer, type IsolatedServer } from './support/isolated-server.ts';

const SUBPROCESSOR = 'Subverwerkersovereenkomst VRT en RJ Security (RTR)';
const SECRET = 'Geheime verwerkersovereenkomst zorgkolom (ZVHT)';
const RTR_USER = { email: 'rtr.viewer@vrt.nl', password: 'een lang wachtwoord voor rtr' };

async function expectAccessible(page: Page) {
  await page.waitForFunction(() => !document.querySelector('.app-skeleton'));
  const violations = await runAxe(page);
  expect(violations, describeViolations(violations)).toEqual([]);
}

/**
 * A user limited to RTR opens a chain that runs into a ZVHT agreement: the
 * graph, the table and the agreement page show it as "outside your
 * collaborations", never by title and never as a link; axe on every view.
 */
describe.runIf(inject('chromium'))('a chain that leaves the user’s collaborations', () => {
  let server: IsolatedServer;
  let browser: Browser;
  let page: Page;
  let problems: string[];
  let subId: number;
  let secretId: number;

  beforeAll(async () => {
    // Adds an agreement, a relation and an account: a register of its own.
    server = await startIsolatedServer();
    browser = await launchBrowser();
    const admin = await newPage(browser, { baseUrl: server.url });
    await signIn(admin.page, server.user);
    const api = admin.page.request;
    const headers = { 'X-CSRF-Token': ((await (await api.get('/api/session')).json()) as { csrfToken: string }).csrfToken };
    const list = (await (await api.get('/api/agreements?limit=100')).json()) as { items: { id: number; title: string }[] };
    subId = list.items.find((a) => a.title === SUBPROCESSOR)!.id;
    const created = await api.post('/api/agreements', { headers, data: { type: 'processor', title: SECRET, collaborationCode: 'ZVHT', startDate: '2019-03-01', endDate: '2025-06-30', legalRegime: 'avg' } });
    expect(created.status()).toBe(201);
    secretId = ((await created.json()) as { id: number }).id;
    expect((await api.post(`/api/agreements/${secretId}/relations`, { headers, data: { kind: 'covers', otherAgreementId: subId } })).status()).toBe(201);
    expect((await api.post('/api/users', { headers, data: { email: RTR_USER.email, role: 'viewer', collaborationScope: ['RTR'], password: RTR_USER.password } })).status()).toBe(201);
    await admin.page.context().close();

    ({ page, problems } = await newPage(browser, { baseUrl: server.url }));
    await signIn(page, RTR_USER);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });
  afterEach(async (ctx) => {
    await screenshotOnFailure(page, ctx.task);
    expect(problems).toEqual([]);
  });

  it('draws the ZVHT cover as a grey box without title or link, and says why', async () => {
    await page.goto(`/agreements/${subId}/chain`);
    await page.locator('.akk-chain[data-layout="ready"] .akk-chain-svg').waitFor();
    const box = page.locator(`.akk-chain-svg [data-restricted="true"][data-agreement-id="${secretId}"]`);
    await expect(box.getAttribute('aria-label')).resolves.toContain(`Overeenkomst buiten uw samenwerkingsverbanden (nr. ${secretId})`);
    await expect(box.textContent()).resolves.toContain('geen inzage');
    await expect(page.locator(`a[href="/agreements/${secretId}"]`).count()).resolves.toBe(0);
    await page.getByText('hoort bij een samenwerkingsverband waartoe uw account geen toegang heeft').waitFor();
    await page.getByText('Overeenkomst buiten uw samenwerkingsverbanden (grijs, gestippelde rand, geen inzage)').waitFor();
    await expect(page.content()).resolves.not.toContain(SECRET);
    // The finding about the sub-processor agreement names the cover without its details.
    await page.locator('.akk-chain-finding', { hasText: 'die buiten uw samenwerkingsverbanden valt' }).first().waitFor();
    await expectAccessible(page);
  });

  it('lists it in the table view as a row that says so', async () => {
    await page.getByRole('button', { name: 'Tabel', exact: true }).click();
    const row = page.locator(`tr[data-agreement-id="${secretId}"]`);
    await expect(row.textContent()).resolves.toContain('Overeenkomst buiten uw samenwerkingsverbanden');
    await expect(page.locator(`a[href="/agreements/${secretId}"]`).count()).resolves.toBe(0);
    await expectAccessible(page);
  });

  it('names it among the relations of the sub-processor agreement without a link', async () => {
    await page.goto(`/agreements/${subId}`);
    await page.getByRole('heading', { level: 1, name: SUBPROCESSOR }).waitFor();
    await page.locator(`section[aria-labelledby="relations-title"] [data-restricted-agreement="${secretId}"]`).waitFor();
    await expect(page.locator(`a[href="/agreements/${secretId}"]`).count()).resolves.toBe(0);
    await expect(page.content()).resolves.not.toContain(SECRET);
    await expectAccessible(page);
  });
});
