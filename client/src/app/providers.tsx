import type { ReactNode } from 'react';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { I18nProvider } from '../lib/i18n/i18n-provider.tsx';
import type { Language } from '../lib/i18n/types.ts';
import { ToastProvider } from '../components/ui/toast.tsx';
import { queryClient as appQueryClient } from './query-client.ts';

/** Everything a page needs around it: data cache, language, toasts. */
export function AppProviders({ children, client, lang }: { children: ReactNode; client?: QueryClient; lang?: Language }) {
  return (
    <QueryClientProvider client={client ?? appQueryClient}>
      <I18nProvider initial={lang}>
        <ToastProvider>{children}</ToastProvider>
      </I18nProvider>
    </QueryClientProvider>
  );
}
