import { analyseLifecycle } from '@akkoord/shared/lifecycle/analyse-lifecycle';
import { computeAgreementAlerts } from '@akkoord/shared/lifecycle/compute-alerts';
import type { AgreementAlertSource } from './alert-sources.ts';

/** Notice deadlines, term ends, reviews, expiry without successor and data gaps (shared lifecycle engine). */
export const lifecycleAlertSource: AgreementAlertSource = {
  // 2: deadlines the workflow handled are left out by the shared rule; in renewal without a decision the notice alert says so (decision 025).
  version: 2,
  perDay: true,
  name: 'lifecycle',
  compute: (_db, subjects, on) =>
    subjects.flatMap((s) => {
      const analysis = s.analysis?.on === on ? s.analysis : analyseLifecycle(s.lifecycle, on);
      const subject = {
        agreementId: s.id,
        collaborationCode: s.collaborationCode,
        ownerName: s.ownerName,
        hasParties: s.hasParties,
        hasSuccessor: s.hasSuccessor,
        lifecycle: s.lifecycle,
      };
      return computeAgreementAlerts(subject, on, analysis);
    }),
};
