import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { ALERT_KINDS, ALERT_SEVERITIES } from '@akkoord/shared/lifecycle/alert-types';
import type { ExplanationStep } from '@akkoord/shared/lifecycle/explanation';
import { apiRequest, type Query } from '../../../lib/api-client.ts';
import { optional } from '../../../lib/optional.ts';

/** An alert as the API sends it; extra members (titles, acknowledgement) pass through. */
export const alertItemSchema = z.looseObject({
  key: z.string(),
  kind: z.enum(ALERT_KINDS),
  severity: z.enum(ALERT_SEVERITIES),
  reasonCode: z.string().optional(),
  dueDate: z.string().nullable(),
  daysLeft: z.number().int().nullable().optional(),
  agreementId: z.number().int().nullable(),
  agreementTitle: z.string().nullable().optional(),
  title: z.string().nullable().optional(),
  collaborationCode: z.string().nullable().optional(),
  explanation: z.union([z.array(z.custom<ExplanationStep>((v) => typeof v === 'object' && v !== null && 'kind' in v)), z.string()]).optional(),
});
export type AlertItem = z.infer<typeof alertItemSchema>;

const alertPageSchema = z.object({ items: z.array(alertItemSchema), nextCursor: z.string().nullable(), total: z.number().int() });
export type AlertPage = z.infer<typeof alertPageSchema>;

/** GET /api/alerts, most urgent first; null when the alerts feature is not on this server. */
export function listAlerts(query: Query, signal?: AbortSignal): Promise<AlertPage | null> {
  return optional(apiRequest('/alerts', { query, signal, schema: alertPageSchema }));
}

export const alertsKey = ['alerts'] as const;

export const alertsQueryOptions = (query: Query) =>
  queryOptions({ queryKey: [...alertsKey, query] as const, queryFn: ({ signal }) => listAlerts(query, signal) });

export function useAlerts(query: Query) {
  return useQuery(alertsQueryOptions(query));
}

/** The alerts of one agreement. */
export function useAgreementAlerts(agreementId: number) {
  return useAlerts({ agreement: agreementId, limit: 50 });
}
