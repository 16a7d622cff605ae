import type { Request } from 'express';
import { headerSetKey, suggestMapping } from '@akkoord/shared/import/suggest-mapping';
import { IMPORT_FIELDS, type ImportField } from '@akkoord/shared/import/import-fields';
import type { ImportMapping } from '@akkoord/shared/import/read-import-row';
import type { ImportMappingInput, ImportRows, ImportRowsQuery, ImportStatus, ImportUpload } from '@akkoord/shared/schemas/import';
import type { AppDeps } from '../../deps.ts';
import { actorOf, type RequestContext } from '../../http/context.ts';
import { AppError } from '../../http/errors.ts';
import { collectBatchGarbage } from '../../lib/release-memory.ts';
import type { Db } from '../../db/client.ts';
import { JsonText } from '../../http/json-text.ts';
import { evaluateRows, type EvaluationInput } from './evaluate-rows.ts';
import { presentImportRow, presentImportStatus } from './imports.presenter.ts';
import { recordAudit } from '../audit/audit.repo.ts';
import {
  deleteStaleImportBatches,
  findImportBatchHead,
  findRememberedMapping,
  insertImportBatch,
  insertImportRows,
  listImportRowChunk,
  moveImportBatchState,
  saveRememberedMapping,
  type ImportBatchHead,
  type ImportBatchRow,
} from './imports.repo.ts';
import { readSpreadsheet } from './read-spreadsheet.ts';
import { readUploadedFile } from './read-upload.ts';
import { runningImports } from './running-imports.ts';

const notFound = (id: number) => new AppError('not_found', `Import ${id} bestaat niet`);

/**
 * A batch holds a whole spreadsheet, rows of any collaboration included, so
 * only the account that uploaded it and unlimited admins may see it; anyone
 * else gets 404.
 */
function mayUse(ctx: RequestContext, createdBy: number): boolean {
  const user = ctx.user;
  return !!user && (user.id === createdBy || (user.role === 'admin' && user.collaborationScope === null));
}

/** A batch the caller may use (its rows stay in the database: `batchRows`). */
export function loadHead(deps: AppDeps, ctx: RequestContext, id: number): ImportBatchHead {
  const head = findImportBatchHead(deps.db, id);
  if (!head || !mayUse(ctx, head.createdBy)) throw notFound(id);
  return head;
}

/** Keeps the remembered mapping to the columns this file has and the fields that exist. */
function usableMapping(columns: string[], remembered: Record<string, string | null>): ImportMapping {
  const byNormal = new Map(Object.entries(remembered));
  return Object.fromEntries(
    columns.map((c) => {
      const field = byNormal.get(c) ?? null;
      return [c, field && (IMPORT_FIELDS as readonly string[]).includes(field) ? (field as ImportField) : null];
    }),
  );
}

/**
 * Stores an uploaded CSV or XLSX (sniffed, limited, decoded) as a new batch
 * and suggests a mapping: the one last saved for the same set of headers, or
 * one from the Dutch and English header names.
 */
export async function createImport(deps: AppDeps, ctx: RequestContext, req: Request): Promise<ImportUpload> {
  const file = await readUploadedFile(req, deps.config.importMaxBytes);
  const sheet = await readSpreadsheet(file.bytes);
  const remembered = findRememberedMapping(deps.db, headerSetKey(sheet.columns));
  const suggestedMapping = remembered ? usableMapping(sheet.columns, remembered) : suggestMapping(sheet.columns);
  const id = deps.db.transaction((tx) => {
    const batchId = insertImportBatch(tx, {
      createdBy: ctx.user!.id,
      fileName: file.fileName,
      format: sheet.format,
      encoding: sheet.encoding,
      separator: sheet.separator,
      columns: sheet.columns,
      mapping: null,
      defaults: {},
      state: 'uploaded',
      total: sheet.rows.length,
      createdAt: deps.clock.now().toISOString(),
    });
    insertImportRows(deps.db, batchId, sheet.rows);
    return batchId;
  });
  releaseAfterAnswer();
  return {
    id,
    fileName: file.fileName,
    format: sheet.format,
    encoding: sheet.encoding,
    separator: sheet.separator,
    columns: sheet.columns,
    sampleRows: sheet.rows.slice(0, 5).map((r) => r.c),
    total: sheet.rows.length,
    suggestedMapping,
    mappingRemembered: !!remembered,
  };
}

/** Saves the mapping and defaults of a batch not yet imported, and remembers the mapping for the same set of headers. */
export function setImportMapping(deps: AppDeps, ctx: RequestContext, id: number, input: ImportMappingInput): ImportStatus {
  const head = loadHead(deps, ctx, id);
  const unknownColumns = Object.keys(input.mapping).filter((c) => !head.columns.includes(c));
  const errors = unknownColumns.map((c) => ({ field: `body.mapping.${c}`, message: `Het bestand heeft geen kolom "${c}"` }));
  const used = new Map<string, string>();
  for (const [column, field] of Object.entries(input.mapping)) {
    if (!field) continue;
    if (used.has(field) && !field.endsWith('Parties') && field !== 'parties') {
      errors.push({ field: `body.mapping.${column}`, message: `Ook kolom "${used.get(field)}" gaat naar dit veld` });
    }
    used.set(field, column);
  }
  if (!used.has('title')) errors.push({ field: 'body.mapping', message: 'Wijs een kolom aan voor de titel' });
  if (errors.length) throw new AppError('validation_failed', 'De koppeling van kolommen klopt niet', { errors });
  const mapping = Object.fromEntries(head.columns.map((c) => [c, input.mapping[c] ?? null]));
  const defaults = Object.fromEntries(Object.entries(input.defaults).filter(([, v]) => v !== undefined && v.trim() !== '')) as Record<string, string>;
  const now = deps.clock.now().toISOString();
  const moved = deps.db.transaction((tx) => {
    if (!moveImportBatchState(tx, id, ['uploaded', 'mapped', 'failed'], { mapping, defaults, state: 'mapped', error: null })) return false;
    saveRememberedMapping(tx, headerSetKey(head.columns), mapping, now);
    return true;
  });
  if (!moved) throw new AppError('conflict', 'Deze import is al uitgevoerd; de koppeling ligt vast');
  return getImport(deps, ctx, id);
}

/** Where a batch is; a batch left `running` by a stopped server reports `failed` (its transaction never committed). */
export function getImport(deps: AppDeps, ctx: RequestContext, id: number): ImportStatus {
  const head = loadHead(deps, ctx, id);
  const job = runningImports.get(id);
  if (head.state === 'running' && !job) return presentImportStatus({ ...head, state: 'failed', error: 'Onderbroken: de server stopte tijdens de import; er is niets geschreven' });
  return presentImportStatus(job ? { ...head, processed: job.processed } : head, job?.phase ?? null);
}

/**
 * A whole spreadsheet read, checked or answered leaves tens of MB of garbage
 * (10,000 rows); without a collection each step of an import grew the server
 * on top of the last one's (decision 056). One full collection once the
 * answer is out (decision 024's `collectBatchGarbage`; a no-op in tests).
 */
export function releaseAfterAnswer(): void {
  setImmediate(collectBatchGarbage);
}

/** How the evaluation reads a batch's rows: a chunk at a time from `import_rows` on this connection (decision 059). */
export function batchRows(db: Db, batchId: number): EvaluationInput['readRows'] {
  return (after, limit) => listImportRowChunk(db, batchId, after, limit);
}

/** Requires a mapping before rows can be read. */
export function mappingOf(batch: Pick<ImportBatchRow, 'mapping'>): ImportMapping {
  if (!batch.mapping) throw new AppError('conflict', 'Koppel eerst de kolommen (PUT /api/imports/:id/mapping)');
  return batch.mapping as ImportMapping;
}

/**
 * Every row (or those with one status) with what was read, its errors per
 * field, and whether it is already there. Each chosen row is written as JSON
 * as soon as it is checked, so the answer never holds 10,000 checked rows as
 * objects (decision 059).
 */
export async function listImportRows(deps: AppDeps, ctx: RequestContext, id: number, q: ImportRowsQuery): Promise<JsonText<ImportRows>> {
  const batch = loadHead(deps, ctx, id);
  const items: Buffer[] = [];
  let chosen = 0;
  const summary = await evaluateRows(
    deps.db,
    ctx,
    { columns: batch.columns, mapping: mappingOf(batch), defaults: batch.defaults ?? {}, readRows: batchRows(deps.db, id) },
    (row) => {
      if (q.status !== 'all' && row.status !== q.status) return;
      const at = chosen++;
      if (at < q.offset || at >= q.offset + q.limit) return;
      items.push(Buffer.from(`${items.length ? ',' : ''}${JSON.stringify(presentImportRow(row))}`));
    },
  );
  releaseAfterAnswer();
  const head = JSON.stringify({ total: summary.total, counts: summary.counts, unknownOrganisations: summary.unknownOrganisations }).slice(0, -1);
  return new JsonText(Buffer.concat([Buffer.from(`${head},"items":[`), ...items, Buffer.from(']}')]));
}

/**
 * Removes imports that were never committed — uploaded, mapped, failed, or
 * left running by a stopped server — once they are older than
 * IMPORT_KEEP_DAYS: their uploaded rows (the whole spreadsheet) are staged
 * data, not the register. One transaction, an audit event per batch.
 * Committed and reverted batches stay: their revert and errors.csv need them.
 */
export function removeStaleImports(deps: AppDeps, ctx: RequestContext): number {
  const before = new Date(deps.clock.now().getTime() - deps.config.importKeepDays * 24 * 60 * 60 * 1000).toISOString();
  const at = deps.clock.now().toISOString();
  const actor = actorOf(ctx);
  return deps.db.transaction((tx) => {
    const removed = deleteStaleImportBatches(deps.db, ['uploaded', 'mapped', 'failed', 'running'], before, [...runningImports.keys()]);
    for (const b of removed) {
      recordAudit(tx, {
        at,
        ...actor,
        entityType: 'import_batch',
        entityId: b.id,
        action: 'delete',
        before: { fileName: b.fileName, state: b.state, createdAt: b.createdAt, createdBy: b.createdBy },
        requestId: ctx.requestId,
      });
    }
    return removed.length;
  });
}
