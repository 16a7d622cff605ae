import { describe, expect, inject, it } from 'vitest';
import { csrfHeaders, findAgreement } from './support/api.ts';
import { expectAccessible, openPage } from './support/steps.ts';
import { useSignedInApp } from './support/suite.ts';

const TITLE = 'Bestuursovereenkomst Platform IVZ';

/** Issue 19, journey 2: give notice → still in force until the last day → withdraw it. */
describe.runIf(inject('chromium'))('notice journey', () => {
  const app = useSignedInApp({ ownServer: true });
  let id = 0;

  it('gives notice in a dialog that shows the last day; the agreement stays in force', async () => {
    const api = app.page.request;
    const a = await findAgreement(api, TITLE);
    id = a.id;
    const res = await api.patch(`/api/agreements/${id}`, {
      headers: await csrfHeaders(api),
      data: {
        version: a.version,
        startDate: '2024-01-01',
        endDate: '2027-12-31',
        termKind: 'fixed',
        noticePeriod: { value: 3, unit: 'month' },
        tacitRenewal: true,
        renewalPeriod: { value: 1, unit: 'year' },
      },
    });
    expect(res.status()).toBe(200);
    await openPage(app.page, `/agreements/${id}`, TITLE);
    await app.page.getByRole('button', { name: 'Opzegging vastleggen' }).click();
    const dialog = app.page.getByRole('dialog');
    await dialog.getByLabel(/Datum waarop is opgezegd/).fill('1-3-2025');
    await dialog.getByText(/Laatste dag: 31 december 2027/).waitFor();
    await expectAccessible(app.page);
    await dialog.getByRole('button', { name: 'Opzegging vastleggen' }).click();
    await app.page.getByRole('heading', { name: 'Opgezegd per 31 december 2027' }).waitFor();
    const saved = (await (await api.get(`/api/agreements/${id}`)).json()) as { status: string; terminationDate: string };
    expect(saved).toMatchObject({ status: 'active', terminationDate: '2027-12-31' });
    await expectAccessible(app.page);
  });

  it('withdraws the notice after confirming', async () => {
    await app.page.getByRole('button', { name: 'Opzegging intrekken' }).click();
    await app.page.getByRole('dialog').getByRole('button', { name: 'Opzegging intrekken' }).click();
    await app.page.getByText('Opzegging ingetrokken.').waitFor();
    const saved = (await (await app.page.request.get(`/api/agreements/${id}`)).json()) as { workflowState: string; noticeGivenDate: string | null; noticeDeadline: string | null };
    expect(saved).toMatchObject({ workflowState: 'active', noticeGivenDate: null, noticeDeadline: '2027-09-30' });
  });
});
