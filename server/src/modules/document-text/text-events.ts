import type { DocumentTextStatus } from '@akkoord/shared/domain/documents';

/** What a listener learns when a version's text is settled (its pages and status are committed). */
export interface TextExtracted {
  versionId: number;
  documentId: number;
  agreementId: number;
  status: Exclude<DocumentTextStatus, 'pending'>;
}

type Listener = (event: TextExtracted) => void | Promise<void>;
const listeners = new Set<Listener>();

/**
 * Subscribes to "the text of a version is done" (every settled status:
 * `done`, `no_text_layer` or `failed`), called after the pages and status
 * are committed; e.g. the suggestions read the pages of `done` versions here.
 * Returns the unsubscribe function.
 */
export function onTextExtracted(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Tells every listener; a listener's failure is reported to `onError` and never stops the queue. */
export async function announceTextExtracted(event: TextExtracted, onError: (err: unknown) => void): Promise<void> {
  for (const listener of listeners) {
    try {
      await listener(event);
    } catch (err) {
      onError(err);
    }
  }
}
