import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import type { Agreement } from '@akkoord/shared/schemas/agreement';
import type { AgreementRetention, DestructionList } from '@akkoord/shared/schemas/retention';
import { agreementSummary } from '../../../testing/fixtures.ts';
import { mockApi, renderWithApp } from '../../../testing/render.tsx';
import { DestructionLists } from './destruction-lists.tsx';
import { RetentionPanel } from './retention-panel.tsx';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const rule = { id: 1, code: '16.1', description: 'Overeenkomst aangegaan', action: 'destroy' as const, years: 10, legalBasis: 'Selectielijst 2020, resultaat 16.1' };
const retention = (over: Partial<AgreementRetention> = {}): AgreementRetention => ({
  rule,
  end: '2015',
  destructionDate: '2025-12-31',
  noDateReason: null,
  isPassed: true,
  legalHold: null,
  pendingListId: null,
  destruction: null,
  ...over,
});
const agreement = (r: AgreementRetention): Agreement => ({
  ...agreementSummary(),
  legalRegime: null,
  initialTermMonths: null,
  noticePeriod: null,
  maxRenewals: null,
  reviewDate: null,
  alertLeadDays: null,
  ownerEmail: null,
  deputyEmail: null,
  noticeGivenDate: null,
  decision: null,
  terminationDate: null,
  notes: null,
  source: null,
  archivedAt: null,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  parties: [],
  relations: [],
  wooCategory: 'none',
  wooPublication: { state: 'not_required', publishedOn: null, url: null, grounds: [], documentVersionId: null },
  retentionRuleId: r.rule?.id ?? null,
  legalHold: null,
  destroyed: r.destruction !== null,
  retention: r,
});
const rowText = (label: string) => screen.getByText(label, { selector: 'dt' }).nextElementSibling?.textContent ?? '';

describe('retention on the agreement page', () => {
  it('shows the rule and the destruction date, or "onbekend" with the reason', () => {
    renderWithApp(<RetentionPanel agreement={agreement(retention())} canEdit={false} />);
    expect(rowText('Bewaarregel')).toContain('16.1 — Overeenkomst aangegaan: vernietigen 10 jaar na het einde');
    expect(rowText('Vernietigingsdatum')).toBe('31 december 2025de bewaartermijn is verstreken');
    cleanup();
    renderWithApp(<RetentionPanel agreement={agreement(retention({ end: null, destructionDate: null, noDateReason: 'end_unknown', isPassed: false }))} canEdit={false} />);
    expect(rowText('Vernietigingsdatum')).toBe('onbekendhet einde van de overeenkomst is onbekend of zij loopt voor onbepaalde tijd');
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('sets a legal hold only with a reason, and sends it', async () => {
    const calls = mockApi({
      'PUT /api/agreements/12/legal-hold': () => ({ status: 422, body: { type: 'about:blank', title: 'x', status: 422, code: 'validation_failed', detail: 'x' } }),
    });
    const a = { ...agreement(retention()), id: 12 };
    renderWithApp(<RetentionPanel agreement={a} canEdit />);
    fireEvent.click(screen.getByRole('button', { name: 'Bewaarplicht instellen' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Opslaan' }));
    expect(await within(dialog).findByText('Vul dit veld in.')).toBeTruthy();
    expect(calls).toEqual([]);
    fireEvent.change(within(dialog).getByLabelText(/Reden/), { target: { value: 'Woo-verzoek loopt' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Opslaan' }));
    await vi.waitFor(() => expect(calls.map((c) => [c.method, c.path, c.body])).toEqual([['PUT', '/api/agreements/12/legal-hold', { reason: 'Woo-verzoek loopt' }]]));
  });

  it('shows the minimal record of a destroyed agreement', () => {
    const record = {
      id: 1,
      agreementId: 12,
      listId: 3,
      destroyedAt: '2026-11-29T10:00:00.000Z',
      proposedBy: { id: 1, label: 'anna@vrt.nl' },
      approvedBy: { id: 2, label: 'bart@vrt.nl' },
      rule: { code: '16.1', description: 'Overeenkomst aangegaan', years: 10, legalBasis: 'Selectielijst 2020' },
      agreement: { title: 'DVO', reference: null, type: 'service' as const, collaborationCode: 'IVZ', end: '2015', destructionDate: '2025-12-31' },
      documents: [{ title: 'Contract.pdf', kind: 'signed_copy', versions: 2, sha256: ['a', 'b'] }],
      clearedFields: ['agreement.notes'],
    };
    renderWithApp(<RetentionPanel agreement={agreement(retention({ destruction: record }))} canEdit />);
    expect(screen.getByText(/vernietigd volgens de Archiefwet/)).toBeTruthy();
    expect(rowText('Voorgesteld door')).toBe('anna@vrt.nl');
    expect(rowText('Goedgekeurd door')).toBe('bart@vrt.nl');
    expect(rowText('Vernietigde documenten')).toBe('Contract.pdf (2 versies)');
    expect(screen.queryByRole('button')).toBeNull();
  });
});

const list = (over: Partial<DestructionList>): DestructionList => ({
  id: 4,
  state: 'proposed',
  note: null,
  proposedBy: { id: 1, label: 'anna@vrt.nl' },
  proposedAt: '2026-11-28T09:00:00.000Z',
  decidedBy: null,
  decidedAt: null,
  decisionNote: null,
  items: [{ agreementId: 12, title: 'DVO beveiliging 2014', reference: null, destructionDate: '2024-06-30', legalHold: false, destroyed: false }],
  isOwn: false,
  ...over,
});

describe('destruction lists', () => {
  it('lets a second admin approve after a confirmation that names the proposer', async () => {
    const calls = mockApi({
      'GET /api/destruction-lists': () => ({ body: [list({})] }),
      'POST /api/destruction-lists/4/approve': () => ({ body: list({ state: 'approved' }) }),
    });
    renderWithApp(<DestructionLists />);
    fireEvent.click(await screen.findByRole('button', { name: 'Goedkeuren en vernietigen' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText(/anna@vrt.nl stelde voor 1 overeenkomst te vernietigen/)).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Goedkeuren en vernietigen' }));
    await vi.waitFor(() => expect(calls.some((c) => c.method === 'POST' && c.path === '/api/destruction-lists/4/approve')).toBe(true));
  });

  it('tells the proposer they cannot approve their own list, and offers only to withdraw it', async () => {
    mockApi({ 'GET /api/destruction-lists': () => ({ body: [list({ isOwn: true })] }) });
    renderWithApp(<DestructionLists />);
    expect(await screen.findByText(/U stelde deze lijst zelf voor/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Goedkeuren en vernietigen' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Afwijzen' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Intrekken' })).toBeTruthy();
  });
});
