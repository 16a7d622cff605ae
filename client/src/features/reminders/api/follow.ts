import { useMutation, useQueryClient } from '@tanstack/react-query';
import { followersSchema, type FollowBody, type Followers } from '@akkoord/shared/schemas/reminders';
import { apiRequest } from '../../../lib/api-client.ts';
import { followersPath, type FollowSubject } from './list-followers.ts';
import { reminderKeys } from './keys.ts';

/** POST .../followers: `{}` follows as yourself; `{ email, label }` adds a plain address such as a team mailbox (admin, legal). */
export function follow(subject: FollowSubject, body: FollowBody): Promise<Followers> {
  return apiRequest(followersPath(subject), { method: 'POST', body, schema: followersSchema });
}

export function useFollow(subject: FollowSubject) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: FollowBody) => follow(subject, body),
    onSuccess: (followers) => queryClient.setQueryData(reminderKeys.followers(subject), followers),
  });
}
