/** The session feature's query keys (decision 040). */
export const sessionKeys = {
  /** Who is signed in (or that nobody is). */
  current: ['session'] as const,
};
