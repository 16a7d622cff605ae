import { setImmediate as nextTurn } from 'node:timers/promises';
import { createFactReader } from '@akkoord/shared/suggestions/read-facts';
import type { AppDeps } from '../../deps.ts';
import { findPages, findUnreadVersions, saveReading } from './suggestions.repo.ts';

/**
 * The edition of the reader in `shared/src/suggestions`: raise it when the
 * reader improves, and every extracted version is read again on its
 * agreement's next suggestions request (decision 048).
 */
export const READER_EDITION = 1;

/** Text read between two turns of the event loop: a long document never holds up other requests for long. */
const CHARS_PER_TURN = 50_000;

/**
 * Reads the extracted text of the agreement's document versions that this
 * edition of the reader has not read yet, and stores what it finds as open
 * suggestions — lazily, on the agreement's suggestions request (decision 048).
 * One transaction per version; a version read twice at once proposes nothing twice.
 */
export async function readUnreadDocuments(deps: AppDeps, agreementId: number): Promise<void> {
  for (const { versionId, documentId } of findUnreadVersions(deps.db, agreementId, READER_EDITION)) {
    const reader = createFactReader();
    let sinceTurn = 0;
    for (const page of findPages(deps.db, versionId)) {
      reader.read(page);
      sinceTurn += page.text.length;
      if (sinceTurn >= CHARS_PER_TURN) {
        sinceTurn = 0;
        await nextTurn();
      }
    }
    const found = reader.facts().map((f) => ({ field: f.field, value: JSON.stringify(f.value), page: f.page, quote: f.quote }));
    const at = deps.clock.now().toISOString();
    deps.db.transaction((tx) => saveReading(tx, { agreementId, documentId, versionId, edition: READER_EDITION, at, found }));
  }
}
