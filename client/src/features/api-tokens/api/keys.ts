/** The API tokens feature's query keys (decision 040). */
export const apiTokenKeys = {
  all: ['api-tokens'] as const,
  /** The signed-in user's own tokens. */
  mine: () => [...apiTokenKeys.all, 'mine'] as const,
  /** Every account's tokens (admins). */
  everyone: () => [...apiTokenKeys.all, 'everyone'] as const,
};
