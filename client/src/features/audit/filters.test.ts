import { describe, expect, it } from 'vitest';
import { auditCsvUrl, auditFiltersFromSearch, auditFiltersToSearch, EMPTY_AUDIT_FILTERS, hasAuditFilters } from './filters.ts';

describe('audit filters', () => {
  it('round-trip through the URL, leaving out empty ones', () => {
    const filters = { ...EMPTY_AUDIT_FILTERS, entityType: 'user', actor: ' beheerder@akkoord.local ', from: '2026-01-01' };
    const search = auditFiltersToSearch(filters);
    expect(search.toString()).toBe('entityType=user&actor=beheerder%40akkoord.local&from=2026-01-01');
    expect(auditFiltersFromSearch(search)).toEqual({ ...filters, actor: 'beheerder@akkoord.local' });
  });

  it('drops a malformed day from a hand-edited link', () => {
    expect(auditFiltersFromSearch(new URLSearchParams('from=gisteren&to=2026-02-30x')).from).toBe('');
  });

  it('builds the CSV link with the same filters', () => {
    expect(auditCsvUrl({ ...EMPTY_AUDIT_FILTERS, entityType: 'agreement', entityId: '8' })).toBe('/api/audit.csv?entityType=agreement&entityId=8');
    expect(auditCsvUrl(EMPTY_AUDIT_FILTERS)).toBe('/api/audit.csv');
    expect(hasAuditFilters(EMPTY_AUDIT_FILTERS)).toBe(false);
  });
});
