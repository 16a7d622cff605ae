import axe from 'axe-core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createMemoryRouter, RouterProvider } from 'react-router';
import type { SearchResult } from '@akkoord/shared/schemas/search';
import { I18nProvider } from '../../lib/i18n/i18n-provider.tsx';
import { mockApi } from '../../testing/render.tsx';
import { SearchBox } from '../../features/search/components/search-box.tsx';
import { Component as SearchPage } from './search.tsx';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const RESULT: SearchResult = {
  items: [
    {
      kind: 'document',
      agreement: { id: 3, title: 'Dienstverleningsovereenkomst ZVHT', reference: null, collaborationCode: 'ZVHT' },
      document: { id: 8, title: 'getekend.pdf', kind: 'signed_copy' },
      version: 2,
      mediaType: 'application/pdf',
      page: 4,
      snippet: { text: 'De samenwerking wordt jaarlijks geëvalueerd door het bestuur.', highlights: [{ start: 32, end: 43 }], truncatedStart: true, truncatedEnd: false },
    },
    {
      kind: 'agreement',
      agreement: { id: 5, title: 'Samenwerkings- en privacyconvenant ZVHT', reference: null, collaborationCode: 'ZVHT' },
      field: 'notes',
      snippet: { text: '<img src=x onerror=alert(1)> wordt geëvalueerd', highlights: [{ start: 35, end: 46 }], truncatedStart: false, truncatedEnd: false },
    },
  ],
  nextCursor: 'volgende',
  counts: { agreement: 1, document: 3 },
  countLimit: 500,
};

function renderAt(path: string) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const router = createMemoryRouter(
    [
      {
        path: '/',
        element: <SearchBox />,
        children: [],
      },
      {
        path: '/search',
        element: (
          <>
            <SearchBox />
            <main>
              <SearchPage />
            </main>
          </>
        ),
      },
      { path: '/agreements/:id', element: <p>Overeenkomstpagina</p> },
    ],
    { initialEntries: [path] },
  );
  const view = render(
    <QueryClientProvider client={client}>
      <I18nProvider initial="nl">
        <RouterProvider router={router} />
      </I18nProvider>
    </QueryClientProvider>,
  );
  return { router, ...view };
}

async function axeViolations(container: HTMLElement) {
  const result = await axe.run(container, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }, rules: { 'color-contrast': { enabled: false } } });
  return result.violations.map((v) => v.id);
}

describe('the search results page', () => {
  it('shows each hit with its highlighted words (as text, never markup), links and filter counts', async () => {
    const calls = mockApi({ 'GET /api/search': () => ({ body: RESULT }) });
    const { container } = renderAt('/search?q=geevalueerd');
    await screen.findByText('Dienstverleningsovereenkomst ZVHT');
    expect(calls[0]!.path).toBe('/api/search?q=geevalueerd&limit=20');
    const marks = Array.from(container.querySelectorAll('mark'), (m) => m.textContent);
    expect(marks).toEqual(['geëvalueerd', 'geëvalueerd']);
    // Text from a document or a note is shown as text.
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getByText(/<img src=x/)).toBeTruthy();
    expect(screen.getByText('getekend exemplaar “getekend.pdf” · pagina 4 (versie 2)')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Open pagina 4 van getekend.pdf' }).getAttribute('href')).toBe('/api/documents/8/versions/2/content?disposition=inline#page=4');
    expect(screen.getByRole('link', { name: 'Dienstverleningsovereenkomst ZVHT' }).getAttribute('href')).toBe('/agreements/3');
    const filters = within(screen.getByRole('navigation', { name: 'Soort resultaat' }));
    expect(filters.getByRole('link', { name: 'Alles (4)' }).getAttribute('aria-current')).toBe('page');
    expect(filters.getByRole('link', { name: 'Documentpagina’s (3)' }).getAttribute('href')).toBe('/search?q=geevalueerd&kind=document');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Zoekresultaten voor “geevalueerd”');
    expect(await axeViolations(container)).toEqual([]);
  });

  it('says "at least" when the words are too common to count', async () => {
    mockApi({ 'GET /api/search': () => ({ body: { ...RESULT, counts: { agreement: 500, document: 500 } } }) });
    renderAt('/search?q=overeenkomst');
    const filters = within(await screen.findByRole('navigation', { name: 'Soort resultaat' }));
    expect(filters.getByRole('link', { name: 'Overeenkomsten (500+)' })).toBeTruthy();
    expect(filters.getByRole('link', { name: 'Alles (1000+)' })).toBeTruthy();
  });

  it('asks for the next page with the cursor', async () => {
    const calls = mockApi({ 'GET /api/search': (c) => ({ body: c.path.includes('cursor') ? { ...RESULT, items: [], nextCursor: null } : RESULT }) });
    renderAt('/search?q=geevalueerd&kind=document');
    fireEvent.click(await screen.findByRole('button', { name: 'Meer resultaten' }));
    await vi.waitFor(() => expect(calls.map((c) => c.path)).toContain('/api/search?q=geevalueerd&kind=document&limit=20&cursor=volgende'));
  });

  it('says so plainly when nothing is found, and without a query', async () => {
    mockApi({ 'GET /api/search': () => ({ body: { items: [], nextCursor: null, counts: { agreement: 0, document: 0 }, countLimit: 500 } }) });
    const { container } = renderAt('/search?q=xylofoon');
    await screen.findByText('Niets gevonden voor “xylofoon”. Controleer de spelling, of zoek op minder of kortere woorden.');
    expect(await axeViolations(container)).toEqual([]);
    cleanup();
    const calls = mockApi({});
    renderAt('/search');
    expect(screen.getByText('Typ een zoekterm in het zoekvak bovenaan de pagina (sneltoets: /).')).toBeTruthy();
    expect(calls).toEqual([]);
  });
});

describe('the search box', () => {
  it('is focused by "/" outside text fields and goes to the results page', async () => {
    mockApi({ 'GET /api/search': () => ({ body: RESULT }) });
    const { router } = renderAt('/');
    const box = screen.getByRole('searchbox', { name: 'Zoeken in overeenkomsten en documenten' });
    fireEvent.keyDown(document.body, { key: '/' });
    expect(document.activeElement).toBe(box);
    fireEvent.change(box, { target: { value: 'opzegtermijn "drie maanden"' } });
    fireEvent.submit(box.closest('form')!);
    expect(router.state.location.pathname).toBe('/search');
    expect(new URLSearchParams(router.state.location.search).get('q')).toBe('opzegtermijn "drie maanden"');
  });

  it('leaves "/" alone while the user types in a field', () => {
    renderAt('/');
    const other = document.createElement('input');
    document.body.append(other);
    other.focus();
    fireEvent.keyDown(other, { key: '/' });
    expect(document.activeElement).toBe(other);
    other.remove();
  });
});
