/** The organisations feature's query keys (decision 040). */
export const organisationKeys = {
  all: ['organisations'] as const,
  list: () => [...organisationKeys.all, 'list'] as const,
  detail: (id: number) => [...organisationKeys.all, 'detail', id] as const,
};
