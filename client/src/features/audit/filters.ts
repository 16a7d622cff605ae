import { toSearch, type Query } from '../../lib/api-client.ts';

/** The audit trail's filters, kept in the URL like the register's (shareable links). */
export interface AuditFilters {
  entityType: string;
  entityId: string;
  action: string;
  actor: string;
  from: string;
  to: string;
}

export const AUDIT_FILTER_KEYS = ['entityType', 'entityId', 'action', 'actor', 'from', 'to'] as const satisfies readonly (keyof AuditFilters)[];

export const EMPTY_AUDIT_FILTERS: AuditFilters = { entityType: '', entityId: '', action: '', actor: '', from: '', to: '' };

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

export function auditFiltersFromSearch(params: URLSearchParams): AuditFilters {
  const out = { ...EMPTY_AUDIT_FILTERS };
  for (const key of AUDIT_FILTER_KEYS) out[key] = (params.get(key) ?? '').slice(0, 320);
  // A hand-edited link with a malformed day would only earn a 400: drop it.
  if (!ISO_DAY.test(out.from)) out.from = '';
  if (!ISO_DAY.test(out.to)) out.to = '';
  return out;
}

/** The non-empty filters, trimmed, as API query parameters. */
export function auditFiltersToQuery(filters: AuditFilters): Query {
  const query: Query = {};
  for (const key of AUDIT_FILTER_KEYS) {
    const value = filters[key].trim();
    if (value) query[key] = value;
  }
  return query;
}

export function auditFiltersToSearch(filters: AuditFilters): URLSearchParams {
  return new URLSearchParams(auditFiltersToQuery(filters) as Record<string, string>);
}

export function hasAuditFilters(filters: AuditFilters): boolean {
  return Object.keys(auditFiltersToQuery(filters)).length > 0;
}

/** GET /api/audit.csv with the same filters (the server streams every matching event, oldest first). */
export function auditCsvUrl(filters: AuditFilters): string {
  return `/api/audit.csv${toSearch(auditFiltersToQuery(filters))}`;
}
