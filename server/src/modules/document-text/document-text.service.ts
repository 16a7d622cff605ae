import type { DocumentVersionText } from '@akkoord/shared/schemas/document-text';
import type { AppDeps } from '../../deps.ts';
import type { RequestContext } from '../../http/context.ts';
import { AppError } from '../../http/errors.ts';
import { loadVisibleDocument } from '../documents/document-access.ts';
import { findVersionText } from './document-text.repo.ts';
import { presentVersionText } from './document-text.presenter.ts';

/** The text of one version of a document, page by page, for a caller who may see the document (its agreement); otherwise 404. */
export function getVersionText(deps: AppDeps, ctx: RequestContext, documentId: number, version: number): DocumentVersionText {
  // The document's own access rule (its agreement's visibility; 404 outside it).
  loadVisibleDocument(deps, ctx, documentId);
  const found = findVersionText(deps.db, documentId, version);
  if (!found) throw new AppError('not_found', `Document ${documentId} heeft geen versie ${version}`);
  return presentVersionText(found);
}
