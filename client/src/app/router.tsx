import { createBrowserRouter, type RouteObject } from 'react-router';
import { AppLayout } from './layout/app-layout.tsx';
import { PlainLayout } from './layout/plain-layout.tsx';
import { RouteError } from './layout/route-error.tsx';
import { PageSkeleton } from './layout/page-skeleton.tsx';
import { queryClient } from './query-client.ts';
import { sessionQueryOptions } from '../features/session/api/get-session.ts';

/** Asks for the session first, before the page's own requests queue up behind it. */
function sessionLoader() {
  void queryClient.prefetchQuery(sessionQueryOptions());
  return null;
}

/**
 * Every page is its own chunk (React.lazy via the route's `lazy`), so the
 * first load carries only the shell and the page asked for. Each lazy
 * module exports `Component` and may export `loader` to start its queries
 * while the chunk and the data load in parallel.
 *
 * Routes of other features go here too (e.g. /timeline and
 * /agreements/:id/chain for the timeline and chain views).
 */
export const routes: RouteObject[] = [
  {
    path: '/sign-in',
    Component: PlainLayout,
    errorElement: <RouteError />,
    hydrateFallbackElement: <PageSkeleton />,
    children: [{ index: true, lazy: () => import('./routes/sign-in.tsx') }],
  },
  {
    path: '/',
    Component: AppLayout,
    loader: sessionLoader,
    errorElement: <RouteError />,
    hydrateFallbackElement: <PageSkeleton />,
    children: [
      {
        errorElement: <RouteError />,
        children: [
          { index: true, lazy: () => import('./routes/dashboard.tsx') },
          { path: 'agreements', lazy: () => import('./routes/register.tsx') },
          { path: 'agreements/new', lazy: () => import('./routes/agreement-new.tsx') },
          { path: 'agreements/import', lazy: () => import('./routes/import.tsx') },
          { path: 'agreements/:id', lazy: () => import('./routes/agreement.tsx') },
          { path: 'agreements/:id/edit', lazy: () => import('./routes/agreement-edit.tsx') },
          { path: 'agreements/:id/chain', lazy: () => import('./routes/agreement-chain.tsx') },
          { path: 'alerts', lazy: () => import('./routes/alerts.tsx') },
          { path: 'timeline', lazy: () => import('./routes/timeline.tsx') },
          { path: 'collaborations', lazy: () => import('./routes/collaborations.tsx') },
          { path: 'collaborations/:code', lazy: () => import('./routes/collaboration.tsx') },
          { path: 'organisations/:id', lazy: () => import('./routes/organisation.tsx') },
          { path: 'search', lazy: () => import('./routes/search.tsx') },
          { path: 'account', lazy: () => import('./routes/account.tsx') },
          { path: 'admin', lazy: () => import('./routes/admin.tsx') },
          { path: 'admin/users', lazy: () => import('./routes/admin-users.tsx') },
          { path: 'admin/outbox', lazy: () => import('./routes/admin-outbox.tsx') },
          { path: 'admin/outbox/:id', lazy: () => import('./routes/admin-outbox-message.tsx') },
          { path: 'admin/audit', lazy: () => import('./routes/admin-audit.tsx') },
          { path: 'admin/reminder-rules', lazy: () => import('./routes/admin-reminder-rules.tsx') },
          { path: 'admin/addresses', lazy: () => import('./routes/admin-addresses.tsx') },
          { path: 'admin/tokens', lazy: () => import('./routes/admin-tokens.tsx') },
          { path: 'admin/retention', lazy: () => import('./routes/admin-retention.tsx') },
          { path: '*', lazy: () => import('./routes/not-found.tsx') },
        ],
      },
    ],
  },
];

export const router = createBrowserRouter(routes);
