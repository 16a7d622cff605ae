/** The search feature's query keys (decision 040). */
export const searchKeys = {
  all: ['search'] as const,
  results: (q: string, kind: string | undefined) => [...searchKeys.all, 'results', q, kind ?? 'all'] as const,
};
