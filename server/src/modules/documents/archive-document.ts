import type { AgreementDocument } from '@akkoord/shared/schemas/document';
import type { AppDeps } from '../../deps.ts';
import { actorOf, type RequestContext } from '../../http/context.ts';
import { AppError } from '../../http/errors.ts';
import { recordAudit } from '../audit/audit.repo.ts';
import { loadVisibleDocument } from './document-access.ts';
import { findDocument, setDocumentArchived } from './documents.repo.ts';
import { getDocument } from './read-documents.ts';

function setArchived(deps: AppDeps, ctx: RequestContext, id: number, archive: boolean): AgreementDocument {
  const doc = loadVisibleDocument(deps, ctx, id);
  const now = deps.clock.now().toISOString();
  deps.db.transaction((tx) => {
    const current = findDocument(tx, id)!;
    if (archive && current.archivedAt) throw new AppError('conflict', 'Dit document is al gearchiveerd');
    if (!archive && !current.archivedAt) throw new AppError('conflict', 'Dit document is niet gearchiveerd');
    const archivedBy = archive ? ctx.user!.id : null;
    setDocumentArchived(tx, id, archive ? now : null, archivedBy);
    recordAudit(tx, {
      at: now,
      ...actorOf(ctx),
      entityType: 'document',
      entityId: id,
      action: archive ? 'archive' : 'restore',
      before: { agreementId: doc.agreementId, archivedAt: current.archivedAt, archivedBy: current.archivedBy },
      after: { agreementId: doc.agreementId, archivedAt: archive ? now : null, archivedBy },
      requestId: ctx.requestId,
    });
  });
  return getDocument(deps, ctx, id);
}

/** Archives a document: it leaves the working list but keeps every version and file (Archiefwet; never deleted). */
export function archiveDocument(deps: AppDeps, ctx: RequestContext, id: number): AgreementDocument {
  return setArchived(deps, ctx, id, true);
}

/** Puts an archived document back in use. */
export function restoreDocument(deps: AppDeps, ctx: RequestContext, id: number): AgreementDocument {
  return setArchived(deps, ctx, id, false);
}
