import { ALERT_KINDS, ALERT_SEVERITIES } from '@akkoord/shared/lifecycle/alert-types';
import type { Query } from '../../lib/api-client.ts';

export const ALERT_STATES = ['open', 'acknowledged', 'snoozed', 'all'] as const;
export type AlertState = (typeof ALERT_STATES)[number];

/** The alerts page's filters, kept in the URL (shareable, back button); the same as the API's. */
export interface AlertFilters {
  kind: string;
  severity: string;
  collaboration: string;
  owner: string;
  state: AlertState;
}

export const EMPTY_ALERT_FILTERS: AlertFilters = { kind: '', severity: '', collaboration: '', owner: '', state: 'open' };

const oneOf = (value: string | null, allowed: readonly string[]) => (value && allowed.includes(value) ? value : '');

/** Filters from a URL; values the API would refuse (a hand-edited link) are dropped rather than earning a 400. */
export function alertFiltersFromSearch(params: URLSearchParams): AlertFilters {
  const state = oneOf(params.get('state'), ALERT_STATES);
  return {
    kind: oneOf(params.get('kind'), ALERT_KINDS),
    severity: oneOf(params.get('severity'), ALERT_SEVERITIES),
    collaboration: (params.get('collaboration') ?? '').trim().toUpperCase().slice(0, 20),
    owner: (params.get('owner') ?? '').trim().slice(0, 200),
    state: (state || 'open') as AlertState,
  };
}

/** The filters as API query parameters (empty ones left out; state always sent). */
export function alertFiltersToQuery(filters: AlertFilters): Query {
  const query: Query = { state: filters.state };
  for (const key of ['kind', 'severity', 'collaboration', 'owner'] as const) {
    const value = filters[key].trim();
    if (value) query[key] = value;
  }
  return query;
}

/** The filters as the page's URL search (the default state left out). */
export function alertFiltersToSearch(filters: AlertFilters): URLSearchParams {
  const { state, ...rest } = alertFiltersToQuery(filters) as Record<string, string>;
  const params = new URLSearchParams(rest);
  if (state && state !== 'open') params.set('state', state);
  return params;
}
