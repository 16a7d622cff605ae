import { AGREEMENT_SORTS, AGREEMENT_STATUSES, AGREEMENT_TYPES, type AgreementSort, type AgreementStatus, type AgreementType } from '@akkoord/shared/domain/enums';
import type { Query } from '../../lib/api-url.ts';

/** The register's filters as they live in the URL (shareable links). */
export interface RegisterFilters {
  q: string;
  collaboration: string;
  type: AgreementType | '';
  party: string;
  /** Owner e-mail or name ("Mijn overeenkomsten" = the user's e-mail). */
  owner: string;
  status: AgreementStatus | '';
  from: string;
  to: string;
  archived: 'exclude' | 'include' | 'only';
  /** Known amount at least / at most, in whole cents (as digits; empty = no bound). */
  valueMin: string;
  valueMax: string;
  sort: AgreementSort;
}

export const DEFAULT_FILTERS: RegisterFilters = {
  q: '',
  collaboration: '',
  type: '',
  party: '',
  owner: '',
  status: '',
  from: '',
  to: '',
  archived: 'exclude',
  valueMin: '',
  valueMax: '',
  sort: 'title',
};

const pick = <T extends string>(allowed: readonly T[], value: string | null): T | '' => (value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : '');

/** Reads filters from URL search params; unknown values fall back to the defaults. */
export function filtersFromSearch(params: URLSearchParams): RegisterFilters {
  const archived = params.get('archived');
  return {
    q: params.get('q') ?? '',
    collaboration: (params.get('collaboration') ?? '').toUpperCase(),
    type: pick(AGREEMENT_TYPES, params.get('type')),
    party: /^\d+$/.test(params.get('party') ?? '') ? (params.get('party') as string) : '',
    owner: (params.get('owner') ?? '').trim().slice(0, 320),
    status: pick(AGREEMENT_STATUSES, params.get('status')),
    from: /^\d{4}-\d{2}-\d{2}$/.test(params.get('from') ?? '') ? (params.get('from') as string) : '',
    to: /^\d{4}-\d{2}-\d{2}$/.test(params.get('to') ?? '') ? (params.get('to') as string) : '',
    archived: archived === 'include' || archived === 'only' ? archived : 'exclude',
    valueMin: /^\d{1,14}$/.test(params.get('valueMin') ?? '') ? (params.get('valueMin') as string) : '',
    valueMax: /^\d{1,14}$/.test(params.get('valueMax') ?? '') ? (params.get('valueMax') as string) : '',
    sort: pick(AGREEMENT_SORTS, params.get('sort')) || 'title',
  };
}

/** Writes only the non-default filters, so links stay short. */
export function filtersToSearch(filters: RegisterFilters): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of Object.keys(DEFAULT_FILTERS) as (keyof RegisterFilters)[]) {
    const value = filters[key].trim();
    if (value && value !== DEFAULT_FILTERS[key]) params.set(key, value);
  }
  return params;
}

/** Rows per page of the register (the infinite list asks for the next page as the user scrolls). */
export const REGISTER_PAGE_SIZE = 100;

/** The API query for a set of filters (without paging). */
export function filtersToQuery(filters: RegisterFilters): Query {
  return {
    q: filters.q.trim() || undefined,
    collaboration: filters.collaboration || undefined,
    type: filters.type || undefined,
    party: filters.party || undefined,
    owner: filters.owner.trim() || undefined,
    status: filters.status || undefined,
    from: filters.from || undefined,
    to: filters.to || undefined,
    archived: filters.archived === 'exclude' ? undefined : filters.archived,
    valueMin: filters.valueMin || undefined,
    valueMax: filters.valueMax || undefined,
    sort: filters.sort,
  };
}

export function hasActiveFilters(filters: RegisterFilters): boolean {
  return filtersToSearch({ ...filters, sort: DEFAULT_FILTERS.sort }).size > 0;
}

/** The API query of one page of the register: the filters' query, the page size and the cursor (none: the first page). */
export function registerPageQuery(query: Query, cursor: string | null = null): Query {
  return { ...query, limit: REGISTER_PAGE_SIZE, cursor: cursor ?? undefined };
}
