import { useMutation, useQueryClient } from '@tanstack/react-query';
import { teamAddressSchema } from '@akkoord/shared/schemas/reminders';
import { apiRequest } from '../../../lib/api-client.ts';
import { teamAddressKey, type TeamAddress } from './get-team-address.ts';
import { reminderAddressesKey } from './list-reminder-addresses.ts';

/** PUT /api/collaborations/:code/team-address: set it, or remove it with null (admin, legal). */
export function setTeamAddress(code: string, email: string | null): Promise<TeamAddress> {
  return apiRequest(`/collaborations/${encodeURIComponent(code)}/team-address`, { method: 'PUT', body: { email }, schema: teamAddressSchema });
}

export function useSetTeamAddress() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ code, email }: { code: string; email: string | null }) => setTeamAddress(code, email),
    onSuccess: (result) => {
      queryClient.setQueryData(teamAddressKey(result.collaborationCode), result);
      // The directory lists team addresses (and a new e-mail becomes a plain address).
      void queryClient.invalidateQueries({ queryKey: reminderAddressesKey });
    },
  });
}
