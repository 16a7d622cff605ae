import { describe, expect, inject, it } from 'vitest';
import { csrfHeaders, findAgreement } from './support/api.ts';
import { expectAccessible, openPage } from './support/steps.ts';
import { useSignedInApp } from './support/suite.ts';

const TITLE = 'Dienstverleningsovereenkomst ZVHT';
const today = () => new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Amsterdam' });

/**
 * Issue 19, journey 1: lifecycle facts on a seeded agreement → its notice
 * deadline and alert → start a renewal (confirmation) → a reminder run still
 * queues the reminder → record "renew" → activate the successor → the old one
 * "verlengd", the new one active with its own deadline.
 */
describe.runIf(inject('chromium'))('renewal journey', () => {
  const app = useSignedInApp({ ownServer: true });
  let id = 0;

  it('gives the agreement lifecycle facts: the deadline and its alert appear', async () => {
    const api = app.page.request;
    const a = await findAgreement(api, TITLE);
    id = a.id;
    // A term ending in 60 days with a month's notice: the deadline is about 30 days away, inside the 90-day reminder window.
    const end = new Date(Date.now() + 60 * 86_400_000).toISOString().slice(0, 10);
    const res = await api.patch(`/api/agreements/${id}`, {
      headers: await csrfHeaders(api),
      data: { version: a.version, startDate: '2024-01-01', endDate: end, termKind: 'fixed', noticePeriod: { value: 1, unit: 'month' }, tacitRenewal: true, renewalPeriod: { value: 1, unit: 'year' }, ownerName: 'Juridische zaken', ownerEmail: 'juridisch@vrt.nl' },
    });
    expect(res.status()).toBe(200);
    await openPage(app.page, `/agreements/${id}`, TITLE);
    await app.page.getByText('Uiterste opzegdatum').first().waitFor();
    await app.page.getByRole('region', { name: 'Signaleringen' }).getByText(/opzeg/i).first().waitFor();
  });

  it('starts a renewal after confirming what will be created', async () => {
    await app.page.getByRole('button', { name: 'Verlenging starten' }).click();
    const dialog = app.page.getByRole('dialog');
    const title = dialog.getByLabel(/Titel van de opvolger/);
    expect(await title.inputValue()).toMatch(new RegExp(`^${TITLE} — verlenging \\d{4}$`));
    await dialog.getByText('1 jaar (de verlengingsperiode)').waitFor();
    await expectAccessible(app.page);
    await dialog.getByRole('button', { name: 'Verlenging starten' }).click();
    await app.page.getByRole('heading', { name: 'Verlenging', level: 2 }).waitFor();
    await app.page.getByText(/Verlenging gestart — besluit vóór/).waitFor();
    await expectAccessible(app.page);
  });

  it('still queues the notice reminder on a reminder run before the deadline', async () => {
    const api = app.page.request;
    const res = await api.post('/api/reminders/run', { headers: await csrfHeaders(api), data: { on: today() } });
    expect(res.status()).toBe(200);
    const body = (await res.json()) as { queued: { byKind: { notice_deadline: number } } };
    expect(body.queued.byKind.notice_deadline).toBeGreaterThanOrEqual(1);
  });

  it('records "renew", activates the successor: the old one renewed, the new one active with its own deadline', async () => {
    await app.page.getByRole('button', { name: 'Besluit vastleggen' }).click();
    const decision = app.page.getByRole('dialog');
    await decision.getByLabel('Verlengen').check();
    await decision.getByRole('button', { name: 'Besluit vastleggen' }).click();
    await app.page.getByText('Besluit vastgelegd: Verlengen').first().waitFor();

    await app.page.getByRole('button', { name: 'Opvolger activeren' }).click();
    await app.page.getByRole('dialog').getByRole('button', { name: 'Opvolger activeren' }).click();
    await app.page.getByText(/is geactiveerd/).waitFor();
    const old = (await (await app.page.request.get(`/api/agreements/${id}`)).json()) as { status: string; relations: { kind: string; direction: string; otherAgreementId: number }[] };
    expect(old.status).toBe('renewed');
    await app.page.getByText('Verlengd').first().waitFor();

    const successorId = old.relations.find((r) => r.kind === 'renews' && r.direction === 'incoming')!.otherAgreementId;
    const successor = (await (await app.page.request.get(`/api/agreements/${successorId}`)).json()) as { status: string; workflowState: string; noticeDeadline: string | null; title: string };
    expect(successor.workflowState).toBe('active');
    expect(successor.noticeDeadline).not.toBeNull();
    expect(successor.title).toMatch(/— verlenging \d{4}$/);
    await openPage(app.page, `/agreements/${successorId}`, successor.title);
    await expectAccessible(app.page);
  });
});
