/** Commits in progress in this process: how far the check got and which phase runs (the database has the rest). */
export const runningImports = new Map<number, { processed: number; phase: 'checking' | 'writing' }>();
/** The batches whose revert runs now (on the worker): a second revert of one of them answers 409 at once. */
export const runningReverts = new Set<number>();
