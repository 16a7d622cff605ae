import type { Response } from 'express';
import type { AuditEvent, AuditExportQuery, AuditQuery, HistoryQuery } from '@akkoord/shared/schemas/audit';
import type { Page } from '@akkoord/shared/schemas/common';
import type { AppDeps } from '../../deps.ts';
import { AppError } from '../../http/errors.ts';
import { startOfAmsterdamDay } from '../../lib/clock.ts';
import { streamCsv } from '../../http/csv-response.ts';
import { AUDIT_CSV_COLUMNS, auditCsvCells } from './audit-csv.ts';
import { agreementIdsNamedBy, agreementsOfEvent, presentAuditEvent, presentDestroyedAuditEvent, presentRestrictedAuditEvent } from './audit.presenter.ts';
import { findAgreementCollaborationCodes, findDestroyedAgreementIds, iterateAuditRows, listAuditRows, type AuditFilter, type AuditRow } from './audit.repo.ts';

const nextDay = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

function filterOf(q: AuditExportQuery): AuditFilter {
  if (q.from && q.to && q.to < q.from) {
    throw new AppError('bad_request', 'Een of meer zoekparameters kloppen niet', { errors: [{ field: 'query.to', message: 'Tot-datum ligt vóór de van-datum' }] });
  }
  const actor = q.actor?.toLowerCase();
  return {
    entityType: q.entityType,
    entityId: q.entityId,
    action: q.action,
    actorLabel: actor,
    actorId: actor && /^\d{1,12}$/.test(actor) ? Number(actor) : undefined,
    fromAt: q.from ? startOfAmsterdamDay(q.from) : undefined,
    toAt: q.to ? startOfAmsterdamDay(nextDay(q.to)) : undefined,
  };
}

const encodeCursor = (id: number) => Buffer.from(`a${id}`).toString('base64url');

function decodeCursor(cursor: string | undefined): number | null {
  if (cursor === undefined) return null;
  const m = /^a(\d{1,15})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!m) throw new AppError('bad_request', 'De cursor is ongeldig', { errors: [{ field: 'query.cursor', message: 'Ongeldige cursor; begin opnieuw bij de eerste pagina' }] });
  return Number(m[1]);
}

/** Events about agreements destroyed since, without the personal data the destruction cleared (decision 063). */
function destroyedRedactor(deps: AppDeps, rows: AuditRow[]): (row: AuditRow) => AuditEvent | null {
  const destroyed = findDestroyedAgreementIds(deps.db, [...new Set(rows.flatMap(agreementsOfEvent))]);
  return (row) => (agreementsOfEvent(row).some((id) => destroyed.has(id)) ? presentDestroyedAuditEvent(row) : null);
}

function pageOf(
  deps: AppDeps,
  filter: AuditFilter,
  q: { cursor?: string | undefined; limit: number },
  present: (rows: AuditRow[]) => AuditEvent[] = (rows) => {
    const redacted = destroyedRedactor(deps, rows);
    return rows.map((row) => redacted(row) ?? presentAuditEvent(row));
  },
): Page<AuditEvent> {
  const { rows, total } = listAuditRows(deps.db, filter, q.limit, decodeCursor(q.cursor));
  const page = rows.slice(0, q.limit);
  return {
    items: present(page),
    nextCursor: rows.length > q.limit ? encodeCursor(page[page.length - 1]!.id) : null,
    total,
  };
}

/** The global audit trail, newest first, with filters. */
export function listAuditEvents(deps: AppDeps, q: AuditQuery): Page<AuditEvent> {
  return pageOf(deps, filterOf(q), q);
}

/**
 * Which agreements the reader may see in full (the agreements module's `AgreementVisibility`;
 * declared here so that the audit trail, which every module writes to, imports no module).
 */
export interface HistoryVisibility {
  readonly isLimited: boolean;
  canSee(collaborationCode: string | null): boolean;
}

/** The other agreements named by these events that the caller may not see (one that no longer exists counts as unseen). */
function hiddenOthers(deps: AppDeps, visibility: HistoryVisibility, rows: AuditRow[], id: number): Set<number> {
  if (!visibility.isLimited) return new Set();
  const others = new Set(rows.flatMap(agreementIdsNamedBy).filter((other) => other !== id));
  const seen = findAgreementCollaborationCodes(deps.db, [...others]).filter((a) => visibility.canSee(a.collaborationCode));
  for (const a of seen) others.delete(a.id);
  return others;
}

/**
 * The events of one agreement, newest first, for a reader who may see it (the
 * agreements module checks that first). An event that also names an agreement
 * outside the reader's collaborations (a relation to it) keeps the ids and drops
 * its note and other details (decision 023).
 */
export function listAgreementHistory(deps: AppDeps, id: number, visibility: HistoryVisibility, q: HistoryQuery): Page<AuditEvent> {
  return pageOf(deps, { agreementId: id }, q, (rows) => {
    const hidden = hiddenOthers(deps, visibility, rows, id);
    const redacted = destroyedRedactor(deps, rows);
    return rows.map((row) => (agreementIdsNamedBy(row).some((other) => hidden.has(other)) ? presentRestrictedAuditEvent(row) : (redacted(row) ?? presentAuditEvent(row))));
  });
}

/** Streams the matching events as CSV (oldest first) in the one CSV dialect (decision 052), respecting back-pressure. */
export async function writeAuditCsv(deps: AppDeps, q: AuditExportQuery, res: Response): Promise<void> {
  const filter = filterOf(q);
  const chunks = (function* () {
    for (const chunk of iterateAuditRows(deps.db, filter)) {
      const redacted = destroyedRedactor(deps, chunk);
      yield chunk.map((row) => {
        const event = redacted(row);
        return auditCsvCells(event ? { ...row, before: event.before, after: event.after } : row);
      });
    }
  })();
  await streamCsv(res, `akkoord-audit-${deps.clock.today()}.csv`, AUDIT_CSV_COLUMNS, chunks);
}
