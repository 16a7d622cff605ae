/** Id of the heading of the agreement's workflow panel (renewal or notice). */
export const WORKFLOW_HEADING_ID = 'workflow-title';

/** After a step closes its dialog, focus goes to the panel that shows the next step (the button that opened it may be gone). */
export function focusWorkflowPanel(): void {
  requestAnimationFrame(() => document.getElementById(WORKFLOW_HEADING_ID)?.focus());
}
