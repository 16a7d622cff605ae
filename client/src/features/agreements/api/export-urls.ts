import { toSearch, type Query } from '../../../lib/api-client.ts';

/** The file formats of the register export. */
export type RegisterExportFormat = 'csv' | 'xlsx';

/**
 * `GET /api/agreements/export.csv|xlsx` with the register's current filters
 * and sort and the interface language: the server streams every matching
 * agreement the user may see (decision 052).
 */
export function registerExportUrl(format: RegisterExportFormat, query: Query, lang: 'nl' | 'en'): string {
  const { limit: _limit, cursor: _cursor, ...filters } = query;
  return `/api/agreements/export.${format}${toSearch({ ...filters, lang })}`;
}
