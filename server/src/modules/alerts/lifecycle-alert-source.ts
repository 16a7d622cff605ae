import { computeAgreementAlerts } from '@akkoord/shared/lifecycle/compute-alerts';
import { analysisOf } from '../agreements/lifecycle-columns.ts';
import type { AgreementAlertSource } from './alert-sources.ts';

/** Notice deadlines, term ends, reviews, expiry without successor and data gaps (shared lifecycle engine). */
export const lifecycleAlertSource: AgreementAlertSource = {
  version: 1,
  perDay: true,
  name: 'lifecycle',
  compute: (_db, subjects, on) =>
    subjects.flatMap((s) => {
      const { input, analysis } = analysisOf(s.row, on);
      const subject = { agreementId: s.row.id, collaborationCode: s.collaborationCode, ownerName: s.row.ownerName, hasParties: s.hasParties, hasSuccessor: s.hasSuccessor, lifecycle: input };
      return computeAgreementAlerts(subject, on, analysis);
    }),
};
