import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, screen } from '@testing-library/react';
import axe from 'axe-core';
import type { SessionState } from '../../features/session/api/get-session.ts';
import { mockApi, renderWithApp } from '../../testing/render.tsx';
import { LanguageOffer } from './language-offer.tsx';
import { LanguageSwitch } from './language-switch.tsx';
import { signedInSession } from '../../testing/fixtures.ts';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  window.localStorage.clear();
  window.sessionStorage.clear();
});

const session = (locale: 'nl' | 'en'): SessionState => signedInSession({ id: '3', locale });

describe('saving the language to the account, with consent', () => {
  it('offers it only after the user switched, and saves it (also the language of e-mails) only when asked', async () => {
    const calls = mockApi({ 'PATCH /api/session/profile': () => ({ body: {} }) });
    const { container } = renderWithApp(
      <>
        <LanguageSwitch />
        <LanguageOffer session={session('nl')} />
      </>,
    );
    expect(screen.queryByText(/e-mails/)).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'English' }));
    expect(await screen.findByText('Your e-mails in English too?')).toBeTruthy();
    expect(calls).toHaveLength(0);
    expect(await axe.run(container, { rules: { 'color-contrast': { enabled: false } } }).then((r) => r.violations.map((v) => v.id))).toEqual([]);
    fireEvent.click(screen.getByRole('button', { name: 'Yes, save to my account' }));
    await vi.waitFor(() => expect(calls).toHaveLength(1));
    expect(calls[0]).toMatchObject({ method: 'PATCH', path: '/api/session/profile', body: { locale: 'en' } });
  });

  it('"No" saves nothing and does not ask again for that language', async () => {
    const calls = mockApi({});
    renderWithApp(
      <>
        <LanguageSwitch />
        <LanguageOffer session={session('nl')} />
      </>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'English' }));
    fireEvent.click(await screen.findByRole('button', { name: 'No, only this screen' }));
    expect(screen.queryByText('Your e-mails in English too?')).toBeNull();
    expect(calls).toHaveLength(0);
    expect(window.sessionStorage.getItem('akkoord.languageOffer.declined')).toBe('en');
  });
});
