/** The collaborations feature's query keys (decision 040). */
export const collaborationKeys = {
  all: ['collaborations'] as const,
  list: () => [...collaborationKeys.all, 'list'] as const,
  detail: (code: string) => [...collaborationKeys.all, 'detail', code.toUpperCase()] as const,
  /** The overview table of every collaboration. */
  overview: () => ['overview'] as const,
};
