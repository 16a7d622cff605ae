import type { CsvValue } from '@akkoord/shared/csv/csv-dialect';
import type { AuditRow } from './audit.repo.ts';
import { changedFields } from './audit.presenter.ts';

export const AUDIT_CSV_COLUMNS = ['id', 'at', 'actorId', 'actor', 'entityType', 'entityId', 'action', 'changes', 'requestId', 'before', 'after', 'redactedAt'] as const;

/** One event's cells, in the order of {@link AUDIT_CSV_COLUMNS} (the shared CSV writer quotes and neutralises them). */
export function auditCsvCells(row: AuditRow): CsvValue[] {
  return [
    row.id,
    row.at,
    row.actorId,
    row.actorLabel,
    row.entityType,
    row.entityId,
    row.action,
    changedFields(row.before, row.after).join(' '),
    row.requestId,
    row.before as CsvValue,
    row.after as CsvValue,
    row.redactedAt,
  ];
}
