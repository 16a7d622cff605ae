import { queryOptions, useQuery } from '@tanstack/react-query';
import { teamAddressSchema } from '@akkoord/shared/schemas/reminders';
import type { z } from 'zod';
import { apiRequest } from '../../../lib/api-client.ts';
import { reminderAddressKeys } from './keys.ts';

export type TeamAddress = z.infer<typeof teamAddressSchema>;

/** GET /api/collaborations/:code/team-address: where escalations go when an agreement has no deputy (admin, legal). */
export function getTeamAddress(code: string, signal?: AbortSignal): Promise<TeamAddress> {
  return apiRequest(`/collaborations/${encodeURIComponent(code)}/team-address`, { signal, schema: teamAddressSchema });
}

export const teamAddressQueryOptions = (code: string) => queryOptions({ queryKey: reminderAddressKeys.teamAddress(code), queryFn: ({ signal }) => getTeamAddress(code, signal) });

export function useTeamAddress(code: string) {
  return useQuery(teamAddressQueryOptions(code));
}
