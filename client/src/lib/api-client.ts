import { problemSchema, type Problem } from '@akkoord/shared/schemas/common';
import type { z } from 'zod';
import { apiUrl, type Query } from './api-url.ts';

/** An answer of the API that was not 2xx, with its parsed problem document when there is one. */
export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem | null;
  /** The raw body: some problems carry extra members (e.g. `current` on stale_write). */
  readonly body: unknown;

  constructor(status: number, problem: Problem | null, body: unknown) {
    super(problem?.detail ?? problem?.title ?? `HTTP ${status}`);
    this.name = 'ApiError';
    this.status = status;
    this.problem = problem;
    this.body = body;
  }

  get code(): Problem['code'] | null {
    return this.problem?.code ?? null;
  }

  /** Field errors keyed by field name without the "body." / "query." prefix. */
  fieldErrors(): Record<string, string> {
    const out: Record<string, string> = {};
    for (const e of this.problem?.errors ?? []) {
      const field = e.field.replace(/^(body|query|params)\./, '');
      out[field] ??= e.message;
    }
    return out;
  }
}

/** The server could not be reached at all. */
export class NetworkError extends Error {
  constructor(cause: unknown) {
    super('Network error', { cause });
    this.name = 'NetworkError';
  }
}

let csrfToken: string | null = null;
/** Set by the session feature; sent as X-CSRF-Token on every write. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

type Listener = () => void;
const unauthenticatedListeners = new Set<Listener>();
/** Called whenever an API call answers 401 (the session feature sends the user to sign in). */
export function onUnauthenticated(listener: Listener): () => void {
  unauthenticatedListeners.add(listener);
  return () => unauthenticatedListeners.delete(listener);
}

const passwordChangeListeners = new Set<Listener>();
/** Called whenever an API call answers 403 `password_change_required` (the session feature sends the user to choose a password). */
export function onPasswordChangeRequired(listener: Listener): () => void {
  passwordChangeListeners.add(listener);
  return () => passwordChangeListeners.delete(listener);
}

/** True when the server refused because the signed-in user must first replace a temporary password. */
export function isPasswordChangeRequired(error: unknown): boolean {
  return error instanceof ApiError && error.code === 'password_change_required';
}

export { apiUrl, toSearch, type Query } from './api-url.ts';

export interface RequestOptions<T> {
  method?: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  query?: Query;
  body?: unknown;
  headers?: Record<string, string>;
  signal?: AbortSignal;
  /** Validates (and strips) the answer with a shared schema. */
  schema?: z.ZodType<T>;
}

async function readBody(res: Response): Promise<unknown> {
  if (res.status === 204) return null;
  const text = await res.text();
  if (!text) return null;
  const type = res.headers.get('content-type') ?? '';
  if (type.includes('json')) {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      return text;
    }
  }
  return text;
}

/** One call to the Akkoord API: JSON in, JSON out, problem+json on failure. */
export async function apiRequest<T = unknown>(path: string, options: RequestOptions<T> = {}): Promise<T> {
  const method = options.method ?? 'GET';
  const headers: Record<string, string> = { Accept: 'application/json', ...options.headers };
  // A FormData body (a file upload) sets its own multipart Content-Type with the boundary.
  const isForm = typeof FormData !== 'undefined' && options.body instanceof FormData;
  if (options.body !== undefined && !isForm) headers['Content-Type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['X-CSRF-Token'] = csrfToken;

  let res: Response;
  try {
    res = await fetch(apiUrl(path, options.query), {
      method,
      headers,
      body: options.body === undefined ? undefined : isForm ? (options.body as FormData) : JSON.stringify(options.body),
      credentials: 'same-origin',
      signal: options.signal,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new NetworkError(error);
  }

  const body = await readBody(res);
  if (!res.ok) throw refusal(path, res.status, body);
  return options.schema ? options.schema.parse(body) : (body as T);
}

/** The ApiError of a refused call, telling the session listeners about 401 and a required password change. */
function refusal(path: string, status: number, body: unknown): ApiError {
  const parsed = problemSchema.safeParse(body);
  if (status === 401 && !path.startsWith('/session')) unauthenticatedListeners.forEach((l) => l());
  const error = new ApiError(status, parsed.success ? parsed.data : null, body);
  if (isPasswordChangeRequired(error)) passwordChangeListeners.forEach((l) => l());
  return error;
}

/** How far an upload is: bytes sent of the request body's total (null while the browser does not know it). */
export interface UploadProgress {
  loaded: number;
  total: number | null;
}

export interface UploadOptions<T> {
  body: FormData;
  signal?: AbortSignal;
  onProgress?: (progress: UploadProgress) => void;
  schema?: z.ZodType<T>;
}

/**
 * A multipart upload to the API with progress: fetch cannot report how much
 * of a request body was sent, XMLHttpRequest can. Same CSRF header, same
 * problem+json errors, same 401/password-change handling as {@link apiRequest}.
 */
export function apiUpload<T = unknown>(path: string, options: UploadOptions<T>): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `/api${path}`);
    xhr.withCredentials = true;
    xhr.setRequestHeader('Accept', 'application/json');
    if (csrfToken) xhr.setRequestHeader('X-CSRF-Token', csrfToken);
    const abort = () => xhr.abort();
    xhr.upload.onprogress = (e) => options.onProgress?.({ loaded: e.loaded, total: e.lengthComputable ? e.total : null });
    xhr.onload = () => {
      options.signal?.removeEventListener('abort', abort);
      const type = xhr.getResponseHeader('content-type') ?? '';
      let body: unknown = xhr.responseText || null;
      if (typeof body === 'string' && type.includes('json')) {
        try {
          body = JSON.parse(body) as unknown;
        } catch {
          // keep the text
        }
      }
      if (xhr.status < 200 || xhr.status >= 300) return reject(refusal(path, xhr.status, body));
      try {
        resolve(options.schema ? options.schema.parse(body) : (body as T));
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    };
    xhr.onerror = () => {
      options.signal?.removeEventListener('abort', abort);
      reject(new NetworkError(new Error('upload failed')));
    };
    xhr.onabort = () => reject(new DOMException('The upload was cancelled', 'AbortError'));
    if (options.signal?.aborted) return reject(new DOMException('The upload was cancelled', 'AbortError'));
    options.signal?.addEventListener('abort', abort, { once: true });
    xhr.send(options.body);
  });
}

/** True for an ApiError with that HTTP status. */
export function isApiStatus(error: unknown, status: number): error is ApiError {
  return error instanceof ApiError && error.status === status;
}
