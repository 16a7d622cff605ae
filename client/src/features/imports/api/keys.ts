import type { ImportRowsQuery } from '@akkoord/shared/schemas/import';

/** Query keys of the import screens (decision 040). */
export const importKeys = {
  all: ['imports'] as const,
  batch: (id: number) => ['imports', id] as const,
  status: (id: number) => ['imports', id, 'status'] as const,
  rows: (id: number, status: ImportRowsQuery['status']) => ['imports', id, 'rows', status] as const,
};
