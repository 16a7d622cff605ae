import { computeAgreementAlerts } from '@akkoord/shared/lifecycle/compute-alerts';
import { lifecycleInputOf } from '../agreements/lifecycle-columns.ts';
import type { AgreementAlertSource } from './alert-sources.ts';

/** Notice deadlines, term ends, reviews, expiry without successor and data gaps (shared lifecycle engine). */
export const lifecycleAlertSource: AgreementAlertSource = {
  name: 'lifecycle',
  compute: (_db, subjects, on) =>
    subjects.flatMap((s) =>
      computeAgreementAlerts(
        {
          agreementId: s.row.id,
          collaborationCode: s.collaborationCode,
          ownerName: s.row.ownerName,
          hasParties: s.hasParties,
          hasSuccessor: s.hasSuccessor,
          lifecycle: lifecycleInputOf(s.row),
        },
        on,
      ),
    ),
};
