import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import type { ReminderAddress } from '@akkoord/shared/schemas/reminders';
import { mockApi, renderWithApp } from '../../../testing/render.tsx';
import { AddressFormDialog } from './address-form-dialog.tsx';
import { TeamAddressDialog } from './team-address-dialog.tsx';

const created: ReminderAddress = {
  id: 9,
  email: 'juridisch@vrt.nl',
  kind: 'address',
  label: 'Juridische Zaken',
  locale: 'nl',
  follows: [],
  teamAddressOf: [],
  calendarUrl: 'http://localhost/api/calendar/abc.ics',
  reachesOutsideScope: false,
  createdAt: '2026-11-29T06:00:00.000Z',
};

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('address form', () => {
  it('checks the e-mail before asking the server, then adds the address', async () => {
    const calls = mockApi({ 'POST /api/reminder-addresses': () => ({ status: 201, body: created }) });
    const onSaved = vi.fn();
    renderWithApp(<AddressFormDialog address={null} onClose={vi.fn()} onSaved={onSaved} />);
    const dialog = screen.getByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText(/^E-mailadres/), { target: { value: 'juridisch' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Adres toevoegen' }));
    await within(dialog).findByText('Vul een geldig e-mailadres in, zoals naam@voorbeeld.nl.');
    expect(
      within(dialog)
        .getByLabelText(/^E-mailadres/)
        .getAttribute('aria-invalid'),
    ).toBe('true');
    expect(calls).toHaveLength(0);

    fireEvent.change(within(dialog).getByLabelText(/^E-mailadres/), { target: { value: 'Juridisch@VRT.nl' } });
    fireEvent.change(within(dialog).getByLabelText(/^Omschrijving/), { target: { value: 'Juridische Zaken' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Adres toevoegen' }));
    await vi.waitFor(() => expect(onSaved).toHaveBeenCalledWith(created, true));
    expect(calls[0]!.body).toEqual({ email: 'juridisch@vrt.nl', label: 'Juridische Zaken', locale: 'nl' });
  });

  it("shows the server's refusal of a duplicate in the dialog", async () => {
    const detail = 'Het adres juridisch@vrt.nl bestaat al';
    mockApi({ 'POST /api/reminder-addresses': () => ({ status: 409, body: { type: 'about:blank', title: 'Conflict', status: 409, code: 'conflict', detail } }) });
    renderWithApp(<AddressFormDialog address={null} onClose={vi.fn()} onSaved={vi.fn()} />);
    const dialog = screen.getByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText(/^E-mailadres/), { target: { value: 'juridisch@vrt.nl' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Adres toevoegen' }));
    expect(await within(dialog).findByText(detail)).toBeTruthy();
  });

  it('edits only the label and language', async () => {
    const calls = mockApi({ 'PATCH /api/reminder-addresses/9': () => ({ body: { ...created, locale: 'en' } }) });
    const onSaved = vi.fn();
    renderWithApp(<AddressFormDialog address={created} onClose={vi.fn()} onSaved={onSaved} />);
    const dialog = screen.getByRole('dialog');
    expect(
      within(dialog)
        .getByLabelText(/^E-mailadres/)
        .hasAttribute('readonly'),
    ).toBe(true);
    fireEvent.change(within(dialog).getByLabelText('Taal van de e-mails'), { target: { value: 'en' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Opslaan' }));
    await vi.waitFor(() => expect(onSaved).toHaveBeenCalled());
    expect(calls[0]!.body).toEqual({ locale: 'en' });
  });
});

describe('team address editor', () => {
  it('sets a team address and removes it with a blank field', async () => {
    const calls = mockApi({
      'PUT /api/collaborations/RTR/team-address': ({ body }) => ({ body: { collaborationCode: 'RTR', email: (body as { email: string | null }).email, recipientId: 3 } }),
    });
    const onSaved = vi.fn();
    renderWithApp(<TeamAddressDialog code="RTR" name="Regionale Toezicht Ruimte" current={null} onClose={vi.fn()} onSaved={onSaved} />);
    const dialog = screen.getByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText(/^E-mailadres/), { target: { value: 'rtr' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Opslaan' }));
    await within(dialog).findByText('Vul een geldig e-mailadres in, zoals naam@voorbeeld.nl.');
    expect(calls).toHaveLength(0);
    fireEvent.change(within(dialog).getByLabelText(/^E-mailadres/), { target: { value: ' RTR@vrt.nl ' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Opslaan' }));
    await vi.waitFor(() => expect(onSaved).toHaveBeenCalledTimes(1));
    expect(calls[0]!.body).toEqual({ email: 'rtr@vrt.nl' });
    fireEvent.change(within(dialog).getByLabelText(/^E-mailadres/), { target: { value: '' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Opslaan' }));
    await vi.waitFor(() => expect(onSaved).toHaveBeenCalledTimes(2));
    expect(calls[1]!.body).toEqual({ email: null });
  });
});
