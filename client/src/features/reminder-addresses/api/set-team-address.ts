import { useMutation, useQueryClient } from '@tanstack/react-query';
import { teamAddressSchema } from '@akkoord/shared/schemas/reminders';
import { apiRequest } from '../../../lib/api-client.ts';
import { type TeamAddress } from './get-team-address.ts';
import { reminderAddressKeys } from './keys.ts';

/** PUT /api/collaborations/:code/team-address: set it, or remove it with null (admin, legal). */
export function setTeamAddress(code: string, email: string | null): Promise<TeamAddress> {
  return apiRequest(`/collaborations/${encodeURIComponent(code)}/team-address`, { method: 'PUT', body: { email }, schema: teamAddressSchema });
}

export function useSetTeamAddress() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ code, email }: { code: string; email: string | null }) => setTeamAddress(code, email),
    onSuccess: (result) => {
      queryClient.setQueryData(reminderAddressKeys.teamAddress(result.collaborationCode), result);
      // The directory lists team addresses (and a new e-mail becomes a plain address).
      void queryClient.invalidateQueries({ queryKey: reminderAddressKeys.all });
    },
  });
}
