import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@utrecht/design-tokens/dist/index.css';
import './app/styles/utrecht-components.ts';
import './app/styles/app.css';
import './app/styles/print.css';
import { App } from './app/app.tsx';
import { queryClient } from './app/query-client.ts';
import { sessionQueryOptions } from './features/session/api/get-session.ts';
import { readStoredLanguage } from './lib/i18n/i18n-provider.tsx';
import { loadDictionary } from './lib/i18n/load-dictionary.ts';

// Ask for the session before the router resolves the first page's code.
void queryClient.prefetchQuery(sessionQueryOptions());

// A browser that chose English before gets its texts before the first render (a second chunk; Dutch is built in).
const storedLanguage = readStoredLanguage();
if (storedLanguage !== 'nl') await loadDictionary(storedLanguage).catch(() => undefined);

const container = document.getElementById('root');
if (!container) throw new Error('#root missing in index.html');
createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
