/** The session feature's query keys (decision 040). */
export const sessionKeys = {
  /** Who is signed in (or that nobody is). */
  current: ['session'] as const,
  /** How one signs in here: the OpenID provider and whether local sign-in is on (decision 060). */
  signInOptions: ['session', 'sign-in-options'] as const,
};
