import { afterEach, describe, expect, it, vi } from 'vitest';
import { mockUploads } from '../testing/fake-xhr.ts';
import { ApiError, apiUpload, NetworkError, onPasswordChangeRequired, onUnauthenticated, setCsrfToken } from './api-client.ts';

afterEach(() => {
  vi.unstubAllGlobals();
  setCsrfToken(null);
});

const form = () => {
  const f = new FormData();
  f.append('file', new File(['abc'], 'a.txt'));
  return f;
};

describe('apiUpload (multipart with progress)', () => {
  it('posts the form with the CSRF token and reports progress, then returns the parsed answer', async () => {
    setCsrfToken('csrf-1');
    const uploads = mockUploads();
    const seen: unknown[] = [];
    const answer = apiUpload('/agreements/1/documents', { body: form(), onProgress: (p) => seen.push(p) });
    const upload = uploads[0]!;
    expect(upload).toMatchObject({ method: 'POST', url: '/api/agreements/1/documents', headers: { 'X-CSRF-Token': 'csrf-1', Accept: 'application/json' } });
    upload.progress(3, 3);
    upload.respond(201, { id: 4 });
    await expect(answer).resolves.toEqual({ id: 4 });
    expect(seen).toEqual([{ loaded: 3, total: 3 }]);
  });

  it('turns problem+json into an ApiError and tells the session listeners about 401 and a required password change, as apiRequest does', async () => {
    const uploads = mockUploads();
    const signedOut = vi.fn();
    const mustChange = vi.fn();
    const offA = onUnauthenticated(signedOut);
    const offB = onPasswordChangeRequired(mustChange);
    const first = apiUpload('/documents/2/versions', { body: form() });
    uploads[0]!.respond(401, { type: 'about:blank', title: 'Unauthorized', status: 401, code: 'unauthenticated' });
    await expect(first).rejects.toMatchObject({ status: 401 });
    const second = apiUpload('/documents/2/versions', { body: form() });
    uploads[1]!.respond(403, { type: 'about:blank', title: 'Forbidden', status: 403, code: 'password_change_required' });
    const error = await second.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).code).toBe('password_change_required');
    expect(signedOut).toHaveBeenCalledTimes(1);
    expect(mustChange).toHaveBeenCalledTimes(1);
    offA();
    offB();
  });

  it('reports a broken connection as a NetworkError and a cancelled upload as an AbortError', async () => {
    const uploads = mockUploads();
    const broken = apiUpload('/documents/2/versions', { body: form() });
    uploads[0]!.fail();
    await expect(broken).rejects.toBeInstanceOf(NetworkError);
    const controller = new AbortController();
    const cancelled = apiUpload('/documents/2/versions', { body: form(), signal: controller.signal });
    controller.abort();
    await expect(cancelled).rejects.toMatchObject({ name: 'AbortError' });
    expect(uploads[1]!.aborted).toBe(true);
  });
});
