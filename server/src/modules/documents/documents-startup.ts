import type { AppDeps } from '../../deps.ts';
import { filesOf } from './document-access.ts';
import { findAllContentAddresses } from './documents.repo.ts';

/**
 * At start, before any upload can run: removes what an upload killed half-way left in the file store —
 * temporary files, and files renamed into place whose row never committed (decision 044). A version row
 * whose file is missing is never "repaired"; it is logged loudly.
 */
export async function removeDocumentOrphans(deps: AppDeps): Promise<void> {
  const referenced = findAllContentAddresses(deps.db);
  const store = filesOf(deps);
  const report = await store.removeOrphans((sha256) => referenced.has(sha256));
  let missing = 0;
  for (const sha256 of referenced) if (!(await store.has(sha256))) missing++;
  if (report.temporary || report.unreferenced) deps.logger.info(report, 'document store: orphans of interrupted uploads removed');
  if (missing) deps.logger.error({ missing }, 'document store: files of stored versions are missing');
}
