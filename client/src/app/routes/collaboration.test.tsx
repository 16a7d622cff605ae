import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import axe from 'axe-core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { MemoryRouter, Route, Routes } from 'react-router';
import type { CollaborationDetail } from '@akkoord/shared/schemas/collaboration';
import { I18nProvider } from '../../lib/i18n/i18n-provider.tsx';
import { loadDictionary } from '../../lib/i18n/load-dictionary.ts';
import type { Language } from '../../lib/i18n/types.ts';
import { type SessionState } from '../../features/session/api/get-session.ts';
import { agreementSummary, signedInSession } from '../../testing/fixtures.ts';
import { mockApi } from '../../testing/render.tsx';
import { Component as CollaborationPage } from './collaboration.tsx';
import { sessionKeys } from '../../features/session/api/keys.ts';

// The layout engine runs in a Web Worker, which the test DOM has not; the page's requests are what matter here.
vi.mock('../../features/chain-graph/api/load-elk.ts', () => ({ loadElk: () => new Promise(() => undefined) }));

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const ZVHT_AGREEMENT = agreementSummary({ id: 21, title: 'Dienstverleningsovereenkomst ZVHT', collaborationCode: 'ZVHT', startDate: '2018' });

/** KMT, housed within ZVHT, without agreements of its own. */
const KMT_BASE: Omit<CollaborationDetail, 'coveredBy'> = {
  id: 4,
  code: 'KMT',
  name: 'Kernteam Mensenhandel Twente',
  parentCode: 'ZVHT',
  foundedYear: 2021,
  hostedByVrtSince: 2021,
  budgetCents: null,
  capacityFte: null,
  agreementCount: 0,
  memberCount: 0,
  purpose: null,
  foundedNote: null,
  capacityNote: null,
  budgetNote: null,
  fundingNote: null,
  agreementsNote: null,
  legalBasis: null,
  source: null,
  children: [],
  members: [],
  funding: [],
  contradictions: [],
  agreements: [],
  commitments: [],
};
/** As a user limited to KMT gets it: ZVHT's agreements by number only. */
const KMT_LIMITED: CollaborationDetail = {
  ...KMT_BASE,
  coveredBy: [
    {
      code: 'ZVHT',
      agreements: [
        { restricted: true, id: 21 },
        { restricted: true, id: 22 },
      ],
    },
  ],
};
const KMT_UNLIMITED: CollaborationDetail = { ...KMT_BASE, coveredBy: [{ code: 'ZVHT', agreements: [{ ...ZVHT_AGREEMENT, restricted: false }] }] };

/** ZVHT, which houses KMT, as a user who may see it gets it (its own agreements left out here). */
const ZVHT: CollaborationDetail = {
  ...KMT_BASE,
  id: 3,
  code: 'ZVHT',
  name: 'Zorg- en Veiligheidshuis Twente',
  parentCode: null,
  children: [{ code: 'KMT', name: 'Kernteam Mensenhandel Twente' }],
  coveredBy: [],
};

/** A viewer limited to `scope` (null: to nothing, as before). */
const viewer = (scope: string[] | null): SessionState => signedInSession({ id: '3', email: 'kmt@vrt.nl', name: 'KMT', role: 'viewer', permissions: {}, collaborationScope: scope });

// English is a chunk of its own, loaded on a switch; here it is loaded before rendering in it.
beforeAll(() => loadDictionary('en'));

function renderCollaboration(detail: CollaborationDetail, { lang = 'nl', scope }: { lang?: Language; scope: string[] | null }) {
  const calls = mockApi({
    [`GET /api/collaborations/${detail.code}`]: () => ({ body: detail }),
    'GET /api/agreements': () => ({ body: { items: [], nextCursor: null, total: 0 } }),
    'GET /api/agreements/21/chain': () => ({ body: { agreementId: 21, nodes: [], edges: [], truncated: false, counts: { errors: 0, warnings: 0 } } }),
  });
  const client = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: Infinity } } });
  client.setQueryData(sessionKeys.current, viewer(scope));
  const result = render(
    <QueryClientProvider client={client}>
      <I18nProvider initial={lang}>
        <MemoryRouter initialEntries={[`/collaborations/${detail.code}`]}>
          <Routes>
            <Route path="/collaborations/:code" element={<CollaborationPage />} />
          </Routes>
        </MemoryRouter>
      </I18nProvider>
    </QueryClientProvider>,
  );
  return { ...result, calls };
}

/** axe's WCAG 2.1 A/AA rules that do not need a real layout (colour contrast is checked in the browser suite). */
async function axeViolations(container: HTMLElement) {
  const result = await axe.run(container, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }, rules: { 'color-contrast': { enabled: false } } });
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`);
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

describe('the KMT page for a user limited to KMT', () => {
  it('lists the covering ZVHT agreements by number, without links, and says why', async () => {
    const { container } = renderCollaboration(KMT_LIMITED, { scope: ['KMT'] });
    const table = await screen.findByRole('table', { name: 'Gedekt door de overeenkomsten van ZVHT' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => r.textContent)).toEqual([
      'Overeenkomst buiten uw samenwerkingsverbanden (nr. 21)geen inzage',
      'Overeenkomst buiten uw samenwerkingsverbanden (nr. 22)geen inzage',
    ]);
    expect(within(table).queryAllByRole('link')).toEqual([]);
    expect(container.textContent).toContain('ZVHT valt buiten uw samenwerkingsverbanden: u ziet dat deze overeenkomsten er zijn, niet wat erin staat.');
    expect(await axeViolations(table.closest('section') ?? container)).toEqual([]);
  });

  it('asks nothing about them: no chain, no ZVHT timeline', async () => {
    const { calls } = renderCollaboration(KMT_LIMITED, { scope: ['KMT'] });
    await screen.findByRole('table', { name: 'Gedekt door de overeenkomsten van ZVHT' });
    await settle();
    const paths = calls.map((c) => c.path);
    expect(paths.filter((p) => /\/api\/agreements\/\d+/.test(p))).toEqual([]);
    expect(paths.filter((p) => p.includes('collaboration=ZVHT'))).toEqual([]);
    expect(paths.some((p) => p.startsWith('/api/agreements?') && p.includes('collaboration=KMT'))).toBe(true);
  });

  it('names them in English when the interface is', async () => {
    renderCollaboration(KMT_LIMITED, { lang: 'en', scope: ['KMT'] });
    const table = await screen.findByRole('table', { name: 'Covered by the agreements of ZVHT' });
    expect(within(table).getAllByRole('row')[1]!.textContent).toBe('Agreement outside your collaborations (no. 21)no access');
  });
});

describe('the KMT page for a user who may see ZVHT', () => {
  it('links the covering agreements and draws their chain and timeline, as before', async () => {
    const { calls } = renderCollaboration(KMT_UNLIMITED, { scope: null });
    const table = await screen.findByRole('table', { name: 'Gedekt door de overeenkomsten van ZVHT' });
    expect(within(table).getByRole('link', { name: 'Dienstverleningsovereenkomst ZVHT' }).getAttribute('href')).toBe('/agreements/21');
    expect(screen.queryByText(/valt buiten uw samenwerkingsverbanden/)).toBeNull();
    await vi.waitFor(() => expect(calls.map((c) => c.path)).toContain('/api/agreements/21/chain'));
    expect(calls.some((c) => c.path.startsWith('/api/agreements?') && c.path.includes('collaboration=ZVHT'))).toBe(true);
  });
});

describe('the link to the collaboration that houses this one', () => {
  const partOfLink = (container: HTMLElement) => container.querySelector('a[href="/collaborations/ZVHT"]');

  it('is plain text, saying why, for a user limited to KMT: ZVHT\'s page would answer "not found"', async () => {
    const { container } = renderCollaboration(KMT_LIMITED, { scope: ['KMT'] });
    const partOf = await screen.findByText('Onderdeel van ZVHT (buiten uw samenwerkingsverbanden, geen inzage)');
    expect(partOf.closest('a')).toBeNull();
    expect(partOfLink(container)).toBeNull();
    expect(await axeViolations(partOf.closest('.app-page-header') as HTMLElement)).toEqual([]);
  });

  it('says so in English when the interface is', async () => {
    const { container } = renderCollaboration(KMT_LIMITED, { lang: 'en', scope: ['KMT'] });
    expect(await screen.findByText('Part of ZVHT (outside your collaborations, no access)')).toBeTruthy();
    expect(partOfLink(container)).toBeNull();
  });

  it('stays a link for an unlimited user, and for one whose scope lists ZVHT too', async () => {
    for (const scope of [null, ['KMT', 'ZVHT']]) {
      const { container } = renderCollaboration(KMT_UNLIMITED, { scope });
      const link = await screen.findByRole('link', { name: 'Onderdeel van ZVHT' });
      expect(link.getAttribute('href')).toBe('/collaborations/ZVHT');
      expect(container.textContent).not.toContain('geen inzage');
      expect(await axeViolations(link.closest('.app-page-header') as HTMLElement)).toEqual([]);
      cleanup();
    }
  });
});

describe('the links to the collaborations within this one', () => {
  it('are plain text, saying why, for a user limited to ZVHT: KMT\'s page would answer "not found"', async () => {
    const { container } = renderCollaboration(ZVHT, { scope: ['ZVHT'] });
    const child = await screen.findByText('Kernteam Mensenhandel Twente (buiten uw samenwerkingsverbanden, geen inzage)');
    expect(child.closest('a')).toBeNull();
    expect(container.querySelector('a[href="/collaborations/KMT"]')).toBeNull();
    expect(await axeViolations(child.closest('section') ?? container)).toEqual([]);
  });

  it('stay links for an unlimited user', async () => {
    renderCollaboration(ZVHT, { scope: null });
    const link = await screen.findByRole('link', { name: 'Kernteam Mensenhandel Twente' });
    expect(link.getAttribute('href')).toBe('/collaborations/KMT');
    expect(screen.queryByText(/geen inzage/)).toBeNull();
  });
});

describe('the committed amounts next to the budget', () => {
  const ZVHT_BUDGETED: CollaborationDetail = {
    ...ZVHT,
    budgetCents: 83_700_000,
    commitments: [
      {
        year: 2026,
        knownCents: 90_000_000,
        counted: [{ id: 21, title: 'Dienstverleningsovereenkomst ZVHT', cents: 90_000_000 }],
        unknown: [{ id: 22, title: 'Bestuursovereenkomst ZVHT', reason: 'amount_unknown' }],
        comparison: 'over_budget',
        differenceCents: 6_300_000,
      },
      {
        year: 2027,
        knownCents: 0,
        counted: [],
        unknown: [{ id: 22, title: 'Bestuursovereenkomst ZVHT', reason: 'amount_unknown' }],
        comparison: 'under_budget',
        differenceCents: -83_700_000,
      },
    ],
  };

  it('flags the excess and an uncertain gap per year, and lists the agreements whose amount is unknown', async () => {
    const { container } = renderCollaboration(ZVHT_BUDGETED, { scope: null });
    const table = await screen.findByRole('table', { name: 'Vastgelegde bedragen per jaar' });
    const rows = within(table).getAllByRole('row').slice(1);
    const text = (row: HTMLElement) => (row.textContent ?? '').replace(/\s/g, ' ');
    expect(text(rows[0]!)).toContain('€ 900.000');
    expect(text(rows[0]!)).toContain('€ 63.000 boven de begroting');
    expect(text(rows[1]!)).toContain('€ 837.000 onder de begroting, maar niet alles is bekend');
    expect(within(rows[0]!).getByRole('link', { name: 'Bestuursovereenkomst ZVHT' }).getAttribute('href')).toBe('/agreements/22');
    expect(await axeViolations(table.closest('section') ?? container)).toEqual([]);
  });

  it('says the same in English', async () => {
    renderCollaboration(ZVHT_BUDGETED, { lang: 'en', scope: null });
    const table = await screen.findByRole('table', { name: 'Committed amounts per year' });
    expect((within(table).getAllByRole('row')[1]!.textContent ?? '').replace(/\s/g, ' ')).toContain('€63,000 over budget');
  });
});
