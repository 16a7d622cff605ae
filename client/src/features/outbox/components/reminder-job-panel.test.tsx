import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { todayInAmsterdam } from '../../../lib/format/dates.ts';
import type { ReminderStatus, RunResult } from '@akkoord/shared/schemas/reminders';
import { mockApi, renderWithApp } from '../../../testing/render.tsx';
import { ReminderJobStatus, RunRemindersForm } from './reminder-job-panel.tsx';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const result: RunResult = {
  on: '2026-09-23',
  dryRun: false,
  preview: null,
  queued: { reminders: 4, messages: 2, byKind: { notice_deadline: 2, term_end: 1, review: 1 }, skipped: { acknowledged: 1, handled: 0, muted: 0, noRecipient: 0 } },
  delivery: { smtpConfigured: false, sent: 0, failed: 0, retrying: 0, pending: 2 },
  ms: 12,
};

describe('reminder job', () => {
  it('runs for today when today is chosen and says what it queued and why nothing was sent', async () => {
    const calls = mockApi({ 'POST /api/reminders/run': () => ({ body: result }) });
    renderWithApp(<RunRemindersForm />);
    fireEvent.change(screen.getByLabelText('Plannen per datum'), { target: { value: todayInAmsterdam() } });
    fireEvent.click(screen.getByRole('button', { name: 'Nu uitvoeren' }));
    const alert = (await screen.findByText('Uitgevoerd voor 23 september 2026')).closest('[role="alert"]') as HTMLElement;
    expect(calls[0]).toMatchObject({ method: 'POST', path: '/api/reminders/run', body: {} });
    expect(alert.textContent).toContain('4 nieuwe herinneringen klaargezet, in 2 e-mails.');
    expect(alert.textContent).toContain('Opzegdatums: 2 · einde looptijd: 1 · evaluaties: 1.');
    expect(alert.textContent).toContain('1 al bevestigd');
    expect(alert.textContent).toContain('Er is geen mailserver ingesteld: 2 berichten staan klaar in de outbox.');
  });

  it('previews another day: shows recipients, subjects, agreements and dates, and queues nothing', async () => {
    const preview: RunResult = {
      ...result,
      on: '2027-03-01',
      dryRun: true,
      queued: { ...result.queued, reminders: 2, messages: 1 },
      preview: [
        {
          to: 'juridisch@vrt.nl',
          locale: 'nl',
          subject: 'Herinnering: opzegdatum 30-09-2027 – Verwerkersovereenkomst politie en VRT (RTR)',
          sequence: 1,
          extendsMessageId: null,
          reminders: [
            {
              agreementId: 8,
              title: 'Verwerkersovereenkomst politie en VRT',
              kind: 'notice_deadline',
              deadline: '2027-09-30',
              deadlineDay: '2027-09-30',
              offsetDays: 30,
              isEscalation: false,
              reasons: ['owner'],
            },
            {
              agreementId: 9,
              title: 'Subverwerkersovereenkomst RJ Security',
              kind: 'term_end',
              deadline: '2027',
              deadlineDay: '2027-01-01',
              offsetDays: 90,
              isEscalation: true,
              reasons: ['deputy'],
            },
          ],
        },
      ],
    };
    const calls = mockApi({ 'GET /api/reminders/preview': () => ({ body: preview }) });
    renderWithApp(<RunRemindersForm />);
    fireEvent.change(screen.getByLabelText('Plannen per datum'), { target: { value: '2027-03-01' } });
    expect(screen.queryByRole('button', { name: 'Nu uitvoeren' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Voorbeeld tonen' }));
    const alert = (await screen.findByText('Voorbeeld voor 1 maart 2027: er is niets klaargezet of verzonden')).closest('[role="alert"]') as HTMLElement;
    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatchObject({ method: 'GET', path: '/api/reminders/preview?on=2027-03-01' });
    expect(alert.textContent).toContain('Op die dag zouden 2 herinneringen worden klaargezet, in 1 e-mail.');
    const table = within(alert).getByRole('table', { name: 'E-mails die de taak op die dag zou versturen' });
    expect(within(table).getByText('juridisch@vrt.nl')).toBeTruthy();
    expect(within(table).getByText(/^Herinnering: opzegdatum 30-09-2027/)).toBeTruthy();
    expect(within(table).getByRole('link', { name: 'Verwerkersovereenkomst politie en VRT' }).getAttribute('href')).toBe('/agreements/8');
    expect(table.textContent).toContain('Opzegdatum 30 september 2027, 30 dagen vooraf');
    expect(table.textContent).toContain('Einde looptijd 2027, 90 dagen vooraf');
    expect(table.textContent).toContain('escalatie');
  });

  it('says so when a previewed day would send nothing', async () => {
    mockApi({
      'GET /api/reminders/preview': () => ({ body: { ...result, on: '2027-03-02', dryRun: true, preview: [], queued: { ...result.queued, reminders: 0, messages: 0 } } }),
    });
    renderWithApp(<RunRemindersForm />);
    fireEvent.change(screen.getByLabelText('Plannen per datum'), { target: { value: '2027-03-02' } });
    fireEvent.click(screen.getByRole('button', { name: 'Voorbeeld tonen' }));
    expect(await screen.findByText('Op die dag zou er geen herinnering worden verstuurd.')).toBeTruthy();
  });

  it('runs for today when no day is given', async () => {
    const calls = mockApi({ 'POST /api/reminders/run': () => ({ body: result }) });
    renderWithApp(<RunRemindersForm />);
    fireEvent.click(screen.getByRole('button', { name: 'Nu uitvoeren' }));
    await screen.findByText(/Uitgevoerd voor/);
    expect(calls[0]!.body).toEqual({});
  });

  it('shows the schedule, the last run and that mail stays in the outbox without SMTP', () => {
    const status: ReminderStatus = {
      timeZone: 'Europe/Amsterdam',
      reminderTime: '07:00',
      scheduled: true,
      nextRunAt: '2026-11-30T06:00:00.000Z',
      lastRun: { at: '2026-11-29T06:00:00.000Z', on: '2026-11-29', queued: 3, sent: 0, trigger: 'schedule' },
      smtp: { configured: false, host: null, from: 'Akkoord <akkoord@localhost>' },
      outbox: { pending: 3, sending: 0, sent: 5, failed: 1, cancelled: 2 },
    };
    renderWithApp(<ReminderJobStatus status={status} />);
    expect(screen.getByText('elke dag om 07:00 (Europe/Amsterdam)')).toBeTruthy();
    expect(screen.getByText('voor 29 november 2026: 3 nieuwe herinneringen, 0 e-mails verzonden (volgens planning)')).toBeTruthy();
    expect(screen.getByText('geen mailserver ingesteld')).toBeTruthy();
    expect(screen.getByText('3 wachtend · 0 bezig · 5 verzonden · 1 mislukt · 2 geannuleerd')).toBeTruthy();
  });
});
