import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { dueAgreementSchema, type DueAgreement } from '@akkoord/shared/schemas/retention';
import { apiRequest } from '../../../lib/api-client.ts';
import { retentionKeys } from './keys.ts';

/** GET /api/retention/due: agreements whose retention has passed (admins). */
export function listDueAgreements(signal?: AbortSignal): Promise<DueAgreement[]> {
  return apiRequest('/retention/due', { signal, schema: z.array(dueAgreementSchema) });
}

export const dueAgreementsQueryOptions = () => queryOptions({ queryKey: retentionKeys.due(), queryFn: ({ signal }) => listDueAgreements(signal) });

export function useDueAgreements() {
  return useQuery(dueAgreementsQueryOptions());
}
