import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, screen } from '@testing-library/react';
import { QueryClient } from '@tanstack/react-query';
import { sessionKeys } from '../../features/session/api/keys.ts';
import { SsoSignIn } from '../../features/session/components/sso-sign-in.tsx';
import { mockApi, renderWithApp } from '../../testing/render.tsx';
import { Component as SignInPage } from './sign-in.tsx';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

function renderPage(options: { sso: { providerName: string } | null; localLogin: boolean }) {
  mockApi({ 'GET /api/auth/sso': () => ({ body: options }) });
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  client.setQueryData(sessionKeys.current, { kind: 'signed-out' });
  renderWithApp(<SignInPage />, { client });
}

describe('the sign-in page with single sign-on', () => {
  it('offers the provider first and the password form after it when local sign-in is on', async () => {
    renderPage({ sso: { providerName: 'VRT-account' }, localLogin: true });
    const sso = await screen.findByRole('link', { name: 'Inloggen met VRT-account' });
    expect(sso.getAttribute('href')).toBe('/api/auth/sso/login');
    const password = screen.getByLabelText(/^Wachtwoord/);
    expect(sso.compareDocumentPosition(password) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(screen.queryByText('Noodaccount')).toBeNull();
  });

  it('folds the password form away as the emergency account when local sign-in is off', async () => {
    renderPage({ sso: { providerName: 'VRT-account' }, localLogin: false });
    await screen.findByRole('link', { name: 'Inloggen met VRT-account' });
    const details = screen.getByText('Noodaccount').closest('details')!;
    expect(details.open).toBe(false);
    expect(details.contains(screen.getByLabelText(/^Wachtwoord/))).toBe(true);
  });

  it('shows only the password form without a provider', async () => {
    renderPage({ sso: null, localLogin: true });
    await screen.findByLabelText(/^Wachtwoord/);
    expect(screen.queryByRole('link', { name: /Inloggen met/ })).toBeNull();
  });

  it('words what the provider sent back in plain language', () => {
    renderWithApp(<SsoSignIn providerName="VRT-account" error="sso_no_role" />);
    expect(screen.getByText(/hebt nog geen rol in Akkoord/)).toBeTruthy();
    cleanup();
    renderWithApp(<SsoSignIn providerName="VRT-account" error="sso_unavailable" />);
    expect(screen.getByText(/VRT-account is nu niet bereikbaar/)).toBeTruthy();
  });
});
