import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { retentionRuleSchema, type RetentionRule } from '@akkoord/shared/schemas/retention';
import { apiRequest } from '../../../lib/api-client.ts';
import { retentionKeys } from './keys.ts';

/** GET /api/retention-rules: the selection list, by code. */
export function listRetentionRules(signal?: AbortSignal): Promise<RetentionRule[]> {
  return apiRequest('/retention-rules', { signal, schema: z.array(retentionRuleSchema) });
}

export const retentionRulesQueryOptions = () => queryOptions({ queryKey: retentionKeys.rules(), queryFn: ({ signal }) => listRetentionRules(signal) });

export function useRetentionRules(enabled = true) {
  return useQuery({ ...retentionRulesQueryOptions(), enabled });
}
