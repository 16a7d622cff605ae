import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, screen } from '@testing-library/react';
import type { AuditEvent } from '@akkoord/shared/schemas/audit';
import { renderWithApp } from '../../../testing/render.tsx';
import { HistoryTable } from './history-table.tsx';

afterEach(cleanup);

const event = (patch: Partial<AuditEvent>): AuditEvent => ({
  id: 1,
  at: '2026-12-07T10:00:00.000Z',
  actorId: 1,
  actorLabel: 'jurist@vrt.nl',
  entityType: 'agreement',
  entityId: '8',
  action: 'update',
  before: null,
  after: null,
  changes: [],
  requestId: null,
  redactedAt: null,
  ...patch,
});

describe('HistoryTable', () => {
  it('names actions and fields in words with old → new values formatted', () => {
    renderWithApp(
      <HistoryTable
        events={[
          event({
            id: 2,
            action: 'start_renewal',
            before: { workflowState: 'active', status: 'expiring', currentTermStart: '2025-01-01', noticeDeadline: '2026-09-30' },
            after: { workflowState: 'in_renewal', status: 'in_renewal', currentTermStart: '2025-01-01', noticeDeadline: null },
            changes: ['noticeDeadline', 'status', 'workflowState'],
          }),
          event({
            id: 1,
            before: { endDate: null, noticePeriod: null, tacitRenewal: null, legalRegime: 'avg' },
            after: { endDate: '2026-12', noticePeriod: { value: 3, unit: 'month' }, tacitRenewal: true, legalRegime: 'wpg' },
            changes: ['endDate', 'legalRegime', 'noticePeriod', 'tacitRenewal'],
          }),
        ]}
      />,
    );
    const rows = screen.getAllByRole('row').map((r) => r.textContent ?? '');
    expect(rows[1]).toContain('verlenging gestart');
    expect(rows[1]).toContain('Uiterste opzegdatum (berekend): 30 september 2026 → wordt —');
    expect(rows[1]).toContain('Status (berekend): Loopt binnenkort af → wordt In verlenging');
    expect(rows[1]).toContain('Werkstatus: actief → wordt in verlenging');
    expect(rows[2]).toContain('gewijzigd');
    expect(rows[2]).toContain('Einddatum: — → wordt december 2026');
    expect(rows[2]).toContain('Opzegtermijn: — → wordt 3 maanden');
    expect(rows[2]).toContain('AVG → wordt Wpg (politiegegevens)');
    expect(rows[2]).toMatch(/stilzwijgend[^:]*: — → wordt ja/i);
    for (const code of ['start_renewal', 'noticeDeadline', 'currentTermStart', 'workflowState', 'in_renewal', '{"value"']) expect(rows.join(' ')).not.toContain(code);
  });

  it('says which relation was added, and humanises an action it has no words for yet', () => {
    renderWithApp(
      <HistoryTable
        events={[
          event({ id: 3, entityType: 'agreement_relation', entityId: '5', action: 'create', after: { id: 5, sourceId: 9, targetId: 8, kind: 'renews', note: null } }),
          event({ id: 4, action: 'withdraw_notice' }),
          event({ id: 5, action: 'something_new' as AuditEvent['action'] }),
        ]}
      />,
    );
    const rows = screen.getAllByRole('row').map((r) => r.textContent ?? '');
    expect(rows[1]).toContain('relatie toegevoegd');
    expect(rows[1]).toContain('Verlengt #9');
    expect(rows[2]).toContain('opzegging ingetrokken');
    expect(rows[3]).toContain('something new');
  });

  it('says an event lost its personal data at the destruction, and shows what remained changed', () => {
    renderWithApp(
      <HistoryTable
        events={[
          event({
            id: 6,
            before: { title: 'Oud', ownerName: null, notes: null },
            after: { title: 'Nieuw', ownerName: null, notes: null },
            changes: ['title'],
            redactedAt: '2026-11-29T10:00:00.000Z',
          }),
          event({ id: 5, action: 'destroy', after: { agreementId: 8 } }),
        ]}
      />,
    );
    const rows = screen.getAllByRole('row').map((r) => r.textContent ?? '');
    expect(rows[1]).toMatch(/Persoonsgegevens verwijderd bij vernietiging op 29 november 2026/);
    expect(rows[1]).toContain('Titel: Oud → wordt Nieuw');
    expect(rows[1]).not.toMatch(/Eigenaar|Notities/);
    expect(rows[2]).not.toContain('verwijderd bij vernietiging');
  });
});
