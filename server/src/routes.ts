import type { RouteDef } from './http/route.ts';
import { apiTokenRoutes } from './modules/accounts/api-tokens.routes.ts';
import { ssoRoutes } from './modules/sso/sso.routes.ts';
import { sessionRoutes } from './modules/accounts/session.routes.ts';
import { userRoutes } from './modules/accounts/users.routes.ts';
import { agreementRoutes } from './modules/agreements/agreements.routes.ts';
import { calendarRoutes } from './modules/calendar/calendar.routes.ts';
import { alertRoutes } from './modules/alerts/alerts.routes.ts';
import { auditRoutes } from './modules/audit/audit.routes.ts';
import { backupRoutes } from './modules/backups/backups.routes.ts';
import { findImpactedDependents } from './modules/chains/analyse-impact.ts';
import { chainRoutes } from './modules/chains/chains.routes.ts';
import { documentTextRoutes } from './modules/document-text/document-text.routes.ts';
import { collaborationRoutes } from './modules/collaborations/collaborations.routes.ts';
import { documentRoutes } from './modules/documents/documents.routes.ts';
import { healthRoutes } from './modules/health/health.routes.ts';
import { importRoutes } from './modules/imports/imports.routes.ts';
import { organisationRoutes } from './modules/organisations/organisations.routes.ts';
import { outboxRoutes } from './modules/outbox/outbox.routes.ts';
import { reminderRoutes } from './modules/reminder-rules/reminders.routes.ts';
import { registerExportRoutes } from './modules/register-export/register-export.routes.ts';
import { registerTransferRoutes } from './modules/register-transfer/register-transfer.routes.ts';
import { renewalRoutes } from './modules/renewals/renewals.routes.ts';
import { searchRoutes } from './modules/search/search.routes.ts';
import { suggestionRoutes } from './modules/suggestions/suggestions.routes.ts';
import { wooRoutes } from './modules/woo/woo.routes.ts';
import { retentionRoutes } from './modules/retention/retention.routes.ts';

/** Every API route; one list so the router, the OpenAPI document and the authorisation matrix agree. */
export const apiRoutes: RouteDef[] = [
  ...healthRoutes,
  ...collaborationRoutes,
  ...organisationRoutes,
  ...registerExportRoutes,
  ...agreementRoutes({ findDependents: findImpactedDependents }),
  ...renewalRoutes,
  ...documentRoutes,
  ...suggestionRoutes,
  ...alertRoutes,
  ...chainRoutes,
  ...sessionRoutes,
  ...ssoRoutes,
  ...userRoutes,
  ...apiTokenRoutes,
  ...auditRoutes,
  ...registerTransferRoutes,
  ...backupRoutes,
  ...reminderRoutes,
  ...outboxRoutes,
  ...calendarRoutes,
  ...documentTextRoutes,
  ...searchRoutes,
  ...importRoutes,
  ...wooRoutes,
  ...retentionRoutes,
];
