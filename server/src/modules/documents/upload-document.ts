import { DOCUMENT_MEDIA_TYPES } from '@akkoord/shared/domain/documents';
import type { AgreementDocument } from '@akkoord/shared/schemas/document';
import { addVersionFieldsSchema, uploadDocumentFieldsSchema } from '@akkoord/shared/schemas/document';
import { sanitiseFileName } from '@akkoord/shared/text/file-name';
import type { z } from 'zod';
import type { Tx } from '../../db/client.ts';
import type { AppDeps } from '../../deps.ts';
import { actorOf, type RequestContext } from '../../http/context.ts';
import { AppError, toFieldErrors } from '../../http/errors.ts';
import { loadVisibleRow } from '../agreements/agreements.service.ts';
import { recordAudit } from '../audit/audit.repo.ts';
import { filesOf, loadVisibleDocument } from './document-access.ts';
import { announceVersionAdded } from './document-events.ts';
import { findAgreementState, findDocument, findDocumentWithContent, insertDocument, insertNextVersion } from './documents.repo.ts';
import { getDocument } from './read-documents.ts';
import type { ReceivedUpload, UploadSource } from './receive-upload.ts';
import { sniffMediaType } from './sniff-media-type.ts';

const ACCEPTED = 'PDF, Word (DOCX), OpenDocument-tekst (ODT), Excel (XLSX), scans als PNG, JPEG of TIFF, platte tekst (UTF-8) en e-mail (EML)';

function parseFields<S extends z.ZodType>(schema: S, fields: Record<string, string>): z.output<S> {
  const result = schema.safeParse(fields);
  if (!result.success) throw new AppError('validation_failed', 'Een of meer velden kloppen niet', { errors: toFieldErrors(result.error, 'body') });
  return result.data;
}

const archivedAgreement = () => new AppError('conflict', 'Bij een gearchiveerde overeenkomst kunt u geen documenten toevoegen; zet haar eerst terug');

/** 409 with the document that already holds these bytes, so the client can point to it. */
function duplicateOf(deps: AppDeps, ctx: RequestContext, documentId: number): AppError {
  return new AppError('conflict', `Dit bestand staat al bij deze overeenkomst (document ${documentId})`, {
    errors: [{ field: 'body.file', message: 'Dit bestand is al geüpload', code: 'duplicate' }],
    extra: { existing: getDocument(deps, ctx, documentId) },
  });
}

/**
 * Receives, checks and stores an upload, then writes its rows in `write` (one transaction with the audit
 * event). The order is the crash-safety argument of decision 044: the file is fsynced and renamed into place
 * before the transaction commits, so a row never names a missing file; a file without a row is removed at
 * the next start.
 */
async function storeUpload<S extends z.ZodType, T extends { versionId: number; documentId: number; version: number }>(
  deps: AppDeps,
  ctx: RequestContext,
  agreementId: number,
  source: UploadSource,
  schema: S,
  write: (tx: Tx, upload: ReceivedUpload, fields: z.output<S>, meta: { mediaType: string; fileName: string; now: string }) => T,
): Promise<T> {
  const store = filesOf(deps);
  const upload = await source({ store, maxBytes: deps.config.documentMaxBytes });
  try {
    const fields = parseFields(schema, upload.fields);
    const mediaType = await sniffMediaType(upload.file.path, upload.file.size);
    if (!mediaType) {
      throw new AppError('unsupported_media_type', `Dit soort bestand kan Akkoord niet bewaren. Wel: ${ACCEPTED}.`, {
        errors: [{ field: 'body.file', message: `Geen ${ACCEPTED}`, code: 'unsupported_type' }],
        extra: { accepted: DOCUMENT_MEDIA_TYPES },
      });
    }
    const existing = findDocumentWithContent(deps.db, agreementId, upload.file.sha256);
    if (existing !== undefined) throw duplicateOf(deps, ctx, existing);
    await upload.file.commit();
    const meta = { mediaType, fileName: sanitiseFileName(upload.fileName), now: deps.clock.now().toISOString() };
    // Checked again inside the transaction: another upload of the same bytes, or an archive, may have committed meanwhile.
    const written = deps.db.transaction((tx): { twin: number } | { result: T } => {
      if (findAgreementState(tx, agreementId)?.archivedAt) throw archivedAgreement();
      const twin = findDocumentWithContent(tx, agreementId, upload.file.sha256);
      if (twin !== undefined) return { twin };
      return { result: write(tx, upload, fields, meta) };
    });
    if ('twin' in written) throw duplicateOf(deps, ctx, written.twin);
    const result = written.result;
    const event = { versionId: result.versionId, documentId: result.documentId, agreementId, version: result.version, sha256: upload.file.sha256, mediaType };
    announceVersionAdded(event, (err) => deps.logger.error({ err, ...event }, 'a listener of new document versions failed'));
    return result;
  } finally {
    await upload.file.discard();
  }
}

/** Uploads a new document (version 1) to an agreement (issue 13 item 1). */
export async function uploadDocument(deps: AppDeps, ctx: RequestContext, agreementId: number, source: UploadSource): Promise<AgreementDocument> {
  const agreement = loadVisibleRow(deps, ctx, agreementId);
  if (agreement.archivedAt) throw archivedAgreement();
  const { documentId } = await storeUpload(deps, ctx, agreementId, source, uploadDocumentFieldsSchema, (tx, upload, fields, meta) => {
    const actor = actorOf(ctx);
    const documentId = insertDocument(tx, {
      agreementId,
      kind: fields.kind,
      title: meta.fileName,
      documentDate: fields.documentDate ?? null,
      note: fields.note ?? null,
      createdBy: ctx.user!.id,
      createdAt: meta.now,
    });
    const v = insertNextVersion(tx, {
      documentId,
      sha256: upload.file.sha256,
      sizeBytes: upload.file.size,
      mediaType: meta.mediaType,
      fileName: meta.fileName,
      uploadedBy: ctx.user!.id,
      uploadedAt: meta.now,
    });
    recordAudit(tx, {
      at: meta.now,
      ...actor,
      entityType: 'document',
      entityId: documentId,
      action: 'upload',
      after: {
        agreementId,
        kind: fields.kind,
        title: meta.fileName,
        documentDate: fields.documentDate ?? null,
        note: fields.note ?? null,
        ...versionFacts(v.version, upload, meta),
      },
      requestId: ctx.requestId,
    });
    return { documentId, versionId: v.id, version: v.version };
  });
  return getDocument(deps, ctx, documentId);
}

const versionFacts = (version: number, upload: ReceivedUpload, meta: { mediaType: string; fileName: string }) => ({
  version,
  sha256: upload.file.sha256,
  sizeBytes: upload.file.size,
  mediaType: meta.mediaType,
  fileName: meta.fileName,
});

/** Adds a version to a document (issue 13 item 3); earlier versions stay as they are (append-only). */
export async function addDocumentVersion(deps: AppDeps, ctx: RequestContext, documentId: number, source: UploadSource): Promise<AgreementDocument> {
  const doc = loadVisibleDocument(deps, ctx, documentId);
  if (doc.agreementArchivedAt) throw archivedAgreement();
  if (doc.archivedAt) throw new AppError('conflict', 'Dit document is gearchiveerd; zet het eerst terug om een versie toe te voegen');
  await storeUpload(deps, ctx, doc.agreementId, source, addVersionFieldsSchema, (tx, upload, _fields, meta) => {
    if (findDocument(tx, documentId)?.archivedAt) throw new AppError('conflict', 'Dit document is intussen gearchiveerd');
    const v = insertNextVersion(tx, {
      documentId,
      sha256: upload.file.sha256,
      sizeBytes: upload.file.size,
      mediaType: meta.mediaType,
      fileName: meta.fileName,
      uploadedBy: ctx.user!.id,
      uploadedAt: meta.now,
    });
    recordAudit(tx, {
      at: meta.now,
      ...actorOf(ctx),
      entityType: 'document',
      entityId: documentId,
      action: 'add_version',
      after: { agreementId: doc.agreementId, ...versionFacts(v.version, upload, meta) },
      requestId: ctx.requestId,
    });
    return { documentId, versionId: v.id, version: v.version };
  });
  return getDocument(deps, ctx, documentId);
}
