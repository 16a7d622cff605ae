import { queryOptions, useQuery } from '@tanstack/react-query';
import { alertItemSchema, type AlertItem } from '@akkoord/shared/schemas/alert';
import { pageSchema, type Page } from '@akkoord/shared/schemas/common';
import { apiRequest, type Query } from '../../../lib/api-client.ts';
import { optional } from '../../../lib/optional.ts';
import { alertKeys } from './keys.ts';

export type { AlertItem };
export type AlertPage = Page<AlertItem>;

const alertPageSchema = pageSchema(alertItemSchema);

/** GET /api/alerts, most urgent first; null when the alerts feature is not on this server. */
export function listAlerts(query: Query, signal?: AbortSignal): Promise<AlertPage | null> {
  return optional(apiRequest('/alerts', { query, signal, schema: alertPageSchema }));
}

export const alertsQueryOptions = (query: Query) => queryOptions({ queryKey: alertKeys.list(query), queryFn: ({ signal }) => listAlerts(query, signal) });

export function useAlerts(query: Query) {
  return useQuery(alertsQueryOptions(query));
}

/** The open alerts of one agreement (the API filters by agreement). */
export function useAgreementAlerts(agreementId: number) {
  return useAlerts({ agreement: agreementId, limit: 100 });
}
