import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { QueryClient } from '@tanstack/react-query';
import type { ApiToken } from '@akkoord/shared/schemas/api-token';
import { mockApi, renderWithApp } from '../../../testing/render.tsx';
import { ApiTokensPanel } from './api-tokens-panel.tsx';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const token = (over: Partial<ApiToken> = {}): ApiToken => ({
  id: 7,
  name: 'Power BI',
  access: 'read',
  prefix: 'akk_AbCdEf',
  expiresOn: '2027-03-01',
  createdAt: '2026-12-01T09:00:00.000Z',
  lastUsedAt: null,
  revokedAt: null,
  state: 'active',
  owner: { id: 1, email: 'jan@vrt.nl', name: 'Jan' },
  ...over,
});

function renderPanel() {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  renderWithApp(<ApiTokensPanel />, { client });
}

describe('API tokens on the account page', () => {
  it('creates a token, shows its secret once with a copy button, and lists it', async () => {
    let items: ApiToken[] = [];
    const secret = `akk_${'Q'.repeat(43)}`;
    const calls = mockApi({
      'GET /api/me/tokens': () => ({ body: { items } }),
      'POST /api/me/tokens': (call) => {
        items = [token({ name: (call.body as { name: string }).name })];
        return { status: 201, body: { id: 7, token: secret, apiToken: items[0] } };
      },
    });
    renderPanel();
    expect(await screen.findByText('U hebt geen API-tokens.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'API-token maken' }));
    const dialog = await screen.findByRole('dialog', { name: 'Nieuw API-token' });
    fireEvent.change(within(dialog).getByLabelText(/^Naam/), { target: { value: 'Power BI' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Token maken' }));
    const once = await screen.findByRole('dialog', { name: 'Uw token “Power BI”' });
    expect((within(once).getByLabelText('API-token') as HTMLInputElement).value).toBe(secret);
    expect(within(once).getByRole('button', { name: 'Kopiëren' })).toBeTruthy();
    const sent = calls.find((c) => c.method === 'POST')!.body as { name: string; access: string; expiresOn: string };
    expect(sent).toMatchObject({ name: 'Power BI', access: 'read' });
    expect(sent.expiresOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    fireEvent.click(within(once).getByRole('button', { name: 'Ik heb het token gekopieerd' }));
    expect(await screen.findByRole('button', { name: 'Intrekken Power BI' })).toBeTruthy();
    expect(screen.queryByDisplayValue(secret)).toBeNull();
  });

  it('asks before revoking and then revokes that token', async () => {
    let items = [token({ lastUsedAt: '2026-12-06T08:30:00.000Z' })];
    const calls = mockApi({
      'GET /api/me/tokens': () => ({ body: { items } }),
      'DELETE /api/me/tokens/7': () => {
        items = [];
        return { status: 204 };
      },
    });
    renderPanel();
    fireEvent.click(await screen.findByRole('button', { name: 'Intrekken Power BI' }));
    const confirm = await screen.findByRole('dialog', { name: 'Token “Power BI” intrekken?' });
    expect(calls.some((c) => c.method === 'DELETE')).toBe(false);
    fireEvent.click(within(confirm).getByRole('button', { name: 'Ja, intrekken' }));
    expect(await screen.findByText('U hebt geen API-tokens.')).toBeTruthy();
    expect(calls.filter((c) => c.method === 'DELETE').map((c) => c.path)).toEqual(['/api/me/tokens/7']);
  });

  it('shows the server’s refusal of the last day in the user’s words', async () => {
    mockApi({
      'GET /api/me/tokens': () => ({ body: { items: [] } }),
      'POST /api/me/tokens': () => ({
        status: 422,
        body: {
          type: 'about:blank',
          title: 'Invoer klopt niet',
          status: 422,
          code: 'validation_failed',
          errors: [{ field: 'body.expiresOn', message: 'x', code: 'beyond_one_year' }],
        },
      }),
    });
    renderPanel();
    fireEvent.click(await screen.findByRole('button', { name: 'API-token maken' }));
    const dialog = await screen.findByRole('dialog', { name: 'Nieuw API-token' });
    fireEvent.change(within(dialog).getByLabelText(/^Naam/), { target: { value: 'Script' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Token maken' }));
    expect(await within(dialog).findByText('Een token werkt hoogstens een jaar. Kies een eerdere datum.')).toBeTruthy();
  });
});
