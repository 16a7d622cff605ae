import type { WorkflowState } from '@akkoord/shared/domain/enums';
import type { TransitionSubject, WorkflowAction } from '@akkoord/shared/lifecycle/workflow-transitions';
import { checkTransition, describeRefusal } from '@akkoord/shared/lifecycle/workflow-transitions';
import type { WorkflowFacts } from '@akkoord/shared/lifecycle/workflow-effects';
import { AppError } from '../../http/errors.ts';

/** Throws 409 invalid_transition with the reason (and its code in `refusal`) unless the step is allowed. */
export function assertTransition(action: WorkflowAction, subject: TransitionSubject): void {
  const check = checkTransition(action, subject);
  if (!check.allowed) {
    throw new AppError('invalid_transition', describeRefusal(check.refusal, 'nl'), { extra: { refusal: check.refusal, action } });
  }
}

/** The workflow facts of a stored row (what `workflowChanges` reads and writes). */
export function workflowFactsOf(row: { workflowState: string; decision: string | null; noticeGivenDate: string | null; terminationDate: string | null }): WorkflowFacts {
  return {
    workflowState: row.workflowState as WorkflowState,
    decision: row.decision as WorkflowFacts['decision'],
    noticeGivenDate: row.noticeGivenDate,
    terminationDate: row.terminationDate,
  };
}

/** The guard's view of a stored row. */
export function subjectOf(row: { workflowState: string; archivedAt: string | null }): TransitionSubject {
  return { workflowState: row.workflowState as WorkflowState, archived: row.archivedAt !== null };
}

/** A 422 for a notice date in the future (notice is recorded once given). */
export function assertNoticeNotInFuture(noticeGivenDate: string, today: string): void {
  if (noticeGivenDate > today) {
    throw new AppError('validation_failed', 'Een opzegging registreert u als zij is gedaan', {
      errors: [{ field: 'body.noticeGivenDate', message: `Ligt na vandaag (${today})` }],
    });
  }
}
