import { describe, expect, inject, it } from 'vitest';
import { csrfHeaders, findAgreement } from './support/api.ts';
import { expectAccessible, openPage } from './support/steps.ts';
import { useSignedInApp } from './support/suite.ts';

const TITLE = 'Dienstverleningsovereenkomst ZVHT';
const today = () => new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Amsterdam' });

/**
 * Issue 19, journey 1: lifecycle facts typed into the edit form (Dutch dates)
 * on a seeded agreement → its notice deadline and alert → start a renewal (confirmation) → a reminder run still
 * queues the reminder → record "renew" → activate the successor → the old one
 * "verlengd", the new one active with its own deadline and its own reminders.
 */
describe.runIf(inject('chromium'))('renewal journey', () => {
  const app = useSignedInApp({ ownServer: true });
  let id = 0;

  it('fills the lifecycle facts from a signed copy in the edit form (Dutch dates): the deadline and its alert appear', async () => {
    const { page } = app;
    const a = await findAgreement(page.request, TITLE);
    id = a.id;
    await openPage(page, `/agreements/${id}`, TITLE);
    await page.getByRole('link', { name: 'Bewerken' }).click();
    await page.waitForURL(`**/agreements/${id}/edit`);

    // A term ending in 60 days with a month's notice: the deadline is about 30 days away, inside the 90-day reminder window.
    const end = new Date(Date.now() + 60 * 86_400_000);
    const endTyped = `${end.getUTCDate()}-${end.getUTCMonth() + 1}-${end.getUTCFullYear()}`;
    const endRead = end.toLocaleDateString('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    const startField = page.getByLabel('Ingangsdatum', { exact: true });
    await startField.fill('1 maart 2023');
    await startField.locator('..').getByText('1 maart 2023', { exact: true }).waitFor();
    const endField = page.getByLabel('Einddatum', { exact: true });
    await endField.fill(endTyped);
    await endField.locator('..').getByText(endRead, { exact: true }).waitFor();
    await page.getByLabel('Looptijd', { exact: true }).selectOption({ label: 'bepaalde tijd' });
    await page.getByLabel('Opzegtermijn', { exact: true }).fill('1');
    await page.getByLabel('Opzegtermijn: eenheid', { exact: true }).selectOption({ label: 'maanden' });
    await page.getByLabel('Stilzwijgende verlenging', { exact: true }).selectOption({ label: 'ja, stilzwijgend verlengd' });
    await page.getByLabel('Verlengingsperiode', { exact: true }).fill('1');
    await page.getByLabel('Verlengingsperiode: eenheid', { exact: true }).selectOption({ label: 'jaren' });
    await page.getByLabel('Eigenaar', { exact: true }).fill('Juridische zaken');
    await page.getByLabel('E-mail eigenaar', { exact: true }).fill('juridisch@vrt.nl');
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();

    await page.waitForURL((url) => url.pathname === `/agreements/${id}`);
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    const saved = (await (await page.request.get(`/api/agreements/${id}`)).json()) as Record<string, unknown>;
    expect(saved).toMatchObject({
      startDate: '2023-03-01',
      endDate: end.toISOString().slice(0, 10),
      termKind: 'fixed',
      noticePeriod: { value: 1, unit: 'month' },
      tacitRenewal: true,
      renewalPeriod: { value: 1, unit: 'year' },
      ownerName: 'Juridische zaken',
      ownerEmail: 'juridisch@vrt.nl',
    });
    expect(saved.noticeDeadline).toEqual(expect.any(String));
    await page.getByText('Uiterste opzegdatum').first().waitFor();
    await page.getByRole('region', { name: 'Signaleringen' }).getByText(/opzeg/i).first().waitFor();
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
    // The panel says where the renewal stands; the alerts region may say the same of the deadline once it refreshes.
    await app.page
      .getByRole('region', { name: 'Verlenging' })
      .getByText(/Verlenging gestart — besluit vóór/)
      .waitFor();
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
    const old = (await (await app.page.request.get(`/api/agreements/${id}`)).json()) as {
      status: string;
      relations: { kind: string; direction: string; otherAgreementId: number }[];
    };
    expect(old.status).toBe('renewed');
    await app.page.getByText('Verlengd').first().waitFor();

    const successorId = old.relations.find((r) => r.kind === 'renews' && r.direction === 'incoming')!.otherAgreementId;
    const successor = (await (await app.page.request.get(`/api/agreements/${successorId}`)).json()) as {
      status: string;
      workflowState: string;
      noticeDeadline: string | null;
      title: string;
    };
    expect(successor.workflowState).toBe('active');
    expect(successor.noticeDeadline).not.toBeNull();
    expect(successor.title).toMatch(/— verlenging \d{4}$/);
    await openPage(app.page, `/agreements/${successorId}`, successor.title);
    await expectAccessible(app.page);
  });

  it('gives the activated successor its own notice reminders', async () => {
    const api = app.page.request;
    const old = (await (await api.get(`/api/agreements/${id}`)).json()) as { relations: { kind: string; direction: string; otherAgreementId: number }[] };
    const successorId = old.relations.find((r) => r.kind === 'renews' && r.direction === 'incoming')!.otherAgreementId;
    const successor = (await (await api.get(`/api/agreements/${successorId}`)).json()) as { noticeDeadline: string };
    // 20 days before the successor's notice deadline (a year on): a run as of that day is a preview of what it would queue.
    const on = new Date(Date.parse(`${successor.noticeDeadline}T00:00:00Z`) - 20 * 86_400_000).toISOString().slice(0, 10);
    const res = await api.post('/api/reminders/run', { headers: await csrfHeaders(api), data: { on } });
    expect(res.status()).toBe(200);
    const body = (await res.json()) as { dryRun: boolean; preview: { to: string; reminders: { agreementId: number; kind: string; deadlineDay: string }[] }[] };
    expect(body.dryRun).toBe(true);
    const forSuccessor = body.preview.flatMap((m) => m.reminders.map((r) => ({ ...r, to: m.to }))).filter((r) => r.agreementId === successorId);
    expect(forSuccessor).toContainEqual(expect.objectContaining({ kind: 'notice_deadline', deadlineDay: successor.noticeDeadline, to: 'juridisch@vrt.nl' }));
    // The renewed original no longer reminds anyone of its own, passed deadline.
    expect(body.preview.flatMap((m) => m.reminders).filter((r) => r.agreementId === id)).toEqual([]);
  });
});
