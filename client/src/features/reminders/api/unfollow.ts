import { useMutation, useQueryClient } from '@tanstack/react-query';
import { followersSchema, type Followers } from '@akkoord/shared/schemas/reminders';
import { apiRequest } from '../../../lib/api-client.ts';
import { followersPath, type FollowSubject } from './list-followers.ts';
import { reminderKeys } from './keys.ts';

/** DELETE .../followers/:recipientId: stop following (yourself; others: admin, legal). */
export function unfollow(subject: FollowSubject, recipientId: number): Promise<Followers> {
  return apiRequest(`${followersPath(subject)}/${recipientId}`, { method: 'DELETE', schema: followersSchema });
}

/** Removes the follower at once and puts it back if the server refuses. */
export function useUnfollow(subject: FollowSubject) {
  const queryClient = useQueryClient();
  const key = reminderKeys.followers(subject);
  return useMutation({
    mutationFn: (recipientId: number) => unfollow(subject, recipientId),
    onMutate: async (recipientId) => {
      await queryClient.cancelQueries({ queryKey: key });
      const previous = queryClient.getQueryData<Followers>(key);
      if (previous) queryClient.setQueryData<Followers>(key, { ...previous, followers: previous.followers.filter((f) => f.recipientId !== recipientId) });
      return { previous };
    },
    onError: (_error, _id, context) => {
      if (context?.previous) queryClient.setQueryData(key, context.previous);
    },
    onSuccess: (followers) => queryClient.setQueryData(key, followers),
  });
}
