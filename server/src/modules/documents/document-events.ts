/** What a listener learns about a new version: enough to find its row and its file. */
export interface VersionAdded {
  versionId: number;
  documentId: number;
  agreementId: number;
  version: number;
  sha256: string;
  mediaType: string;
}

type Listener = (event: VersionAdded) => void;
const listeners = new Set<Listener>();

/**
 * Subscribes to new versions (called after their transaction committed, so the row and the file exist);
 * the text extraction queue listens here. Returns the unsubscribe function.
 */
export function onVersionAdded(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Tells every listener about a committed version; a listener's failure never fails the upload. */
export function announceVersionAdded(event: VersionAdded, onError: (err: unknown) => void): void {
  for (const listener of listeners) {
    try {
      listener(event);
    } catch (err) {
      onError(err);
    }
  }
}
