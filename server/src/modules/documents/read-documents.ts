import type { AgreementDocument, DocumentList } from '@akkoord/shared/schemas/document';
import type { AppDeps } from '../../deps.ts';
import type { RequestContext } from '../../http/context.ts';
import { loadVisibleRow } from '../agreements/agreements.service.ts';
import { loadVisibleDocument } from './document-access.ts';
import { presentDocument } from './documents.presenter.ts';
import { findDocumentsOf, findUserNames, findVersionsOf, type DocumentRow } from './documents.repo.ts';

function present(deps: AppDeps, ctx: RequestContext, docs: DocumentRow[], agreementArchived: boolean): AgreementDocument[] {
  const versions = findVersionsOf(
    deps.db,
    docs.map((d) => d.id),
  );
  const people = new Set<number>([...docs.flatMap((d) => [d.createdBy, d.archivedBy ?? d.createdBy]), ...versions.map((v) => v.uploadedBy)]);
  const names = findUserNames(deps.db, [...people]);
  return docs.map((d) =>
    presentDocument(
      d,
      versions.filter((v) => v.documentId === d.id),
      names,
      ctx.user,
      agreementArchived,
    ),
  );
}

/** The documents of an agreement the caller may see, archived ones included (`archived: true`), oldest first. */
export function listDocuments(deps: AppDeps, ctx: RequestContext, agreementId: number): DocumentList {
  const agreement = loadVisibleRow(deps, ctx, agreementId);
  return { items: present(deps, ctx, findDocumentsOf(deps.db, agreementId), agreement.archivedAt !== null) };
}

/** One document with its versions. */
export function getDocument(deps: AppDeps, ctx: RequestContext, id: number): AgreementDocument {
  const doc = loadVisibleDocument(deps, ctx, id);
  return present(deps, ctx, [doc], doc.agreementArchivedAt !== null)[0]!;
}
