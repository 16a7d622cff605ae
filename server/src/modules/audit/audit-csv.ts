import type { AuditRow } from './audit.repo.ts';
import { changedFields } from './audit.presenter.ts';

export const AUDIT_CSV_COLUMNS = ['id', 'at', 'actorId', 'actor', 'entityType', 'entityId', 'action', 'changes', 'requestId', 'before', 'after'] as const;

/**
 * One CSV field (RFC 4180): quoted when needed; a leading = + - @ or control
 * character gets an apostrophe so a spreadsheet never runs it as a formula.
 */
export function csvField(value: unknown): string {
  if (value === null || value === undefined) return '';
  let text = typeof value === 'string' ? value : typeof value === 'object' ? JSON.stringify(value) : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The header line, CRLF-terminated. */
export const auditCsvHeader = (): string => `${AUDIT_CSV_COLUMNS.join(',')}\r\n`;

/** One event as a CSV line, CRLF-terminated. */
export function auditCsvLine(row: AuditRow): string {
  const cells = [
    row.id,
    row.at,
    row.actorId,
    row.actorLabel,
    row.entityType,
    row.entityId,
    row.action,
    changedFields(row.before, row.after).join(' '),
    row.requestId,
    row.before,
    row.after,
  ];
  return `${cells.map(csvField).join(',')}\r\n`;
}
