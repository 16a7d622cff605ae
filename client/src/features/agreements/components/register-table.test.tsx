import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { I18nProvider } from '../../../lib/i18n/i18n-provider.tsx';
import { agreementSummary } from '../../../testing/fixtures.ts';
import { RegisterTable } from './register-table.tsx';

const row = (id: number) =>
  agreementSummary({ id, title: `Overeenkomst ${id}`, collaborationCode: 'RTR', parties: [{ organisationId: 1, name: 'VRT', role: 'provider' }], isSynthetic: true });

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

/** happy-dom has no layout: give the scroll region a 700 px tall box. */
function giveLayout() {
  vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockReturnValue({ x: 0, y: 0, top: 0, left: 0, bottom: 700, right: 1000, width: 1000, height: 700, toJSON: () => ({}) });
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(700);
  vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(1000);
}

function renderTable(props: Partial<Parameters<typeof RegisterTable>[0]> = {}) {
  const rows = Array.from({ length: 1000 }, (_, i) => row(i + 1));
  const onSort = vi.fn();
  const onNeedMore = vi.fn();
  render(
    <MemoryRouter>
      <I18nProvider initial="nl">
        <RegisterTable rows={rows} total={100_000} sort="title" onSort={onSort} hasMore loadingMore={false} onNeedMore={onNeedMore} {...props} />
      </I18nProvider>
    </MemoryRouter>,
  );
  return { onSort, onNeedMore };
}

describe('register table', () => {
  it('renders only the rows in view of a long list, with the full row count for assistive tech', () => {
    giveLayout();
    renderTable();
    const table = screen.getByRole('table');
    expect(table.getAttribute('aria-rowcount')).toBe('100001');
    const rendered = table.querySelectorAll('tbody tr[data-index]');
    expect(rendered.length).toBeGreaterThan(5);
    expect(rendered.length).toBeLessThan(100);
    expect(rendered[0]?.getAttribute('aria-rowindex')).toBe('2');
  });

  it('sorts from the column headers and marks the sorted column', () => {
    const { onSort } = renderTable();
    const title = screen.getByRole('columnheader', { name: /Titel/ });
    expect(title.getAttribute('aria-sort')).toBe('ascending');
    fireEvent.click(screen.getByRole('button', { name: /Titel/ }));
    expect(onSort).toHaveBeenCalledWith('-title');
    fireEvent.click(screen.getByRole('button', { name: /Opzeggen vóór/ }));
    expect(onSort).toHaveBeenCalledWith('noticeDeadline');
  });

  it('asks for the next page when the end of the loaded rows is near', () => {
    const rows = Array.from({ length: 10 }, (_, i) => row(i + 1));
    const onNeedMore = vi.fn();
    render(
      <MemoryRouter>
        <I18nProvider initial="nl">
          <RegisterTable rows={rows} total={500} sort="title" onSort={() => undefined} hasMore loadingMore={false} onNeedMore={onNeedMore} />
        </I18nProvider>
      </MemoryRouter>,
    );
    expect(onNeedMore).toHaveBeenCalled();
  });
});
