import { queryOptions, useQuery } from '@tanstack/react-query';
import { followersSchema, type Followers } from '@akkoord/shared/schemas/reminders';
import { apiRequest } from '../../../lib/api-client.ts';

/** What can be followed: an agreement, or a collaboration (its agreements, and those of collaborations within it). */
export type FollowSubject = { kind: 'agreement'; id: number } | { kind: 'collaboration'; code: string };

export function followersPath(subject: FollowSubject): string {
  return subject.kind === 'agreement' ? `/agreements/${subject.id}/followers` : `/collaborations/${encodeURIComponent(subject.code)}/followers`;
}

/** GET /api/agreements/:id/followers or /api/collaborations/:code/followers: users and plain addresses. */
export function listFollowers(subject: FollowSubject, signal?: AbortSignal): Promise<Followers> {
  return apiRequest(followersPath(subject), { signal, schema: followersSchema });
}

export const followersKey = (subject: FollowSubject) => ['followers', subject.kind, subject.kind === 'agreement' ? subject.id : subject.code] as const;

export const followersQueryOptions = (subject: FollowSubject) =>
  queryOptions({ queryKey: followersKey(subject), queryFn: ({ signal }) => listFollowers(subject, signal) });

export function useFollowers(subject: FollowSubject, enabled = true) {
  return useQuery({ ...followersQueryOptions(subject), enabled });
}
