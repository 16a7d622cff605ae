import { describe, expect, inject, it } from 'vitest';
import { csrfHeaders, findAgreement } from './support/api.ts';
import { expectAccessible, expectNoAxeViolations } from './support/steps.ts';
import { useSignedInApp } from './support/suite.ts';

const PROCESSOR = 'Verwerkersovereenkomst politie en VRT (RTR)';
const LEGAL = { email: 'jurist@vrt.nl', password: 'een lang wachtwoord voor de jurist' };
const NEW_PARTY = 'Camerabeheer Twente B.V.';

/**
 * Journey 3 of issue 19: a legal advisor, editing an agreement, adds a
 * counterparty that is not in the register yet from the party picker; it is
 * chosen at once and, saved, appears among the parties. A duplicate is
 * refused and the existing organisation offered instead.
 */
describe.runIf(inject('chromium'))('a legal advisor adds a new counterparty from the party picker', () => {
  let agreementId: number;
  const app = useSignedInApp({
    ownServer: true,
    failOnPageProblems: true,
    prepareAsAdmin: async (admin) => {
      const api = admin.request;
      agreementId = (await findAgreement(api, PROCESSOR)).id;
      expect((await api.post('/api/users', { headers: await csrfHeaders(api), data: { email: LEGAL.email, role: 'legal', password: LEGAL.password } })).status()).toBe(201);
      return LEGAL;
    },
  });

  it('creates the organisation in a small dialog and finds it chosen for the new party', async () => {
    const page = app.page;
    await page.goto(`/agreements/${agreementId}/edit`);
    await page.getByRole('heading', { level: 1, name: PROCESSOR }).waitFor();
    const parties = page.locator('fieldset.app-party-fieldset');
    const before = await parties.count();
    await page.getByRole('button', { name: 'Partij toevoegen' }).click();
    const n = before + 1;
    await page.getByRole('button', { name: `Nieuwe organisatie voor partij ${n}` }).click();
    const dialog = page.getByRole('dialog', { name: 'Nieuwe organisatie' });
    await dialog.waitFor();
    await expectNoAxeViolations(page);
    // Keyboard: the first field is reachable and the dialog is modal.
    await dialog.getByLabel(/^Naam/).fill(NEW_PARTY);
    await dialog.getByLabel(/^Soort organisatie/).selectOption('private_company');
    await dialog.getByLabel(/^KvK-nummer/).fill('123');
    await dialog.getByRole('button', { name: 'Organisatie toevoegen' }).click();
    await dialog.getByText('Een KvK-nummer heeft precies 8 cijfers').waitFor();
    await dialog.getByLabel(/^KvK-nummer/).fill('1234 5678');
    await dialog.getByRole('button', { name: 'Organisatie toevoegen' }).click();
    await dialog.waitFor({ state: 'hidden' });
    const select = parties.nth(n - 1).getByLabel(/^Organisatie/);
    await expect(select.evaluate((s: HTMLSelectElement) => s.selectedOptions[0]?.textContent)).resolves.toBe(NEW_PARTY);
    await page.getByRole('status').getByText(`Organisatie ${NEW_PARTY} toegevoegd en gekozen`).waitFor();
  });

  it('is offered the existing organisation instead of a duplicate', async () => {
    const page = app.page;
    const parties = page.locator('fieldset.app-party-fieldset');
    await page.getByRole('button', { name: 'Partij toevoegen' }).click();
    const n = await parties.count();
    await page.getByRole('button', { name: `Nieuwe organisatie voor partij ${n}` }).click();
    const dialog = page.getByRole('dialog', { name: 'Nieuwe organisatie' });
    await dialog.getByLabel(/^Naam/).fill('camerabeheer  twente');
    await dialog.getByLabel(/^Soort organisatie/).selectOption('other');
    await dialog.getByRole('button', { name: 'Organisatie toevoegen' }).click();
    await dialog.getByRole('alert').getByText('Deze organisatie bestaat al').waitFor();
    await expectNoAxeViolations(page);
    await dialog.getByRole('button', { name: `${NEW_PARTY} kiezen` }).click();
    await dialog.waitFor({ state: 'hidden' });
    await expect(
      parties
        .nth(n - 1)
        .getByLabel(/^Organisatie/)
        .evaluate((s: HTMLSelectElement) => s.selectedOptions[0]?.textContent),
    ).resolves.toBe(NEW_PARTY);
    // Not needed twice: this party goes again.
    await page.getByRole('button', { name: `Partij ${n} verwijderen` }).click();
  });

  it('saves the agreement and sees the new counterparty among its parties, with a link to its page', async () => {
    const page = app.page;
    await page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    const table = page.getByRole('table', { name: 'Partijen en rollen' });
    await table.waitFor();
    await table.getByRole('link', { name: NEW_PARTY }).waitFor();
    await expectAccessible(page);
    await table.getByRole('link', { name: NEW_PARTY }).click();
    await page.getByRole('heading', { level: 1, name: NEW_PARTY }).waitFor();
    await page.getByText('12345678').waitFor();
    await page.getByRole('link', { name: PROCESSOR }).first().waitFor();
    await expectAccessible(page);
  });
});
