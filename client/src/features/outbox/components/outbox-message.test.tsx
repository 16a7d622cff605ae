import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import type { OutboxMessage } from '@akkoord/shared/schemas/reminders';
import { mockApi, renderWithApp } from '../../../testing/render.tsx';
import { OutboxBody, OutboxEnvelope } from './outbox-message-view.tsx';
import { CancelMessageButton } from './cancel-message-button.tsx';
import { ResendButton } from './resend-button.tsx';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const failed: OutboxMessage = {
  id: 3,
  to: 'juridisch@vrt.nl',
  locale: 'nl',
  digestDay: '2026-09-23',
  sequence: 1,
  subject: 'Herinnering: opzegdatum 30 september 2026 – Verwerkersovereenkomst politie en VRT (RTR)',
  status: 'failed',
  attempts: 6,
  nextAttemptAt: null,
  lastAttemptAt: '2026-09-23T10:00:00.000Z',
  sentAt: null,
  smtpResponse: '550 5.1.1 Mailbox unavailable',
  lastError: '550 5.1.1 Mailbox unavailable',
  itemCount: 1,
  firstDueDay: '2026-09-30',
  messageId: '<r-3@akkoord.local>',
  createdAt: '2026-09-23T05:00:00.000Z',
  cancelled: null,
  text: 'Beste collega,\n\nDe opzegdatum nadert.',
  html: '<p>De opzegdatum nadert.</p>',
  attemptLog: [],
  items: [],
};

describe('outgoing message', () => {
  it('says why it failed', () => {
    renderWithApp(<OutboxEnvelope message={failed} />);
    expect(screen.getByText('mislukt')).toBeTruthy();
    expect(screen.getByText('550 5.1.1 Mailbox unavailable')).toBeTruthy();
  });

  it('shows the HTML in a fully sandboxed frame from the preview route, and the text as sent', () => {
    renderWithApp(<OutboxBody message={failed} />);
    const frame = screen.getByTitle(`E-mail: ${failed.subject}`);
    expect(frame.getAttribute('src')).toBe('/api/outbox/3/preview');
    expect(frame.getAttribute('sandbox')).toBe('');
    expect(screen.getByText(/De opzegdatum nadert\./).tagName).toBe('PRE');
  });

  it('sends a failed message again and says whether it went out', async () => {
    const calls = mockApi({ 'POST /api/outbox/3/resend': () => ({ body: { ...failed, status: 'sent', sentAt: '2026-09-23T11:00:00.000Z' } }) });
    renderWithApp(<ResendButton message={failed} />);
    fireEvent.click(screen.getByRole('button', { name: 'Opnieuw verzenden' }));
    await screen.findByText('Het bericht is opnieuw verzonden.');
    expect(calls[0]).toMatchObject({ method: 'POST', path: '/api/outbox/3/resend' });
  });

  it('offers no resend for a message that did not fail', () => {
    renderWithApp(<ResendButton message={{ ...failed, status: 'pending' }} />);
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('cancels a queued message after a confirmation that says it cannot be undone', async () => {
    const pending: OutboxMessage = { ...failed, status: 'pending', attempts: 0, lastError: null, smtpResponse: null };
    const calls = mockApi({
      'POST /api/outbox/3/cancel': () => ({ body: { ...pending, status: 'cancelled', cancelled: { at: '2026-09-23T08:00:00.000Z', by: 'beheerder@akkoord.local' } } }),
    });
    renderWithApp(<CancelMessageButton message={pending} />);
    fireEvent.click(screen.getByRole('button', { name: 'Bericht annuleren' }));
    const dialog = screen.getByRole('dialog', { name: 'Dit bericht annuleren?' });
    expect(dialog.textContent).toContain('Het bericht aan juridisch@vrt.nl wordt niet verzonden');
    expect(dialog.textContent).toContain('kan niet ongedaan worden gemaakt');
    expect(calls).toHaveLength(0);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Bericht annuleren' }));
    await screen.findByText('Het bericht is geannuleerd en wordt niet verzonden.');
    expect(calls[0]).toMatchObject({ method: 'POST', path: '/api/outbox/3/cancel' });
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it("shows the server's refusal in the dialog when the message went out meanwhile", async () => {
    const pending: OutboxMessage = { ...failed, status: 'pending' };
    mockApi({
      'POST /api/outbox/3/cancel': () => ({
        status: 409,
        body: { type: 'about:blank', title: 'Conflict', status: 409, code: 'conflict', detail: 'Een bericht dat verzonden is kan niet meer worden geannuleerd' },
      }),
    });
    renderWithApp(<CancelMessageButton message={pending} />);
    fireEvent.click(screen.getByRole('button', { name: 'Bericht annuleren' }));
    const dialog = screen.getByRole('dialog', { name: 'Dit bericht annuleren?' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Bericht annuleren' }));
    expect(await within(dialog).findByText('Een bericht dat verzonden is kan niet meer worden geannuleerd')).toBeTruthy();
  });

  it('offers no cancelling for a message on its way, sent or cancelled, and says who cancelled one and when', () => {
    for (const status of ['sending', 'sent', 'cancelled'] as const) {
      renderWithApp(<CancelMessageButton message={{ ...failed, status }} />);
      expect(screen.queryByRole('button')).toBeNull();
      cleanup();
    }
    renderWithApp(<OutboxEnvelope message={{ ...failed, status: 'cancelled', cancelled: { at: '2026-09-23T08:00:00.000Z', by: 'beheerder@akkoord.local' } }} />);
    expect(screen.getByText('geannuleerd')).toBeTruthy();
    expect(screen.getByText(/^geannuleerd door beheerder@akkoord\.local op 23 september 2026 \d\d:00$/)).toBeTruthy();
  });
});
