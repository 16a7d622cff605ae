import { todayInAmsterdam } from '../lib/format/today.ts';
import { firstScreenRequests, routeCode } from './route-data.ts';

// The first script of index.html, a few hundred bytes run before the app's code has even arrived (decision 031). For
// the dashboard and the register it asks the browser now for what would otherwise wait for the app's code to download
// and run: the page's own chunk (a modulepreload, first, so it is not queued behind the data) and the first screen's
// data (`<link rel="preload" as="fetch">`), which the app's own fetch of the same URL takes over, as for the session.
function hint(rel: 'modulepreload' | 'preload', href: string) {
  const link = document.createElement('link');
  link.rel = rel;
  if (rel === 'preload') {
    link.as = 'fetch';
    // A same-origin fetch with credentials, as the app's own: the request matches, so the answer is taken over.
    link.crossOrigin = 'anonymous';
  } else link.crossOrigin = '';
  link.href = href;
  document.head.append(link);
}

const code = routeCode(document.querySelector<HTMLMetaElement>('meta[name="akkoord-route-code"]')?.content ?? '', location.pathname);
if (code) hint('modulepreload', code);
for (const href of firstScreenRequests(location.pathname, location.search, todayInAmsterdam())) hint('preload', href);
