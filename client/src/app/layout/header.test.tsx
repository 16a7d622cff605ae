import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, screen, within } from '@testing-library/react';
import { QueryClient } from '@tanstack/react-query';
import { type SessionState, type SessionUser } from '../../features/session/api/get-session.ts';
import { renderWithApp } from '../../testing/render.tsx';
import { Header } from './header.tsx';
import { sessionKeys } from '../../features/session/api/keys.ts';
import { signedInSession } from '../../testing/fixtures.ts';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const user = (role: SessionUser['role'], permissions: SessionUser['permissions']): SessionState => signedInSession({ id: '1', email: 'a@vrt.nl', name: 'A', role, permissions });

function renderHeader(session: SessionState) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: Infinity } } });
  client.setQueryData(sessionKeys.current, session);
  renderWithApp(<Header />, { client });
  return within(screen.getByRole('navigation', { name: 'Hoofdnavigatie' }));
}

describe('main navigation', () => {
  it('shows "Beheer" to a user the server lets read accounts, the outbox or the audit trail', () => {
    const nav = renderHeader(user('admin', { user: { read: true }, outbox: { read: true }, audit: { read: true } }));
    expect(nav.getByRole('link', { name: 'Beheer' }).getAttribute('href')).toBe('/admin');
    expect(screen.getByRole('link', { name: 'Mijn account' }).getAttribute('href')).toBe('/account');
  });

  it('hides it from everyone else, going by the permissions the server sent', () => {
    const nav = renderHeader(user('manager', { user: { read: false }, outbox: { read: false }, audit: { read: false }, follow: { self: true } }));
    expect(nav.queryByRole('link', { name: 'Beheer' })).toBeNull();
    expect(nav.getByRole('link', { name: 'Register' })).toBeTruthy();
  });
});
