import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { Agreement } from '@akkoord/shared/schemas/agreement';
import { agreementSummary } from '../../../testing/fixtures.ts';
import { mockApi, renderWithApp } from '../../../testing/render.tsx';
import { NoticeDialog } from './notice-dialog.tsx';
import { RenewalDecisionDialog } from './renewal-decision-dialog.tsx';
import { StartRenewalDialog } from './start-renewal-dialog.tsx';
import { WorkflowPanel } from './workflow-panel.tsx';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

/** Yearly service agreement: three-year initial term to 31-12-2026, 3 months' notice (deadline 30-09-2026), renews by a year. */
function agreement(overrides: Partial<Agreement> = {}): Agreement {
  return {
    ...agreementSummary({
      id: 7,
      title: 'DVO meldkamer',
      startDate: '2024-01-01',
      endDate: '2026-12-31',
      termKind: 'fixed',
      tacitRenewal: true,
      renewalPeriod: { value: 1, unit: 'year' },
      status: 'active',
      currentTermEnd: '2026-12-31',
      noticeDeadline: '2026-09-30',
      computedOn: '2026-06-01',
    }),
    legalRegime: null,
    initialTermMonths: null,
    noticePeriod: { value: 3, unit: 'month' },
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
    retentionRuleId: null,
    legalHold: null,
    destroyed: false,
    ...overrides,
  };
}

describe('starting a renewal', () => {
  it('shows the successor it will create (own title, one renewal period) and sends the edited title', async () => {
    const a = agreement();
    const calls = mockApi({
      'POST /api/agreements/7/renewal': () => ({ status: 201, body: { predecessor: { ...a, workflowState: 'in_renewal' }, successor: { ...a, id: 8, workflowState: 'draft' } } }),
    });
    const onClose = vi.fn();
    renderWithApp(<StartRenewalDialog agreement={a} onClose={onClose} />);
    const title = screen.getByLabelText(/Titel van de opvolger/) as HTMLInputElement;
    expect(title.value).toBe('DVO meldkamer — verlenging 2027');
    expect(screen.getByText('1 januari 2027')).toBeTruthy();
    expect(screen.getByText('31 december 2027')).toBeTruthy();
    expect(screen.getByText('1 jaar (de verlengingsperiode)')).toBeTruthy();
    expect(screen.getByText(/de opzegdatum 30 september 2026 blijft gesignaleerd/)).toBeTruthy();
    fireEvent.change(title, { target: { value: 'DVO meldkamer 2027–2028' } });
    fireEvent.click(screen.getByRole('button', { name: 'Verlenging starten' }));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(calls.map((c) => [c.method, c.path, c.body])).toEqual([['POST', '/api/agreements/7/renewal', { title: 'DVO meldkamer 2027–2028' }]]);
  });
});

describe('giving notice', () => {
  it('shows the last day for the day typed, late notice explained, and sends the day', async () => {
    const a = agreement();
    const calls = mockApi({ 'POST /api/agreements/7/terminate': () => ({ body: { ...a, workflowState: 'terminated', terminationDate: '2026-12-31' } }) });
    const onClose = vi.fn();
    renderWithApp(<NoticeDialog agreement={a} onClose={onClose} />);
    fireEvent.click(screen.getByRole('button', { name: 'Opzegging vastleggen' }));
    expect(screen.getByText(/Vul de datum in waarop is opgezegd/)).toBeTruthy();
    expect(calls).toEqual([]);
    const date = screen.getByLabelText(/Datum waarop is opgezegd/);
    fireEvent.change(date, { target: { value: '1-10-2025' } });
    expect(screen.getByText(/Op tijd \(uiterste opzegdatum 30 september 2026\).*Laatste dag: 31 december 2026/)).toBeTruthy();
    fireEvent.change(date, { target: { value: '15-5-2026' } });
    expect(screen.getByText(/Laatste dag: 31 december 2026/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Opzegging vastleggen' }));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(calls[0]).toMatchObject({ method: 'POST', path: '/api/agreements/7/terminate', body: { noticeGivenDate: '2026-05-15' } });
  });

  it('explains late notice as ending at the end of the next term', () => {
    mockApi({});
    renderWithApp(<NoticeDialog agreement={agreement({ endDate: '2026-03-31', noticeDeadline: null, computedOn: '2026-06-01' })} onClose={() => {}} />);
    fireEvent.change(screen.getByLabelText(/Datum waarop is opgezegd/), { target: { value: '2026-01-15' } });
    expect(screen.getByText(/Te laat voor deze looptijd: de uiterste opzegdatum was 31 december 2025.*Laatste dag: 31 maart 2027/)).toBeTruthy();
  });

  it('shows a given notice as running until its last day, and withdraws it after confirming', async () => {
    const a = agreement({ workflowState: 'terminated', noticeGivenDate: '2026-05-15', terminationDate: '2026-12-31', decision: 'terminate', noticeDeadline: null });
    const calls = mockApi({ 'POST /api/agreements/7/notice/withdraw': () => ({ body: agreement() }) });
    renderWithApp(<WorkflowPanel agreement={a} canEdit />);
    expect(screen.getByRole('heading', { name: 'Opgezegd per 31 december 2026' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Opzegging intrekken' }));
    expect(calls).toEqual([]);
    fireEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Opzegging intrekken' }));
    await waitFor(() => expect(calls.map((c) => c.path)).toEqual(['/api/agreements/7/notice/withdraw']));
  });
});

describe('an agreement in renewal', () => {
  const inRenewal = () =>
    agreement({
      workflowState: 'in_renewal',
      status: 'in_renewal',
      relations: [
        {
          id: 1,
          kind: 'renews',
          direction: 'incoming',
          otherAgreementId: 8,
          restricted: false,
          otherTitle: 'DVO meldkamer — verlenging 2027',
          otherType: 'service',
          otherArchived: false,
          note: null,
        },
      ],
    });

  it('says a decision is due before the deadline and offers the next steps', () => {
    mockApi({});
    renderWithApp(<WorkflowPanel agreement={inRenewal()} canEdit />);
    expect(screen.getByText('Verlenging gestart — besluit vóór 30 september 2026')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'DVO meldkamer — verlenging 2027' }).getAttribute('href')).toBe('/agreements/8');
    expect(screen.getByRole('link', { name: 'Opvolger bewerken' }).getAttribute('href')).toBe('/agreements/8/edit');
    for (const name of ['Besluit vastleggen', 'Opvolger activeren', 'Verlenging annuleren']) expect(screen.getByRole('button', { name })).toBeTruthy();
  });

  it('records a decision only once one is chosen; terminate asks the day of notice', async () => {
    const a = inRenewal();
    const calls = mockApi({ 'POST /api/agreements/7/renewal/decision': () => ({ body: { ...a, decision: 'renew' } }) });
    const onClose = vi.fn();
    renderWithApp(<RenewalDecisionDialog agreement={a} onClose={onClose} />);
    fireEvent.click(screen.getByRole('button', { name: 'Besluit vastleggen' }));
    expect(screen.getByText('Kies een besluit.')).toBeTruthy();
    fireEvent.click(screen.getByLabelText('Opzeggen'));
    expect(screen.getByLabelText(/Datum waarop is opgezegd/)).toBeTruthy();
    fireEvent.click(screen.getByLabelText('Verlengen'));
    expect(screen.getByText(/stoppen de signalering en herinneringen/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Besluit vastleggen' }));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(calls[0]).toMatchObject({ path: '/api/agreements/7/renewal/decision', body: { decision: 'renew' } });
  });
});
