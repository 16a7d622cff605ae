import { readFacts } from '@akkoord/shared/suggestions/read-facts';
import type { AppDeps } from '../../deps.ts';
import { findPages, findUnreadVersions, saveReading } from './suggestions.repo.ts';

/**
 * The edition of the reader in `shared/src/suggestions`: raise it when the
 * reader improves, and every extracted version is read again on its
 * agreement's next suggestions request (decision 048).
 */
export const READER_EDITION = 1;

/**
 * Reads the extracted text of the agreement's document versions that this
 * edition of the reader has not read yet, and stores what it finds as open
 * suggestions — lazily, on the agreement's suggestions request (decision 048).
 * One transaction per version; a version read twice at once proposes nothing twice.
 */
export function readUnreadDocuments(deps: AppDeps, agreementId: number): void {
  for (const { versionId, documentId } of findUnreadVersions(deps.db, agreementId, READER_EDITION)) {
    const found = readFacts(findPages(deps.db, versionId)).map((f) => ({ field: f.field, value: JSON.stringify(f.value), page: f.page, quote: f.quote }));
    const at = deps.clock.now().toISOString();
    deps.db.transaction((tx) => saveReading(tx, { agreementId, documentId, versionId, edition: READER_EDITION, at, found }));
  }
}
