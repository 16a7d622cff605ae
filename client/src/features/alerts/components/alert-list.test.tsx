import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import axe from 'axe-core';
import type { AlertItem } from '../api/list-alerts.ts';
import { mockApi, renderWithApp } from '../../../testing/render.tsx';
import { AlertList } from './alert-list.tsx';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const alert = (over: Partial<AlertItem>): AlertItem => ({
  key: 'notice:12:2027-03-31:90',
  kind: 'notice_deadline',
  severity: 'high',
  reasonCode: 'notice_deadline',
  dueDate: '2027-03-31',
  dueDay: '2027-03-31',
  daysLeft: 60,
  leadDays: 90,
  agreementId: 12,
  agreementTitle: 'Dienstverlening RTR',
  collaborationCode: 'RTR',
  ownerName: 'J. Jansen',
  explanation: [],
  acknowledgedAt: null,
  snoozedUntil: null,
  stateChangedAt: null,
  ...over,
});

async function axeViolations(container: HTMLElement) {
  const result = await axe.run(container, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }, rules: { 'color-contrast': { enabled: false } } });
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`);
}

describe('acting on an alert', () => {
  it('handles it, says so in a status toast with undo (focused), and undo reopens it', async () => {
    const calls = mockApi({ 'POST /api/alerts/acknowledge': () => ({ body: { updated: 1 } }), 'POST /api/alerts/reopen': () => ({ body: { updated: 1 } }) });
    const { container } = renderWithApp(<AlertList alerts={[alert({})]} canAct />);
    fireEvent.click(screen.getByRole('button', { name: 'Afhandelen' }));
    const status = screen.getByRole('status');
    const undo = await within(status).findByRole('button', { name: 'Ongedaan maken' });
    expect(status.textContent).toContain('1 signalering afgehandeld.');
    expect(document.activeElement).toBe(undo);
    expect(calls[0]).toMatchObject({ method: 'POST', path: '/api/alerts/acknowledge', body: { keys: ['notice:12:2027-03-31:90'] } });
    expect(await axeViolations(container.ownerDocument.body)).toEqual([]);
    fireEvent.click(undo);
    await vi.waitFor(() => expect(calls).toHaveLength(2));
    expect(calls[1]).toMatchObject({ path: '/api/alerts/reopen', body: { keys: ['notice:12:2027-03-31:90'] } });
    expect(await within(status).findByText(/Ongedaan gemaakt/)).toBeTruthy();
  });

  it('undoes a reopen by snoozing again until the same day', async () => {
    const calls = mockApi({ 'POST /api/alerts/reopen': () => ({ body: { updated: 1 } }), 'POST /api/alerts/snooze': () => ({ body: { updated: 1 } }) });
    renderWithApp(<AlertList alerts={[alert({ snoozedUntil: '2099-01-15', stateChangedAt: '2026-12-07T09:30:00.000Z' })]} canAct />);
    expect(screen.getByText(/Uitgesteld tot 15 januari 2099 \(door u op 7 december 2026/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Afhandelen' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Heropenen' }));
    fireEvent.click(await within(screen.getByRole('status')).findByRole('button', { name: 'Ongedaan maken' }));
    await vi.waitFor(() => expect(calls).toHaveLength(2));
    expect(calls[1]).toMatchObject({ path: '/api/alerts/snooze', body: { keys: ['notice:12:2027-03-31:90'], until: '2099-01-15' } });
  });

  it('shows who handled it and when, with reopen, and no actions for a viewer', async () => {
    const handled = alert({ acknowledgedAt: '2026-12-07T09:30:00.000Z', stateChangedAt: '2026-12-07T09:30:00.000Z' });
    const { container } = renderWithApp(<AlertList alerts={[handled]} canAct />);
    expect(screen.getByText(/Afgehandeld door u op 7 december 2026/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Heropenen' })).toBeTruthy();
    expect(await axeViolations(container)).toEqual([]);
    cleanup();
    renderWithApp(<AlertList alerts={[handled]} canAct={false} />);
    expect(screen.queryByRole('button')).toBeNull();
  });
});
