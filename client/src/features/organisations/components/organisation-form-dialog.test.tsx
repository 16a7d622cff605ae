import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import axe from 'axe-core';
import type { Organisation } from '@akkoord/shared/schemas/organisation';
import { mockApi, renderWithApp } from '../../../testing/render.tsx';
import { OrganisationFormDialog } from './organisation-form-dialog.tsx';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const org = (over: Partial<Organisation>): Organisation => ({
  id: 40,
  key: 'org-x',
  name: 'Datakluis Oost B.V.',
  shortName: null,
  kind: 'private_company',
  cbsCode: null,
  population: null,
  notes: null,
  kvkNumber: null,
  oin: null,
  parentId: null,
  version: 1,
  ...over,
});
const ENSCHEDE = org({ id: 2, key: 'enschede', name: 'Gemeente Enschede', kind: 'municipality' });

async function axeViolations(container: HTMLElement) {
  const result = await axe.run(container, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }, rules: { 'color-contrast': { enabled: false } } });
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`);
}

describe('a new organisation', () => {
  it('checks name, kind and the KvK number before asking the server, then adds it', async () => {
    const created = org({ kvkNumber: '12345678', parentId: 2 });
    const calls = mockApi({ 'POST /api/organisations': () => ({ status: 201, body: created }) });
    const onSaved = vi.fn();
    renderWithApp(<OrganisationFormDialog organisation={null} organisations={[ENSCHEDE]} onClose={vi.fn()} onSaved={onSaved} />);
    const dialog = screen.getByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText(/^KvK-nummer/), { target: { value: '1234' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Organisatie toevoegen' }));
    expect(await within(dialog).findByText('Een KvK-nummer heeft precies 8 cijfers')).toBeTruthy();
    expect(within(dialog).getByLabelText(/^Naam/).getAttribute('aria-invalid')).toBe('true');
    expect(
      within(dialog)
        .getByLabelText(/^Soort organisatie/)
        .getAttribute('aria-invalid'),
    ).toBe('true');
    expect(calls).toHaveLength(0);
    expect(await axeViolations(dialog)).toEqual([]);

    fireEvent.change(within(dialog).getByLabelText(/^Naam/), { target: { value: ' Datakluis Oost B.V. ' } });
    fireEvent.change(within(dialog).getByLabelText(/^Soort organisatie/), { target: { value: 'private_company' } });
    fireEvent.change(within(dialog).getByLabelText(/^KvK-nummer/), { target: { value: '1234 5678' } });
    fireEvent.change(within(dialog).getByLabelText(/^Onderdeel van/), { target: { value: '2' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Organisatie toevoegen' }));
    await vi.waitFor(() => expect(onSaved).toHaveBeenCalledWith(created, true));
    expect(calls[0]!.body).toEqual({ name: 'Datakluis Oost B.V.', kind: 'private_company', kvkNumber: '12345678', oin: null, parentId: 2 });
  });

  it('offers the existing organisation when the server refuses a duplicate', async () => {
    mockApi({
      'POST /api/organisations': () => ({
        status: 409,
        body: { type: 'x', title: 'Conflict', status: 409, code: 'conflict', detail: 'Er bestaat al een organisatie met deze naam: Gemeente Enschede', existing: ENSCHEDE },
      }),
    });
    const onPick = vi.fn();
    renderWithApp(<OrganisationFormDialog organisation={null} organisations={[ENSCHEDE]} onClose={vi.fn()} onSaved={vi.fn()} onPickExisting={onPick} />);
    const dialog = screen.getByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText(/^Naam/), { target: { value: 'gemeente enschede' } });
    fireEvent.change(within(dialog).getByLabelText(/^Soort organisatie/), { target: { value: 'municipality' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Organisatie toevoegen' }));
    const pick = await within(dialog).findByRole('button', { name: 'Gemeente Enschede kiezen' });
    expect(within(dialog).getByRole('alert').textContent).toContain('Deze organisatie bestaat al');
    expect(await axeViolations(dialog)).toEqual([]);
    fireEvent.click(pick);
    expect(onPick).toHaveBeenCalledWith(ENSCHEDE);
  });
});

describe('correcting an organisation', () => {
  it('sends only what changed, with the version read, and leaves itself out of the parent picker', async () => {
    const current = org({ version: 3 });
    const calls = mockApi({ 'PATCH /api/organisations/40': () => ({ body: { ...current, oin: '00000001234567890000', version: 4 } }) });
    const onSaved = vi.fn();
    renderWithApp(<OrganisationFormDialog organisation={current} organisations={[ENSCHEDE, current]} onClose={vi.fn()} onSaved={onSaved} />);
    const dialog = screen.getByRole('dialog');
    const parent = within(dialog).getByLabelText(/^Onderdeel van/) as HTMLSelectElement;
    expect([...parent.options].map((o) => o.textContent)).toEqual(['Geen (zelfstandig)', 'Gemeente Enschede']);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Opslaan' }));
    expect(await within(dialog).findByText('Er zijn geen wijzigingen om op te slaan.')).toBeTruthy();
    expect(calls).toHaveLength(0);
    fireEvent.change(within(dialog).getByLabelText(/^OIN/), { target: { value: '0000 0001 2345 6789 0000' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Opslaan' }));
    await vi.waitFor(() => expect(onSaved).toHaveBeenCalled());
    expect(calls[0]!.body).toEqual({ version: 3, oin: '00000001234567890000' });
  });
});
