import type { ImportRow, ImportStatus } from '@akkoord/shared/schemas/import';
import type { EvaluatedRow } from './evaluate-rows.ts';
import type { ImportBatchHead } from './imports.repo.ts';

/** A batch's progress and outcome as `GET /api/imports/:id` answers it. */
export function presentImportStatus(b: ImportBatchHead, phase: ImportStatus['phase'] = null): ImportStatus {
  return {
    id: b.id,
    state: b.state,
    phase: b.state === 'running' ? phase : null,
    processed: b.processed,
    total: b.total,
    created: b.created,
    updated: b.updated,
    skipped: b.skipped,
    organisationsCreated: b.organisationsCreated,
    fileName: b.fileName,
    columns: b.columns,
    mapping: (b.mapping as ImportStatus['mapping']) ?? null,
    defaults: b.defaults ?? {},
    error: b.error,
    createdAt: b.createdAt,
    committedAt: b.committedAt,
    revertedAt: b.revertedAt,
    reverted: b.reverted ? { organisationsRemoved: 0, ...b.reverted } : null,
  };
}

/** One row of the preview: what the spreadsheet said, what was read, and what is wrong or already there. */
export function presentImportRow(r: EvaluatedRow): ImportRow {
  return {
    rowNumber: r.rowNumber,
    status: r.status,
    cells: r.cells,
    values: r.values,
    errors: r.errors,
    duplicateOf: r.duplicateOf,
    changedFields: r.changedFields,
    unknownParties: r.unknownParties,
  };
}
