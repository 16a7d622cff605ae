import type { AgreementStatus } from '../domain/enums.ts';

/**
 * The order statuses follow within one term as time passes (for unchanged
 * facts): a status never moves to a lower number until the term renews.
 */
export const STATUS_ORDER: Record<AgreementStatus, number> = {
  draft: 0,
  active: 1,
  expiring: 2,
  notice_period: 3,
  unknown_dates: 4,
  in_renewal: 5,
  expired: 6,
  renewed: 7,
  terminated: 7,
};
