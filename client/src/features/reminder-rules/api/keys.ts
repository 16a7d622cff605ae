/** The reminder-rules feature's query keys (decision 040). */
export const reminderRuleSetKeys = {
  /** The global reminder rules (admin). */
  global: ['reminder-rules', 'global'] as const,
};
