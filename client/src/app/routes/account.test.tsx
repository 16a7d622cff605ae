import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, screen } from '@testing-library/react';
import { QueryClient } from '@tanstack/react-query';
import { type SessionState } from '../../features/session/api/get-session.ts';
import { mockApi, renderWithApp } from '../../testing/render.tsx';
import { Component as AccountPage } from './account.tsx';
import { sessionKeys } from '../../features/session/api/keys.ts';
import { signedInSession } from '../../testing/fixtures.ts';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const signedIn = (mustChangePassword: boolean): SessionState =>
  signedInSession({ email: 'nieuw@vrt.nl', name: 'Nieuw', mustChangePassword, permissions: { calendar: { own: true } } });

function renderAccount(session: SessionState) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: Infinity } } });
  client.setQueryData(sessionKeys.current, session);
  renderWithApp(<AccountPage />, { client });
}

const feed = { url: 'https://akkoord.test/cal/geheim.ics', createdAt: '2026-11-29T07:00:00.000Z' };

describe('Mijn account', () => {
  it('with a temporary password offers only a new password and signing out, and asks the server for nothing else', async () => {
    const calls = mockApi({ 'GET /api/me/calendar': () => ({ body: feed }) });
    renderAccount(signedIn(true));
    expect(screen.getByText('Kies een eigen wachtwoord')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Wachtwoord wijzigen' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Sessies' })).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Gegevens en taal' })).toBeNull();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(calls).toEqual([]);
  });

  it('shows the profile and asks for the calendar feed once the password is the user’s own', async () => {
    const calls = mockApi({ 'GET /api/me/calendar': () => ({ body: feed }) });
    renderAccount(signedIn(false));
    expect(screen.getByRole('heading', { name: 'Gegevens en taal' })).toBeTruthy();
    expect(screen.queryByText('Kies een eigen wachtwoord')).toBeNull();
    await vi.waitFor(() => expect(calls.map((c) => c.path)).toContain('/api/me/calendar'));
  });
});
