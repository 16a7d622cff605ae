import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import type { User } from '@akkoord/shared/schemas/user';
import { mockApi, renderWithApp } from '../../../testing/render.tsx';
import { UserFormDialog } from './user-form-dialog.tsx';

const admin: User = {
  id: 1,
  email: 'beheerder@akkoord.local',
  name: 'Beheerder',
  role: 'admin',
  collaborationScope: null,
  locale: 'nl',
  deputyEmail: null,
  active: true,
  lockedUntil: null,
  mustChangePassword: false,
  lastSignInAt: null,
  createdAt: '2026-11-29T06:00:00.000Z',
  updatedAt: '2026-11-29T06:00:00.000Z',
  version: 4,
};
const collaborations = [
  { code: 'RTR', name: 'Regionale Toezicht Ruimte' },
  { code: 'ZVHT', name: 'Zorg- en Veiligheidshuis Twente' },
];

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

function open(user: User | null, handlers: Parameters<typeof mockApi>[0]) {
  const calls = mockApi(handlers);
  const onCreated = vi.fn();
  const onSaved = vi.fn();
  renderWithApp(<UserFormDialog user={user} isSelf={user?.id === 1} collaborations={collaborations} onClose={vi.fn()} onCreated={onCreated} onSaved={onSaved} />);
  return { calls, onCreated, onSaved, dialog: screen.getByRole('dialog') };
}

describe('account form', () => {
  it('checks the e-mail address before asking the server, then creates with the ticked scope', async () => {
    const created = { user: { ...admin, id: 2, email: 'nieuw@vrt.nl', name: 'nieuw', role: 'viewer', collaborationScope: ['RTR'] }, temporaryPassword: 'ABCDE-FGHJK-LMNPQ-RSTUV' };
    const { calls, onCreated, dialog } = open(null, { 'POST /api/users': () => ({ status: 201, body: created }) });
    fireEvent.change(within(dialog).getByLabelText(/^E-mailadres/), { target: { value: 'nieuw' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Account aanmaken' }));
    await within(dialog).findByText('Vul een geldig e-mailadres in, zoals naam@voorbeeld.nl.');
    expect(
      within(dialog)
        .getByLabelText(/^E-mailadres/)
        .getAttribute('aria-invalid'),
    ).toBe('true');
    expect(calls).toHaveLength(0);

    fireEvent.change(within(dialog).getByLabelText(/^E-mailadres/), { target: { value: 'Nieuw@VRT.nl' } });
    fireEvent.click(within(dialog).getByLabelText('RTR — Regionale Toezicht Ruimte'));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Account aanmaken' }));
    await vi.waitFor(() => expect(onCreated).toHaveBeenCalledWith(created));
    expect(calls[0]!.body).toEqual({ email: 'nieuw@vrt.nl', role: 'viewer', locale: 'nl', collaborationScope: ['RTR'] });
  });

  it("shows the server's refusal to demote the last admin in the dialog", async () => {
    const detail = 'Dit is de laatste actieve beheerder; maak eerst een andere beheerder aan';
    const { calls, onSaved, dialog } = open(admin, {
      'PATCH /api/users/1': () => ({ status: 409, body: { type: 'https://akkoord.dev/problems/conflict', title: 'Conflict', status: 409, code: 'conflict', detail } }),
    });
    expect(within(dialog).getByText('Uw eigen beheerdersrechten kan alleen een andere beheerder intrekken.')).toBeTruthy();
    fireEvent.change(within(dialog).getByLabelText('Rol'), { target: { value: 'legal' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Opslaan' }));
    expect(await within(dialog).findByText(detail)).toBeTruthy();
    expect(within(dialog).getByRole('alert').textContent).toContain('Niet opgeslagen');
    expect(calls[0]!.body).toEqual({ role: 'legal', version: 4 });
    expect(onSaved).not.toHaveBeenCalled();
  });

  it('says so when nothing changed instead of saving', async () => {
    const { calls, dialog } = open(admin, {});
    fireEvent.click(within(dialog).getByRole('button', { name: 'Opslaan' }));
    await within(dialog).findByText('Er zijn geen wijzigingen om op te slaan.');
    expect(calls).toHaveLength(0);
  });
});
