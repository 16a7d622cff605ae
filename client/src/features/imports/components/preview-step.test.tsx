import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import axe from 'axe-core';
import type { ImportRow, ImportRows, ImportStatus } from '@akkoord/shared/schemas/import';
import { mockApi, renderWithApp } from '../../../testing/render.tsx';
import { PreviewStep } from './preview-step.tsx';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const COLUMNS = ['Titel', 'Soort', 'Ingangsdatum', 'Partijen'];
const row = (over: Partial<ImportRow>): ImportRow => ({
  rowNumber: 2,
  status: 'valid',
  cells: ['DVO meldkamer', 'DVO', '2019', 'Datakluis Oost'],
  values: { title: 'DVO meldkamer', type: 'service', startDate: '2019', partyNames: [{ name: 'Datakluis Oost', role: 'party' }] },
  errors: [],
  duplicateOf: null,
  changedFields: [],
  unknownParties: ['Datakluis Oost'],
  ...over,
});
const GOOD = row({});
const BAD = row({
  rowNumber: 3,
  status: 'invalid',
  cells: ['Huur', 'DVO', '31-02-2021', ''],
  values: { title: 'Huur', type: 'service', partyNames: [] },
  errors: [{ field: 'startDate', column: 'Ingangsdatum', code: 'impossible_date', message: 'Deze datum bestaat niet: 31-02-2021' }],
  unknownParties: [],
});
const rows = (items: ImportRow[]): ImportRows => ({ total: 2, counts: { valid: 1, invalid: 1, duplicate: 0, changed: 0 }, unknownOrganisations: ['Datakluis Oost'], items });
const running: ImportStatus = {
  id: 7,
  state: 'running',
  phase: 'checking',
  processed: 0,
  total: 2,
  created: 0,
  updated: 0,
  skipped: 0,
  organisationsCreated: 0,
  fileName: 'lijst.csv',
  columns: COLUMNS,
  mapping: null,
  defaults: {},
  error: null,
  createdAt: '2026-12-07T10:00:00.000Z',
  committedAt: null,
  revertedAt: null,
  reverted: null,
};

async function axeViolations(container: HTMLElement) {
  const result = await axe.run(container, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }, rules: { 'color-contrast': { enabled: false } } });
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`);
}

describe('the import preview', () => {
  it('filters the rows, says what is wrong in the interface language, and asks to confirm new organisations before importing', async () => {
    const calls = mockApi({
      'GET /api/imports/7/rows': (call) => ({ body: rows(call.path.includes('status=invalid') ? [BAD] : [GOOD, BAD]) }),
      'POST /api/imports/7/commit': () => ({ status: 202, body: running }),
    });
    const onStarted = vi.fn();
    const { container } = renderWithApp(<PreviewStep importId={7} columns={COLUMNS} onBack={vi.fn()} onStarted={onStarted} />);
    const table = await screen.findByRole('table', { name: 'Rijen van het bestand' });
    expect(within(table).getByText('DVO meldkamer')).toBeTruthy();
    expect(within(table).getByText('Nieuwe organisatie: Datakluis Oost')).toBeTruthy();
    expect(await axeViolations(container)).toEqual([]);

    fireEvent.click(screen.getByRole('button', { name: 'Fout (1)' }));
    expect(await screen.findByText('Ingangsdatum: deze datum bestaat niet (31-02-2021)')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Fout (1)' }).getAttribute('aria-pressed')).toBe('true');
    await vi.waitFor(() => expect(within(screen.getByRole('table')).queryByText('DVO meldkamer')).toBeNull());

    fireEvent.click(screen.getByRole('button', { name: '1 overeenkomst importeren' }));
    expect(await screen.findByText('Bevestig eerst dat de nieuwe organisaties worden aangemaakt.')).toBeTruthy();
    expect(calls.some((c) => c.method === 'POST')).toBe(false);
    fireEvent.click(screen.getByLabelText('Maak deze organisaties aan bij het importeren'));
    fireEvent.click(screen.getByRole('button', { name: '1 overeenkomst importeren' }));
    await vi.waitFor(() => expect(onStarted).toHaveBeenCalled());
    expect(calls.find((c) => c.method === 'POST')!.body).toEqual({ createOrganisations: true, updateExisting: false });
  });
});
