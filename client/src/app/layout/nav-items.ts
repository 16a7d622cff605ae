import type { PlainMessageKey } from '../../lib/i18n/dictionary.ts';

/** A permission of the session (`resource.action`, e.g. `user.read`). */
export interface Requirement {
  resource: string;
  action: string;
}

/** The management screens; "Beheer" lists those the user may open. */
export const ADMIN_PAGES: (Requirement & { to: string; label: PlainMessageKey; description: PlainMessageKey })[] = [
  { to: '/admin/users', label: 'users.title', description: 'admin.users.description', resource: 'user', action: 'read' },
  { to: '/admin/outbox', label: 'outbox.title', description: 'admin.outbox.description', resource: 'outbox', action: 'read' },
  { to: '/admin/audit', label: 'audit.title', description: 'admin.audit.description', resource: 'audit', action: 'read' },
  { to: '/admin/reminder-rules', label: 'reminderRules.title', description: 'admin.reminderRules.description', resource: 'reminder_rules', action: 'update' },
  { to: '/admin/addresses', label: 'addresses.title', description: 'admin.addresses.description', resource: 'reminder_address', action: 'read' },
  { to: '/admin/tokens', label: 'apiTokens.adminTitle', description: 'apiTokens.adminDescription', resource: 'api_token', action: 'read' },
  { to: '/admin/retention', label: 'retention.admin.title', description: 'retention.admin.description', resource: 'destruction', action: 'read' },
];

/**
 * Main navigation; other features add their entry here (e.g. the timeline).
 * An item with `anyOf` shows only when the session grants one of them
 * (hiding only: the server refuses anyway).
 */
export const NAV_ITEMS: { to: string; label: PlainMessageKey; end?: boolean; anyOf?: Requirement[] }[] = [
  { to: '/', label: 'nav.dashboard', end: true },
  { to: '/agreements', label: 'nav.agreements' },
  { to: '/alerts', label: 'alerts.nav' },
  { to: '/timeline', label: 'timeline.nav' },
  { to: '/collaborations', label: 'nav.collaborations' },
  { to: '/admin', label: 'nav.admin', anyOf: ADMIN_PAGES },
];
