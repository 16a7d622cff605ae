import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { csrfHeaders, findAgreement } from './support/api.ts';
import { expectNoAxeViolations, openPage, waitForSkeletonGone } from './support/steps.ts';
import { useSignedInApp } from './support/suite.ts';

const SUBPROCESSOR = 'Subverwerkersovereenkomst VRT en RJ Security (RTR)';
const SECRET = 'Geheime verwerkersovereenkomst zorgkolom (ZVHT)';
const RTR_USER = { email: 'rtr.viewer@vrt.nl', password: 'een lang wachtwoord voor rtr' };

async function expectAccessible(page: Page) {
  await waitForSkeletonGone(page);
  await expectNoAxeViolations(page);
}

/**
 * A user limited to RTR opens a chain that runs into a ZVHT agreement: the
 * graph, the table and the agreement page show it as "outside your
 * collaborations", never by title and never as a link; axe on every view.
 */
describe.runIf(inject('chromium'))('a chain that leaves the user’s collaborations', () => {
  let subId: number;
  let secretId: number;
  // Adds an agreement, a relation and an account (a register of its own), then signs in as that account.
  const app = useSignedInApp({
    ownServer: true,
    failOnPageProblems: true,
    prepareAsAdmin: async (admin) => {
      const api = admin.request;
      const headers = await csrfHeaders(api);
      subId = (await findAgreement(api, SUBPROCESSOR)).id;
      const created = await api.post('/api/agreements', {
        headers,
        data: { type: 'processor', title: SECRET, collaborationCode: 'ZVHT', startDate: '2019-03-01', endDate: '2025-06-30', legalRegime: 'avg' },
      });
      expect(created.status()).toBe(201);
      secretId = ((await created.json()) as { id: number }).id;
      expect((await api.post(`/api/agreements/${secretId}/relations`, { headers, data: { kind: 'covers', otherAgreementId: subId } })).status()).toBe(201);
      expect((await api.post('/api/users', { headers, data: { email: RTR_USER.email, role: 'viewer', collaborationScope: ['RTR'], password: RTR_USER.password } })).status()).toBe(
        201,
      );
      return RTR_USER;
    },
  });

  it('draws the ZVHT cover as a grey box without title or link, and says why', async () => {
    await app.page.goto(`/agreements/${subId}/chain`);
    await app.page.locator('.akk-chain[data-layout="ready"] .akk-chain-svg').waitFor();
    const box = app.page.locator(`.akk-chain-svg [data-restricted="true"][data-agreement-id="${secretId}"]`);
    await expect(box.getAttribute('aria-label')).resolves.toContain(`Overeenkomst buiten uw samenwerkingsverbanden (nr. ${secretId})`);
    await expect(box.textContent()).resolves.toContain('geen inzage');
    await expect(app.page.locator(`a[href="/agreements/${secretId}"]`).count()).resolves.toBe(0);
    await app.page.getByText('hoort bij een samenwerkingsverband waartoe uw account geen toegang heeft').waitFor();
    await app.page.getByText('Overeenkomst buiten uw samenwerkingsverbanden (grijs, gestippelde rand, geen inzage)').waitFor();
    await expect(app.page.content()).resolves.not.toContain(SECRET);
    // The finding about the sub-processor agreement names the cover without its details.
    await app.page.locator('.akk-chain-finding', { hasText: 'die buiten uw samenwerkingsverbanden valt' }).first().waitFor();
    await expectAccessible(app.page);
  });

  it('lists it in the table view as a row that says so', async () => {
    await app.page.getByRole('button', { name: 'Tabel', exact: true }).click();
    const row = app.page.locator(`tr[data-agreement-id="${secretId}"]`);
    await expect(row.textContent()).resolves.toContain('Overeenkomst buiten uw samenwerkingsverbanden');
    await expect(app.page.locator(`a[href="/agreements/${secretId}"]`).count()).resolves.toBe(0);
    await expectAccessible(app.page);
  });

  it('names it among the relations of the sub-processor agreement without a link', async () => {
    await openPage(app.page, `/agreements/${subId}`, SUBPROCESSOR);
    await app.page.locator(`section[aria-labelledby="relations-title"] [data-restricted-agreement="${secretId}"]`).waitFor();
    await expect(app.page.locator(`a[href="/agreements/${secretId}"]`).count()).resolves.toBe(0);
    await expect(app.page.content()).resolves.not.toContain(SECRET);
    await expectAccessible(app.page);
  });
});
