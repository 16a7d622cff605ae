import { describe, expect, it } from 'vitest';
import { DEFAULT_FILTERS, filtersFromSearch, filtersToQuery, filtersToSearch } from './filters.ts';

describe('register filters in the URL', () => {
  it('round-trips through the search string, leaving defaults out', () => {
    const filters = { ...DEFAULT_FILTERS, collaboration: 'RTR', type: 'processor' as const, q: 'camera' };
    const search = filtersToSearch(filters);
    expect(search.toString()).toBe('q=camera&collaboration=RTR&type=processor');
    expect(filtersFromSearch(search)).toEqual(filters);
  });

  it('ignores values the API would refuse', () => {
    const f = filtersFromSearch(new URLSearchParams('type=nonsense&status=x&party=abc&from=2020&sort=bogus'));
    expect(f).toEqual(DEFAULT_FILTERS);
  });

  it('builds the API query', () => {
    expect(filtersToQuery({ ...DEFAULT_FILTERS, collaboration: 'IVZ', archived: 'include' })).toMatchObject({ collaboration: 'IVZ', archived: 'include', sort: 'title' });
  });
});
