import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import axe from 'axe-core';
import type { Agreement } from '@akkoord/shared/schemas/agreement';
import type { Suggestion } from '@akkoord/shared/schemas/suggestion';
import { agreementSummary } from '../../../testing/fixtures.ts';
import { mockApi, renderWithApp } from '../../../testing/render.tsx';
import { SuggestionsPanel } from './suggestions-panel.tsx';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const agreement = (over: Partial<Agreement> = {}): Agreement => ({
  ...agreementSummary({ id: 7, version: 4, startDate: null }),
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
  retentionRuleId: null,
  legalHold: null,
  destroyed: false,
  ...over,
});

const suggestion = (over: Partial<Suggestion> = {}): Suggestion => ({
  id: 31,
  field: 'startDate',
  value: '2024-01-01',
  documentId: 5,
  documentTitle: 'DVO getekend.pdf',
  version: 2,
  page: 3,
  quote: 'Deze overeenkomst treedt in werking op 1 januari 2024.',
  state: 'open',
  ...over,
});

async function axeViolations(container: HTMLElement) {
  const result = await axe.run(container, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }, rules: { 'color-contrast': { enabled: false } } });
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`);
}

const LIST = 'GET /api/agreements/7/suggestions';

describe('the suggestions panel', () => {
  it('shows each proposal with its value, what Akkoord knows now, the quote and its page, and is axe-clean', async () => {
    mockApi({
      [LIST]: () => ({
        body: {
          items: [suggestion(), suggestion({ id: 32, field: 'noticePeriod', value: { value: 3, unit: 'month' }, page: 4, quote: 'De opzegtermijn bedraagt 3 (drie) maanden.' })],
        },
      }),
    });
    const { container } = renderWithApp(<SuggestionsPanel agreement={agreement({ noticePeriod: { value: 1, unit: 'month' } })} canDecide />);
    const list = await screen.findByRole('list', { name: 'Openstaande voorstellen' });
    const [first, second] = within(list).getAllByRole('listitem');
    expect(first!.textContent).toContain('Ingangsdatum: 1 januari 2024');
    expect(first!.textContent).toContain('Nu in Akkoord: onbekend');
    expect(within(first!).getByText('Deze overeenkomst treedt in werking op 1 januari 2024.').closest('blockquote')).toBeTruthy();
    const source = within(first!).getByRole('link', { name: /DVO getekend\.pdf, versie 2, pagina 3/ });
    expect(source.getAttribute('href')).toBe('/api/documents/5/versions/2/content?disposition=inline#page=3');
    expect(second!.textContent).toContain('Opzegtermijn: 3 maanden');
    expect(second!.textContent).toContain('Nu in Akkoord: 1 maand');
    expect(within(first!).getByRole('button', { name: 'Overnemen Ingangsdatum: 1 januari 2024' })).toBeTruthy();
    expect(await axeViolations(container)).toEqual([]);
  });

  it('accepts with the agreement version read, says what changed with an undo (focused), and undo puts the old value back', async () => {
    const saved = { ...agreement({ version: 5, startDate: '2024-01-01' }) };
    const calls = mockApi({
      [LIST]: () => ({ body: { items: [suggestion()] } }),
      'POST /api/agreements/7/suggestions/31/accept': () => ({ body: { agreement: saved, suggestion: suggestion({ state: 'accepted' }) } }),
      'PATCH /api/agreements/7': () => ({ body: agreement({ version: 6 }) }),
      'POST /api/agreements/7/suggestions/31/reopen': () => ({ body: suggestion() }),
    });
    const { container } = renderWithApp(<SuggestionsPanel agreement={agreement()} canDecide />);
    fireEvent.click(await screen.findByRole('button', { name: /^Overnemen Ingangsdatum/ }));
    const status = screen.getByRole('status');
    const undo = await within(status).findByRole('button', { name: 'Ongedaan maken' });
    expect(status.textContent).toContain('Ingangsdatum overgenomen: 1 januari 2024.');
    expect(document.activeElement).toBe(undo);
    expect(calls.find((c) => c.method === 'POST')).toMatchObject({ path: '/api/agreements/7/suggestions/31/accept', body: { version: 4 } });
    expect(await axeViolations(container.ownerDocument.body)).toEqual([]);
    fireEvent.click(undo);
    await vi.waitFor(() => expect(calls.some((c) => c.path.endsWith('/reopen'))).toBe(true));
    expect(calls.find((c) => c.method === 'PATCH')).toMatchObject({ path: '/api/agreements/7', body: { version: 5, startDate: null } });
    expect(await within(status).findByText('Ongedaan gemaakt.')).toBeTruthy();
  });

  it('rejects without touching the agreement, and undo proposes it again', async () => {
    const calls = mockApi({
      [LIST]: () => ({ body: { items: [suggestion()] } }),
      'POST /api/agreements/7/suggestions/31/reject': () => ({ body: suggestion({ state: 'rejected' }) }),
      'POST /api/agreements/7/suggestions/31/reopen': () => ({ body: suggestion() }),
    });
    renderWithApp(<SuggestionsPanel agreement={agreement()} canDecide />);
    fireEvent.click(await screen.findByRole('button', { name: /^Afwijzen Ingangsdatum/ }));
    const status = screen.getByRole('status');
    expect((await within(status).findByText(/Voorstel voor Ingangsdatum afgewezen; de overeenkomst is niet gewijzigd/)).textContent).toBeTruthy();
    fireEvent.click(within(status).getByRole('button', { name: 'Ongedaan maken' }));
    await vi.waitFor(() => expect(calls.map((c) => `${c.method} ${c.path}`)).toContain('POST /api/agreements/7/suggestions/31/reopen'));
    expect(calls.some((c) => c.method === 'PATCH')).toBe(false);
  });

  it('says plainly when the agreement changed meanwhile, and nothing was accepted', async () => {
    mockApi({
      [LIST]: () => ({ body: { items: [suggestion()] } }),
      'POST /api/agreements/7/suggestions/31/accept': () => ({ status: 409, body: { type: 'about:blank', title: 'Conflict', status: 409, code: 'stale_write' } }),
    });
    renderWithApp(<SuggestionsPanel agreement={agreement()} canDecide />);
    fireEvent.click(await screen.findByRole('button', { name: /^Overnemen/ }));
    expect(await screen.findByText(/De overeenkomst is intussen door iemand anders gewijzigd. Er is niets overgenomen/)).toBeTruthy();
  });

  it('lets readers read without buttons, keeps decided ones apart, and says when there is nothing open', async () => {
    mockApi({ [LIST]: () => ({ body: { items: [suggestion({ state: 'rejected' }), suggestion({ id: 33, field: 'tacitRenewal', value: true, state: 'accepted' })] } }) });
    const { container } = renderWithApp(<SuggestionsPanel agreement={agreement()} canDecide={false} />);
    expect(await screen.findByText(/Er zijn geen openstaande voorstellen/)).toBeTruthy();
    expect(screen.getByText('Eerder beoordeeld (2)')).toBeTruthy();
    expect(screen.getByText(/Ingangsdatum/).closest('li')!.textContent).toContain('afgewezen');
    expect(screen.getByText(/Stilzwijgende verlenging/).closest('li')!.textContent).toContain('ja — overgenomen');
    expect(screen.queryByRole('button')).toBeNull();
    expect(await axeViolations(container)).toEqual([]);
  });

  it('offers to propose a rejected value again, and speaks English', async () => {
    const calls = mockApi({
      [LIST]: () => ({ body: { items: [suggestion({ state: 'rejected', field: 'signedDate', value: '2023-12-12' })] } }),
      'POST /api/agreements/7/suggestions/31/reopen': () => ({ body: suggestion({ field: 'signedDate', value: '2023-12-12' }) }),
    });
    renderWithApp(<SuggestionsPanel agreement={agreement()} canDecide />, { lang: 'en' });
    expect(await screen.findByText(/There are no open suggestions/)).toBeTruthy();
    expect(screen.getByText('Decided earlier (1)')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Propose again Date signed' }));
    await vi.waitFor(() => expect(calls.map((c) => c.path)).toContain('/api/agreements/7/suggestions/31/reopen'));
    expect(await screen.findByText('Suggestion for Date signed is open again.')).toBeTruthy();
  });
});
