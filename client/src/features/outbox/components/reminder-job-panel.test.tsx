import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, screen } from '@testing-library/react';
import type { ReminderStatus, RunResult } from '@akkoord/shared/schemas/reminders';
import { mockApi, renderWithApp } from '../../../testing/render.tsx';
import { ReminderJobStatus, RunRemindersForm } from './reminder-job-panel.tsx';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const result: RunResult = {
  on: '2026-09-23',
  queued: { reminders: 4, messages: 2, byKind: { notice_deadline: 2, term_end: 1, review: 1 }, skipped: { acknowledged: 1, handled: 0, muted: 0, noRecipient: 0 } },
  delivery: { smtpConfigured: false, sent: 0, failed: 0, retrying: 0, pending: 2 },
  ms: 12,
};

describe('reminder job', () => {
  it('runs as of a chosen day and says what it queued and why nothing was sent', async () => {
    const calls = mockApi({ 'POST /api/reminders/run': () => ({ body: result }) });
    renderWithApp(<RunRemindersForm />);
    fireEvent.change(screen.getByLabelText('Plannen per datum'), { target: { value: '2026-09-23' } });
    fireEvent.click(screen.getByRole('button', { name: 'Nu uitvoeren' }));
    const alert = (await screen.findByText('Uitgevoerd voor 23 september 2026')).closest('[role="alert"]') as HTMLElement;
    expect(calls[0]).toMatchObject({ method: 'POST', path: '/api/reminders/run', body: { on: '2026-09-23' } });
    expect(alert.textContent).toContain('4 nieuwe herinneringen klaargezet, in 2 e-mails.');
    expect(alert.textContent).toContain('Opzegdatums: 2 · einde looptijd: 1 · evaluaties: 1.');
    expect(alert.textContent).toContain('1 al bevestigd');
    expect(alert.textContent).toContain('Er is geen mailserver ingesteld: 2 berichten staan klaar in de outbox.');
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
      outbox: { pending: 3, sending: 0, sent: 5, failed: 1 },
    };
    renderWithApp(<ReminderJobStatus status={status} />);
    expect(screen.getByText('elke dag om 07:00 (Europe/Amsterdam)')).toBeTruthy();
    expect(screen.getByText('voor 29 november 2026: 3 nieuwe herinneringen, 0 e-mails verzonden (volgens planning)')).toBeTruthy();
    expect(screen.getByText('geen mailserver ingesteld')).toBeTruthy();
    expect(screen.getByText('3 wachtend · 0 bezig · 5 verzonden · 1 mislukt')).toBeTruthy();
  });
});
