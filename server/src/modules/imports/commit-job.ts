import type { ImportCommitInput } from '@akkoord/shared/schemas/import';
import type { RequestContext } from '../../http/context.ts';

/** What a commit needs, all of it plain data: it runs on a worker thread in the server (decision 056). */
export interface CommitJob {
  importId: number;
  ctx: RequestContext;
  input: ImportCommitInput;
  /** The instant and the day of the commit (the app's clock, read when it was asked for). */
  now: string;
  today: string;
}
export interface CommitProgress {
  processed: number;
  phase: 'checking' | 'writing';
}
export interface CommitOutcome {
  created: number;
  updated: number;
  skipped: number;
  organisationsCreated: number;
  writeMs: number;
}
/** Runs a commit somewhere (a worker thread with its own connection); without one it runs on the app's connection. */
export type ImportCommitRunner = (job: CommitJob, onProgress: (p: CommitProgress) => void) => Promise<CommitOutcome>;

/** What a revert needs, as plain data: it runs on the same kind of worker thread (decision 059). */
export interface RevertJob {
  importId: number;
  ctx: RequestContext;
  /** The instant and the day of the revert (the app's clock, read when it was asked for). */
  now: string;
  today: string;
}
export interface RevertOutcome {
  archived: number;
  restored: number;
  skipped: number;
  organisationsRemoved: number;
}
/** Runs a revert on a worker thread with its own connection; without one it runs on the app's connection. */
export type ImportRevertRunner = (job: RevertJob) => Promise<RevertOutcome>;
