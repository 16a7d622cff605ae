import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import type { Follower, Followers } from '@akkoord/shared/schemas/reminders';
import { setCsrfToken } from '../../../lib/api-client.ts';
import { mockApi, renderWithApp } from '../../../testing/render.tsx';
import { FollowPanel } from './follow-panel.tsx';

const me: Follower = { recipientId: 1, email: 'jurist@vrt.nl', kind: 'user', label: null, isMe: true, since: '2026-11-29T07:00:00.000Z' };
const team: Follower = { recipientId: 2, email: 'juridisch@vrt.nl', kind: 'address', label: 'Juridische Zaken', isMe: false, since: '2026-11-29T07:00:00.000Z' };
const followers = (list: Follower[]): Followers => ({ subjectKind: 'agreement', subjectId: 8, followers: list });

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  setCsrfToken(null);
});

describe('follow panel', () => {
  it('follows as yourself with an empty body and the CSRF token, then offers to unfollow', async () => {
    setCsrfToken('token-1');
    const calls = mockApi({
      'GET /api/agreements/8/followers': () => ({ body: followers([team]) }),
      'POST /api/agreements/8/followers': () => ({ body: followers([me, team]) }),
    });
    renderWithApp(<FollowPanel subject={{ kind: 'agreement', id: 8 }} canFollow canManage={false} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Volgen' }));
    await screen.findByRole('button', { name: 'Niet meer volgen' });
    const post = calls.find((c) => c.method === 'POST')!;
    expect(post.body).toEqual({});
    expect(post.headers['X-CSRF-Token']).toBe('token-1');
    expect(screen.getByRole('heading', { name: '2 volgers' })).toBeTruthy();
    expect(screen.getAllByText('U volgt deze overeenkomst.').length).toBeGreaterThan(0);
    // Only admin and legal manage team mailboxes.
    expect(screen.queryByText('Teamadres toevoegen')).toBeNull();
  });

  it('shows no follow button to someone who may only read (a viewer)', async () => {
    mockApi({ 'GET /api/collaborations/RTR/followers': () => ({ body: { ...followers([team]), subjectKind: 'collaboration' } }) });
    renderWithApp(<FollowPanel subject={{ kind: 'collaboration', code: 'RTR' }} canFollow={false} canManage={false} />);
    await screen.findByText('Juridische Zaken (juridisch@vrt.nl)', { selector: '.app-break' });
    expect(screen.queryByRole('button', { name: 'Volgen' })).toBeNull();
    expect(screen.queryByRole('button', { name: /Verwijderen/ })).toBeNull();
  });

  it('removes a follower at once and puts it back when the server refuses', async () => {
    let release: (a: { status: number; body: unknown }) => void = () => undefined;
    mockApi({
      'GET /api/agreements/8/followers': () => ({ body: followers([me, team]) }),
      'DELETE /api/agreements/8/followers/2': () => new Promise((resolve) => (release = resolve)),
    });
    renderWithApp(<FollowPanel subject={{ kind: 'agreement', id: 8 }} canFollow canManage />);
    fireEvent.click(await screen.findByRole('button', { name: 'Verwijderen Juridische Zaken (juridisch@vrt.nl)' }));
    await vi.waitFor(() => expect(screen.queryByText('Juridische Zaken (juridisch@vrt.nl)', { selector: '.app-break' })).toBeNull());
    release({ status: 403, body: { type: 'about:blank', title: 'Forbidden', status: 403, code: 'forbidden', detail: 'Geen toegang' } });
    await screen.findByText('Juridische Zaken (juridisch@vrt.nl)', { selector: '.app-break' });
    expect(within(screen.getByRole('alert')).getByText('U hebt geen toegang tot deze gegevens.')).toBeTruthy();
  });

  it('adds a team mailbox, refusing a malformed address before asking the server', async () => {
    const calls = mockApi({
      'GET /api/agreements/8/followers': () => ({ body: followers([]) }),
      'POST /api/agreements/8/followers': () => ({ body: followers([team]) }),
    });
    renderWithApp(<FollowPanel subject={{ kind: 'agreement', id: 8 }} canFollow canManage />);
    await screen.findByText(/Niemand volgt deze overeenkomst/);
    fireEvent.change(screen.getByLabelText('E-mailadres'), { target: { value: 'geen-adres' } });
    fireEvent.click(screen.getByRole('button', { name: 'Adres toevoegen' }));
    await screen.findByText('Vul een geldig e-mailadres in, zoals naam@voorbeeld.nl.');
    expect(calls.filter((c) => c.method === 'POST')).toHaveLength(0);
    fireEvent.change(screen.getByLabelText('E-mailadres'), { target: { value: 'juridisch@vrt.nl' } });
    fireEvent.change(screen.getByLabelText(/Omschrijving/), { target: { value: 'Juridische Zaken' } });
    fireEvent.click(screen.getByRole('button', { name: 'Adres toevoegen' }));
    await screen.findByText('Juridische Zaken (juridisch@vrt.nl)', { selector: '.app-break' });
    expect(calls.find((c) => c.method === 'POST')!.body).toEqual({ email: 'juridisch@vrt.nl', label: 'Juridische Zaken' });
  });
});
