import type { Response } from 'express';
import type { AuditEvent, AuditExportQuery, AuditQuery, HistoryQuery } from '@akkoord/shared/schemas/audit';
import type { Page } from '@akkoord/shared/schemas/common';
import type { AppDeps } from '../../deps.ts';
import type { RequestContext } from '../../http/context.ts';
import { AppError } from '../../http/errors.ts';
import { startOfAmsterdamDay } from '../../lib/clock.ts';
import { loadVisibleRow } from '../agreements/agreements.service.ts';
import { auditCsvHeader, auditCsvLine } from './audit-csv.ts';
import { presentAuditEvent } from './audit.presenter.ts';
import { iterateAuditRows, listAuditRows, type AuditFilter } from './audit.repo.ts';

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

function pageOf(deps: AppDeps, filter: AuditFilter, q: { cursor?: string | undefined; limit: number }): Page<AuditEvent> {
  const { rows, total } = listAuditRows(deps.db, filter, q.limit, decodeCursor(q.cursor));
  const page = rows.slice(0, q.limit);
  return {
    items: page.map(presentAuditEvent),
    nextCursor: rows.length > q.limit ? encodeCursor(page[page.length - 1]!.id) : null,
    total,
  };
}

/** The global audit trail, newest first, with filters. */
export function listAuditEvents(deps: AppDeps, q: AuditQuery): Page<AuditEvent> {
  return pageOf(deps, filterOf(q), q);
}

/** An agreement's history ("Geschiedenis"), newest first; 404 when the caller may not see the agreement. */
export function getAgreementHistory(deps: AppDeps, ctx: RequestContext, id: number, q: HistoryQuery): Page<AuditEvent> {
  loadVisibleRow(deps, ctx, id);
  return pageOf(deps, { agreementId: id }, q);
}

/** Streams the matching events as CSV (oldest first), respecting back-pressure. */
export async function writeAuditCsv(deps: AppDeps, q: AuditExportQuery, res: Response): Promise<void> {
  const filter = filterOf(q);
  res.status(200);
  res.setHeader('Content-Type', 'text/csv; charset=utf-8');
  res.setHeader('Content-Disposition', `attachment; filename="akkoord-audit-${deps.clock.today()}.csv"`);
  res.setHeader('Cache-Control', 'no-store');
  // The byte-order mark makes spreadsheet programs read the file as UTF-8.
  res.write(`\uFEFF${auditCsvHeader()}`);
  for (const chunk of iterateAuditRows(deps.db, filter)) {
    if (!res.write(chunk.map(auditCsvLine).join(''))) await new Promise((resolve) => res.once('drain', resolve));
    if (res.destroyed) return;
  }
  res.end();
}
