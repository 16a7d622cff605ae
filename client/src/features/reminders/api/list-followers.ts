import { queryOptions, useQuery } from '@tanstack/react-query';
import { followersSchema, type Followers } from '@akkoord/shared/schemas/reminders';
import { apiRequest } from '../../../lib/api-client.ts';
import { reminderKeys } from './keys.ts';

/** What can be followed: an agreement, or a collaboration (its agreements, and those of collaborations within it). */
export type FollowSubject = { kind: 'agreement'; id: number } | { kind: 'collaboration'; code: string };

export function followersPath(subject: FollowSubject): string {
  return subject.kind === 'agreement' ? `/agreements/${subject.id}/followers` : `/collaborations/${encodeURIComponent(subject.code)}/followers`;
}

/** GET /api/agreements/:id/followers or /api/collaborations/:code/followers: users and plain addresses. */
export function listFollowers(subject: FollowSubject, signal?: AbortSignal): Promise<Followers> {
  return apiRequest(followersPath(subject), { signal, schema: followersSchema });
}

export const followersQueryOptions = (subject: FollowSubject) =>
  queryOptions({ queryKey: reminderKeys.followers(subject), queryFn: ({ signal }) => listFollowers(subject, signal) });

export function useFollowers(subject: FollowSubject, enabled = true) {
  return useQuery({ ...followersQueryOptions(subject), enabled });
}
