import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { apiRequest } from '../../lib/api-client.ts';
import { I18nProvider } from '../../lib/i18n/i18n-provider.tsx';
import { ToastProvider } from '../../components/ui/toast.tsx';
import { type SessionState } from '../../features/session/api/get-session.ts';
import { mockApi } from '../../testing/render.tsx';
import { AppLayout } from './app-layout.tsx';
import { sessionKeys } from '../../features/session/api/keys.ts';
import { signedInSession } from '../../testing/fixtures.ts';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const signedIn = (mustChangePassword: boolean): SessionState =>
  signedInSession({ email: 'nieuw@vrt.nl', name: 'Nieuw', mustChangePassword, permissions: { agreement: { read: true } } });

/** A page that reads the register, as the real register page does. */
function RegisterProbe() {
  const list = useQuery({ queryKey: ['probe', 'agreements'], queryFn: () => apiRequest('/agreements') });
  return <p>{list.isError ? 'Fout bij laden' : 'Registerpagina'}</p>;
}

function renderAt(path: string, session: SessionState) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: Infinity } } });
  client.setQueryData(sessionKeys.current, session);
  const router = createMemoryRouter(
    [
      {
        path: '/',
        Component: AppLayout,
        children: [
          { path: 'agreements', Component: RegisterProbe },
          { path: 'account', element: <p>Accountpagina</p> },
        ],
      },
    ],
    { initialEntries: [path] },
  );
  render(
    <QueryClientProvider client={client}>
      <I18nProvider initial="nl">
        <ToastProvider>
          <RouterProvider router={router} />
        </ToastProvider>
      </I18nProvider>
    </QueryClientProvider>,
  );
  return { router, client };
}

const refusal = {
  status: 403,
  body: {
    type: 'https://akkoord.dev/problems/password-change-required',
    title: 'Kies eerst een eigen wachtwoord',
    status: 403,
    code: 'password_change_required',
    detail: 'U bent aangemeld met een tijdelijk wachtwoord.',
  },
};

describe('a temporary password in the app shell', () => {
  it('sends the user to the account page, without the main navigation, and asks nothing of the register', async () => {
    const calls = mockApi({ 'GET /api/agreements': () => refusal });
    const { router } = renderAt('/agreements', signedIn(true));
    await screen.findByText('Accountpagina');
    expect(router.state.location.pathname).toBe('/account');
    expect(screen.queryByRole('navigation', { name: 'Hoofdnavigatie' })).toBeNull();
    expect(calls.filter((c) => c.path.startsWith('/api/agreements'))).toEqual([]);
  });

  it('goes there too when the server answers 403 password_change_required to a page the session view allowed', async () => {
    mockApi({ 'GET /api/agreements': () => refusal });
    const { router, client } = renderAt('/agreements', signedIn(false));
    await screen.findByText('Accountpagina');
    expect(router.state.location.pathname).toBe('/account');
    expect(client.getQueryData<SessionState>(sessionKeys.current)).toMatchObject({ kind: 'signed-in', user: { mustChangePassword: true } });
  });

  it('leaves everyone else where they are', async () => {
    mockApi({ 'GET /api/agreements': () => ({ body: { items: [] } }) });
    const { router } = renderAt('/agreements', signedIn(false));
    await screen.findByText('Registerpagina');
    expect(router.state.location.pathname).toBe('/agreements');
    expect(screen.getByRole('navigation', { name: 'Hoofdnavigatie' })).toBeTruthy();
  });
});
