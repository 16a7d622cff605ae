import type { RequestHandler } from 'express';
import type { CurrentUser } from './context.ts';

/**
 * Until accounts land (issue "Accounts, roles"), every request acts as the
 * local system administrator. The accounts module replaces this middleware.
 */
const localAdmin: CurrentUser = { id: 0, email: 'systeem@akkoord.local', name: 'Systeem', role: 'admin', collaborationScope: null, locale: 'nl' };

export const authenticate: RequestHandler = (req, _res, next) => {
  req.ctx.user = localAdmin;
  next();
};
