/** The retention feature's query keys (decision 040). */
export const retentionKeys = {
  all: ['retention'] as const,
  /** The selection list. */
  rules: () => [...retentionKeys.all, 'rules'] as const,
  /** Agreements whose retention has passed (admins). */
  due: () => [...retentionKeys.all, 'due'] as const,
  /** Destruction lists (admins). */
  lists: () => [...retentionKeys.all, 'lists'] as const,
};
