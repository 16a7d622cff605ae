import type { DocumentKind, DocumentMediaType, DocumentTextStatus } from '@akkoord/shared/domain/documents';
import type { AgreementDocument, DocumentVersion } from '@akkoord/shared/schemas/document';
import type { CurrentUser } from '../../http/context.ts';
import { withPermissions } from '../../http/permissions.ts';
import type { DocumentRow, VersionRow } from './documents.repo.ts';
import './documents.policy.ts';

const actor = (id: number, names: Map<number, string>) => ({ id, name: names.get(id) ?? `#${id}` });

/** The fields of a version that leave the server. */
export function presentVersion(v: VersionRow, names: Map<number, string>): DocumentVersion {
  return {
    versionId: v.id,
    version: v.version,
    fileName: v.fileName,
    mediaType: v.mediaType as DocumentMediaType,
    sizeBytes: v.sizeBytes,
    sha256: v.sha256,
    uploadedBy: actor(v.uploadedBy, names),
    uploadedAt: v.uploadedAt,
    textStatus: v.textStatus as DocumentTextStatus,
    textReason: v.textReason,
    textExtractedAt: v.textExtractedAt,
    contentUrl: `/api/documents/${v.documentId}/versions/${v.version}/content`,
  };
}

/**
 * A document with its versions (oldest first) and what the caller may do with it: archive while it is in
 * use, restore once archived, add versions only to a document in use on an agreement in use.
 */
export function presentDocument(d: DocumentRow, versions: VersionRow[], names: Map<number, string>, user: CurrentUser | null, agreementArchived: boolean): AgreementDocument {
  const archived = d.archivedAt !== null;
  const body: AgreementDocument = {
    id: d.id,
    agreementId: d.agreementId,
    kind: d.kind as DocumentKind,
    title: d.title,
    documentDate: d.documentDate,
    note: d.note,
    archived,
    archivedAt: d.archivedAt,
    archivedBy: d.archivedBy === null ? null : actor(d.archivedBy, names),
    createdBy: actor(d.createdBy, names),
    createdAt: d.createdAt,
    versions: versions.map((v) => presentVersion(v, names)),
  };
  return withPermissions(body, user, 'document', { upload: !archived && !agreementArchived, archive: !archived, restore: archived });
}
