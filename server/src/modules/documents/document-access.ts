import type { AppDeps } from '../../deps.ts';
import type { RequestContext } from '../../http/context.ts';
import { AppError } from '../../http/errors.ts';
import { fileStoreIn, type FileStore } from '../../lib/file-store.ts';
import { agreementVisibility } from '../agreements/agreement-visibility.ts';
import { findDocument, type DocumentWithAgreement } from './documents.repo.ts';

/**
 * A document exactly as its agreement's visibility allows (issue 13 item 4): outside the caller's
 * collaborations it does not exist (404, the same answer as an id that was never used).
 */
export function loadVisibleDocument(deps: AppDeps, ctx: RequestContext, id: number): DocumentWithAgreement {
  const doc = findDocument(deps.db, id);
  if (!doc || !agreementVisibility(ctx).canSee(doc.collaborationCode)) throw new AppError('not_found', `Document ${id} bestaat niet`);
  return doc;
}

/** Where the bytes of documents are kept: the store handed in, or `DATA_DIR/files`. */
export function filesOf(deps: AppDeps): FileStore {
  return deps.files ?? fileStoreIn(deps.config.dataDir);
}
