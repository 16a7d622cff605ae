import type { Response } from 'express';
import {
  REGISTER_TRANSFER_FORMAT,
  REGISTER_TRANSFER_SECTIONS,
  REGISTER_TRANSFER_VERSION,
  type RegisterImportResult,
  type RegisterTransfer,
} from '@akkoord/shared/schemas/register-transfer';
import type { AppDeps } from '../../deps.ts';
import { actorOf, type RequestContext } from '../../http/context.ts';
import { drained, startDownload } from '../../http/csv-response.ts';
import { AppError } from '../../http/errors.ts';
import { recordAudit } from '../audit/audit.repo.ts';
import { findAccountIdsByEmail, insertSection, isRegisterEmpty, iterateSection } from './register-transfer.repo.ts';

/**
 * Streams the whole register as one JSON document (decision 052): each
 * section is read in id-ordered chunks and written as it comes, waiting while
 * the connection is full, so memory holds one chunk. Admins only; the export
 * itself is recorded in the audit trail (who took the register out, when).
 */
export async function exportRegisterJson(deps: AppDeps, ctx: RequestContext, res: Response): Promise<void> {
  const exportedAt = deps.clock.now().toISOString();
  recordAudit(deps.db, {
    at: exportedAt,
    ...actorOf(ctx),
    entityType: 'register',
    entityId: 'register',
    action: 'download',
    after: { format: 'json', version: REGISTER_TRANSFER_VERSION },
    requestId: ctx.requestId,
  });
  startDownload(res, 'application/json; charset=utf-8', `akkoord-register-${deps.clock.today()}.json`);
  res.write(`{"format":${JSON.stringify(REGISTER_TRANSFER_FORMAT)},"version":${REGISTER_TRANSFER_VERSION},"exportedAt":${JSON.stringify(exportedAt)}`);
  for (const section of REGISTER_TRANSFER_SECTIONS) {
    res.write(`,\n${JSON.stringify(section)}:[`);
    let first = true;
    for (const rows of iterateSection(deps.db, section)) {
      if (res.destroyed) return;
      const text = rows.map((r) => JSON.stringify(r)).join(',\n');
      if (!res.write(first ? `\n${text}` : `,\n${text}`)) await drained(res);
      first = false;
    }
    res.write(']');
  }
  res.end('}\n');
}

const notEmpty = () => new AppError('conflict', 'Het register is niet leeg: een register inlezen kan alleen in een lege installatie (start die met SEED_REGISTER=false)');

const foreignKeyFailed = (err: unknown) => err instanceof Error && 'code' in err && String((err as { code: unknown }).code).startsWith('SQLITE_CONSTRAINT');

/**
 * Reads a JSON register (as `exportRegisterJson` writes it) into an empty
 * register in one transaction with its audit event: every row with its id, so
 * the result is the same register. A register that holds anything is refused
 * (409) before anything is written. Documents name accounts by e-mail; an
 * address without an account here becomes the importing admin. Versions start
 * their text extraction again (`pending`).
 */
export async function importRegisterJson(deps: AppDeps, ctx: RequestContext, read: () => Promise<RegisterTransfer>): Promise<RegisterImportResult> {
  // Refused before the (possibly large) document is read.
  if (!isRegisterEmpty(deps.db)) throw notEmpty();
  const doc = await read();
  const me = ctx.user!.id;
  const accounts = findAccountIdsByEmail(deps.db, [...doc.documents.flatMap((d) => [d.createdBy, d.archivedBy ?? '']), ...doc.documentVersions.map((v) => v.uploadedBy)]);
  const account = (email: string) => accounts.get(email.toLowerCase()) ?? me;
  const rows: Record<(typeof REGISTER_TRANSFER_SECTIONS)[number], Record<string, unknown>[]> = {
    ...doc,
    documents: doc.documents.map((d) => ({ ...d, createdBy: account(d.createdBy), archivedBy: d.archivedBy === null ? null : account(d.archivedBy) })),
    documentVersions: doc.documentVersions.map((v) => ({ ...v, uploadedBy: account(v.uploadedBy), textStatus: 'pending' })),
  };
  const imported = Object.fromEntries(REGISTER_TRANSFER_SECTIONS.map((s) => [s, rows[s].length])) as RegisterImportResult['imported'];
  try {
    deps.db.transaction((tx) => {
      // Checked again inside the transaction: two imports at once cannot both find the register empty.
      if (!isRegisterEmpty(tx)) throw notEmpty();
      for (const section of REGISTER_TRANSFER_SECTIONS) if (rows[section].length) insertSection(tx, section, rows[section]);
      recordAudit(tx, {
        at: deps.clock.now().toISOString(),
        ...actorOf(ctx),
        entityType: 'register',
        entityId: 'register',
        action: 'import',
        after: { format: doc.format, version: doc.version, exportedAt: doc.exportedAt, imported },
        requestId: ctx.requestId,
      });
    });
  } catch (err) {
    if (!foreignKeyFailed(err)) throw err;
    throw new AppError('validation_failed', 'Het bestand verwijst naar iets dat er niet in staat, of noemt iets twee keer; er is niets ingelezen', {
      errors: [{ field: 'body', message: (err as Error).message }],
    });
  }
  return { imported };
}
