import type { WorkflowState } from '../domain/enums.ts';
import type { Locale } from '../dates/format-partial-date.ts';

/** The steps of the renewal workflow (server routes under /api/agreements/:id/…). */
export const WORKFLOW_ACTIONS = ['start_renewal', 'record_decision', 'activate', 'terminate', 'cancel_renewal', 'withdraw_notice'] as const;
export type WorkflowAction = (typeof WORKFLOW_ACTIONS)[number];

/** Why a step is refused (answered as 409 invalid_transition). */
export const TRANSITION_REFUSALS = [
  'archived',
  'not_active',
  'already_in_renewal',
  'not_in_renewal',
  'not_draft',
  'ended',
  'predecessor_not_in_renewal',
  'no_notice',
  'notice_took_effect',
] as const;
export type TransitionRefusal = (typeof TRANSITION_REFUSALS)[number];

/** What a guard needs to know about the agreement (and, for activation, the agreement it renews). */
export interface TransitionSubject {
  workflowState: WorkflowState;
  archived: boolean;
  /** For `activate`: the agreement this draft renews, if any. */
  predecessor?: { workflowState: WorkflowState } | null;
  /** For `withdraw_notice`: notice was recorded, and whether its last day has passed (the agreement has ended). */
  notice?: { given: boolean; lastDayPassed: boolean };
}

export type TransitionCheck = { allowed: true } | { allowed: false; refusal: TransitionRefusal };

const FROM: Record<WorkflowAction, readonly WorkflowState[]> = {
  start_renewal: ['active'],
  record_decision: ['in_renewal'],
  activate: ['draft'],
  terminate: ['active', 'in_renewal'],
  cancel_renewal: ['in_renewal'],
  withdraw_notice: ['terminated'],
};

function refusalForState(action: WorkflowAction, state: WorkflowState): TransitionRefusal {
  if (action === 'withdraw_notice') return state === 'renewed' ? 'ended' : 'no_notice';
  if (action === 'cancel_renewal') return state === 'renewed' || state === 'terminated' ? 'ended' : 'not_in_renewal';
  if (state === 'renewed' || state === 'terminated') return 'ended';
  if (action === 'start_renewal') return state === 'in_renewal' ? 'already_in_renewal' : 'not_active';
  if (action === 'record_decision') return 'not_in_renewal';
  if (action === 'activate') return 'not_draft';
  return 'not_active';
}

/** Whether a workflow step is allowed now; the client uses it to offer only the steps that will succeed. */
export function checkTransition(action: WorkflowAction, subject: TransitionSubject): TransitionCheck {
  if (subject.archived) return { allowed: false, refusal: 'archived' };
  if (!FROM[action].includes(subject.workflowState)) return { allowed: false, refusal: refusalForState(action, subject.workflowState) };
  const predecessor = subject.predecessor;
  if (action === 'activate' && predecessor && predecessor.workflowState !== 'in_renewal') return { allowed: false, refusal: 'predecessor_not_in_renewal' };
  if (action === 'withdraw_notice') {
    if (!subject.notice?.given) return { allowed: false, refusal: 'no_notice' };
    if (subject.notice.lastDayPassed) return { allowed: false, refusal: 'notice_took_effect' };
  }
  return { allowed: true };
}

const REFUSAL_TEXT: Record<Locale, Record<TransitionRefusal, string>> = {
  nl: {
    archived: 'De overeenkomst is gearchiveerd.',
    not_active: 'Dit kan alleen bij een actieve overeenkomst.',
    already_in_renewal: 'De verlenging is al gestart.',
    not_in_renewal: 'Start eerst de verlenging.',
    not_draft: 'Alleen een concept kan worden geactiveerd.',
    ended: 'De overeenkomst is al verlengd of opgezegd.',
    predecessor_not_in_renewal: 'De overeenkomst die dit concept verlengt, is niet in verlenging.',
    no_notice: 'Er is geen opzegging vastgelegd.',
    notice_took_effect: 'De laatste dag is voorbij: de overeenkomst is beëindigd en de opzegging kan niet meer worden ingetrokken.',
  },
  en: {
    archived: 'The agreement is archived.',
    not_active: 'Only an active agreement allows this.',
    already_in_renewal: 'The renewal has already started.',
    not_in_renewal: 'Start the renewal first.',
    not_draft: 'Only a draft can be activated.',
    ended: 'The agreement has already been renewed or terminated.',
    predecessor_not_in_renewal: 'The agreement this draft renews is not in renewal.',
    no_notice: 'No notice has been recorded.',
    notice_took_effect: 'The last day has passed: the agreement has ended and the notice can no longer be withdrawn.',
  },
};

/** The reason a step was refused, as a sentence. */
export function describeRefusal(refusal: TransitionRefusal, locale: Locale): string {
  return REFUSAL_TEXT[locale][refusal];
}
