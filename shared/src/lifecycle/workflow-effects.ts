import type { WorkflowState } from '../domain/enums.ts';
import type { PartialDate } from '../dates/partial-date.ts';
import type { RenewalDecision } from '../schemas/renewal.ts';

/** The stored facts the renewal workflow changes. */
export interface WorkflowFacts {
  workflowState: WorkflowState;
  decision: RenewalDecision | null;
  noticeGivenDate: PartialDate | null;
  terminationDate: PartialDate | null;
}

/** One step of the workflow as it changes the agreement it is taken on. */
export type WorkflowStep =
  | { action: 'start_renewal' }
  | { action: 'record_decision'; decision: 'renew' | 'renegotiate'; noticeGivenDate?: PartialDate | null | undefined }
  | { action: 'terminate'; noticeGivenDate: PartialDate; terminationDate: PartialDate }
  | { action: 'renewed_by_successor' }
  | { action: 'cancel_renewal' }
  /** `backInRenewal`: a draft successor still renews the agreement (notice was given during a renewal). */
  | { action: 'withdraw_notice'; backInRenewal: boolean };

/**
 * What a workflow step writes (the server stores exactly these changes; the
 * property test walks the same function). Guards are `checkTransition`'s job.
 */
export function workflowChanges(facts: WorkflowFacts, step: WorkflowStep): Partial<WorkflowFacts> {
  switch (step.action) {
    case 'start_renewal':
      return { workflowState: 'in_renewal', decision: null };
    case 'record_decision':
      return { decision: step.decision, ...(step.noticeGivenDate !== undefined ? { noticeGivenDate: step.noticeGivenDate } : {}) };
    case 'terminate':
      return { workflowState: 'terminated', decision: 'terminate', noticeGivenDate: step.noticeGivenDate, terminationDate: step.terminationDate };
    case 'renewed_by_successor':
      return { workflowState: 'renewed', decision: facts.decision ?? 'renew' };
    case 'cancel_renewal':
      // Back as before the renewal started; a notice recorded meanwhile was really given and stays.
      return { workflowState: 'active', decision: null };
    case 'withdraw_notice':
      return { workflowState: step.backInRenewal ? 'in_renewal' : 'active', decision: null, noticeGivenDate: null, terminationDate: null };
  }
}

/** The facts after a step. */
export function applyWorkflowStep(facts: WorkflowFacts, step: WorkflowStep): WorkflowFacts {
  return { ...facts, ...workflowChanges(facts, step) };
}
