/** An upload the user cancelled (not a failure to report). */
export const isCancelled = (error: unknown) => error instanceof DOMException && error.name === 'AbortError';
