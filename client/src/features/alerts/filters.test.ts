import { describe, expect, it } from 'vitest';
import { alertFiltersFromSearch, alertFiltersToQuery, alertFiltersToSearch } from './filters.ts';

describe('alert filters in the URL', () => {
  it('round-trips through the URL and becomes the API query', () => {
    const filters = alertFiltersFromSearch(new URLSearchParams('kind=notice_deadline&severity=high&collaboration=rtr&owner=%20J.%20Jansen%20&state=acknowledged'));
    expect(filters).toEqual({ kind: 'notice_deadline', severity: 'high', collaboration: 'RTR', owner: 'J. Jansen', state: 'acknowledged' });
    expect(alertFiltersToQuery(filters)).toEqual({ state: 'acknowledged', kind: 'notice_deadline', severity: 'high', collaboration: 'RTR', owner: 'J. Jansen' });
    expect(alertFiltersFromSearch(alertFiltersToSearch(filters))).toEqual(filters);
  });

  it('drops values the API would refuse and defaults to open alerts', () => {
    expect(alertFiltersFromSearch(new URLSearchParams('kind=bogus&severity=&state=gone'))).toEqual({ kind: '', severity: '', collaboration: '', owner: '', state: 'open' });
    expect(alertFiltersToSearch(alertFiltersFromSearch(new URLSearchParams())).toString()).toBe('');
  });
});
