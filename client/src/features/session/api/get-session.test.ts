import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Session } from '@akkoord/shared/schemas/session';
import { mockApi } from '../../../testing/render.tsx';
import { getSession } from './get-session.ts';

afterEach(() => vi.unstubAllGlobals());

/** `GET /api/session` as the server answers it. */
const answer = (collaborationScope: string[] | null): Session => ({
  user: { id: 3, email: 'kmt@vrt.nl', name: 'KMT', role: 'viewer', collaborationScope, locale: 'nl', deputyEmail: null, mustChangePassword: false },
  role: 'viewer',
  csrfToken: 'token',
  permissions: {},
  expiresAt: '2026-11-29T18:00:00.000Z',
  idleTimeoutMinutes: 30,
});

async function sessionUserFor(body: unknown) {
  mockApi({ 'GET /api/session': () => ({ body }) });
  const session = await getSession();
  if (session.kind !== 'signed-in') throw new Error(`expected a signed-in session, got ${session.kind}`);
  return session.user;
}

describe('the session', () => {
  it('keeps the collaborations the user is limited to', async () => {
    expect((await sessionUserFor(answer(['KMT']))).collaborationScope).toEqual(['KMT']);
  });

  it('says null for an unlimited user, and when the server does not say', async () => {
    expect((await sessionUserFor(answer(null))).collaborationScope).toBeNull();
    const { collaborationScope: _left, ...withoutScope } = answer(null).user;
    expect((await sessionUserFor({ ...answer(null), user: withoutScope })).collaborationScope).toBeNull();
  });
});
