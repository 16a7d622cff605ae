import type { PlainMessageKey } from '../../lib/i18n/dictionary.ts';

/** Main navigation; other features add their entry here (e.g. the timeline). */
export const NAV_ITEMS: { to: string; label: PlainMessageKey; end?: boolean }[] = [
  { to: '/', label: 'nav.dashboard', end: true },
  { to: '/agreements', label: 'nav.agreements' },
  { to: '/timeline', label: 'timeline.nav' },
  { to: '/collaborations', label: 'nav.collaborations' },
];
