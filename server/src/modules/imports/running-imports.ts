/** Commits in progress in this process: how far the check got and which phase runs (the database has the rest). */
export const runningImports = new Map<number, { processed: number; phase: 'checking' | 'writing' }>();
