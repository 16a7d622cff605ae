import type { ReactNode } from 'react';
import { vi } from 'vitest';
import { render } from '@testing-library/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { MemoryRouter } from 'react-router';
import { I18nProvider } from '../lib/i18n/i18n-provider.tsx';
import { ToastProvider } from '../components/ui/toast.tsx';

/** Renders a component as the app would: data cache (no retries), Dutch (or `lang`), toasts, a router. */
export function renderWithApp(ui: ReactNode, { client, lang = 'nl' }: { client?: QueryClient; lang?: 'nl' | 'en' } = {}) {
  const queryClient = client ?? new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  const result = render(
    <QueryClientProvider client={queryClient}>
      <I18nProvider initial={lang}>
        <ToastProvider>
          <MemoryRouter>{ui}</MemoryRouter>
        </ToastProvider>
      </I18nProvider>
    </QueryClientProvider>,
  );
  return { ...result, queryClient };
}

export interface ApiCall {
  method: string;
  path: string;
  body: unknown;
  headers: Record<string, string>;
}
type Answer = { status?: number; body?: unknown };
type Handler = (call: ApiCall) => Answer | Promise<Answer>;

/**
 * Replaces fetch with answers per "METHOD /api/path" (query string left
 * out); records every call. Unknown routes answer 404 problem+json.
 */
export function mockApi(handlers: Record<string, Handler>): ApiCall[] {
  const calls: ApiCall[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: string, init: RequestInit = {}) => {
      const url = new URL(input, 'http://localhost');
      const call: ApiCall = {
        method: init.method ?? 'GET',
        path: url.pathname + url.search,
        body: typeof init.body === 'string' ? (JSON.parse(init.body) as unknown) : null,
        headers: (init.headers ?? {}) as Record<string, string>,
      };
      calls.push(call);
      const handler = handlers[`${call.method} ${url.pathname}`];
      const answer = handler ? await handler(call) : { status: 404, body: { type: 'about:blank', title: 'Not Found', status: 404, code: 'not_found' } };
      const status = answer.status ?? 200;
      const isProblem = status >= 400;
      return new Response(answer.body === undefined ? null : JSON.stringify(answer.body), {
        status,
        headers: { 'Content-Type': isProblem ? 'application/problem+json' : 'application/json' },
      });
    }),
  );
  return calls;
}
