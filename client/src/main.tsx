import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@utrecht/design-tokens/dist/index.css';
import '@utrecht/component-library-css/dist/index.css';
import './app/styles/app.css';
import './app/styles/print.css';
import { App } from './app/app.tsx';
import { queryClient } from './app/query-client.ts';
import { sessionQueryOptions } from './features/session/api/get-session.ts';

// Ask for the session before the router resolves the first page's code.
void queryClient.prefetchQuery(sessionQueryOptions());

const container = document.getElementById('root');
if (!container) throw new Error('#root missing in index.html');
createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
