import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, screen } from '@testing-library/react';
import { mockApi, renderWithApp } from '../../../testing/render.tsx';
import { PasswordForm } from './password-form.tsx';
import { loadDictionary } from '../../../lib/i18n/load-dictionary.ts';

beforeAll(() => loadDictionary('en'));

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const commonPasswordProblem = {
  type: 'https://akkoord.dev/problems/validation-failed',
  title: 'Validatie mislukt',
  status: 422,
  code: 'validation_failed',
  detail: 'Een of meer velden kloppen niet',
  errors: [{ field: 'body.newPassword', message: 'Dit wachtwoord staat in de lijst van veelgebruikte en uitgelekte wachtwoorden; kies een ander', code: 'common_password' }],
};

function fillIn(labels: { current: RegExp; next: RegExp; repeat: RegExp; submit: string }, password: string) {
  fireEvent.change(screen.getByLabelText(labels.current), { target: { value: 'mijn huidige wachtwoord' } });
  fireEvent.change(screen.getByLabelText(labels.next), { target: { value: password } });
  fireEvent.change(screen.getByLabelText(labels.repeat), { target: { value: password } });
  fireEvent.click(screen.getByRole('button', { name: labels.submit }));
}

describe('PasswordForm (issue 15, item 9)', () => {
  it('shows a refused common password at the new-password field, in Dutch', async () => {
    const calls = mockApi({ 'POST /api/session/password': () => ({ status: 422, body: commonPasswordProblem }) });
    renderWithApp(<PasswordForm email="jan@vrt.nl" />);
    fillIn({ current: /^Huidig wachtwoord/, next: /^Nieuw wachtwoord/, repeat: /^Herhaal/, submit: 'Wachtwoord wijzigen' }, 'Welkom12345!');
    const field = screen.getByLabelText(/^Nieuw wachtwoord/);
    expect(await screen.findByText(/veelgebruikte en uitgelekte wachtwoorden/)).toBeTruthy();
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(calls.filter((c) => c.method === 'POST')).toHaveLength(1);
  });

  it('and in English when the user reads English', async () => {
    mockApi({ 'POST /api/session/password': () => ({ status: 422, body: commonPasswordProblem }) });
    renderWithApp(<PasswordForm email="jan@vrt.nl" />, { lang: 'en' });
    fillIn({ current: /^Current password/, next: /^New password/, repeat: /^Repeat/, submit: 'Change password' }, 'Welkom12345!');
    expect(await screen.findByText(/list of common and leaked passwords/)).toBeTruthy();
    expect(screen.queryByText(/uitgelekte/)).toBeNull();
  });
});
