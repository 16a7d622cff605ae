import type { ImportStatus } from '@akkoord/shared/schemas/import';
import type { Db } from '../../db/client.ts';
import type { AppDeps } from '../../deps.ts';
import { actorOf, type RequestContext } from '../../http/context.ts';
import { AppError } from '../../http/errors.ts';
import { agreementVisibility } from '../agreements/agreement-visibility.ts';
import { presentAgreement } from '../agreements/agreements.presenter.ts';
import {
  findAgreementRow,
  findAgreementRowPrepared,
  findPartiesOf,
  replaceParties,
  setDerivedColumns,
  updateAgreementIfVersion,
  type AgreementChanges,
  type PartyInsert,
} from '../agreements/agreements.repo.ts';
import { deriveColumns } from '../agreements/lifecycle-columns.ts';
import { recordAuditPrepared } from '../audit/audit.repo.ts';
import type { RevertJob, RevertOutcome } from './commit-job.ts';
import { getImport, loadHead, releaseAfterAnswer } from './imports.service.ts';
import {
  archiveAgreementIfVersion,
  deferAgreementSearch,
  deleteOrganisationWithParties,
  findOrganisationsCreatedBy,
  listImportChanges,
  moveImportBatchState,
  organisationReferencedElsewhere,
  rebuildSearchOf,
} from './imports.repo.ts';
import { runningReverts } from './running-imports.ts';

/**
 * Undoes a committed batch (decision 056), on a worker thread with its own
 * connection when the server has one (decision 059: a transaction of seconds
 * for 10,000 rows that the server's other requests must not wait for), else
 * on the app's connection (tests, the command line), and answers when it is
 * done. A second revert of the same batch while one runs answers 409.
 */
export async function revertImport(deps: AppDeps, ctx: RequestContext, id: number): Promise<ImportStatus> {
  const batch = loadHead(deps, ctx, id);
  if (batch.state !== 'done' || runningReverts.has(id))
    throw new AppError(
      'conflict',
      batch.state === 'reverted' || runningReverts.has(id) ? 'Deze import is al teruggedraaid' : 'Alleen een uitgevoerde import kan worden teruggedraaid',
    );
  const job: RevertJob = { importId: id, ctx: { requestId: ctx.requestId, user: ctx.user }, now: deps.clock.now().toISOString(), today: deps.clock.today() };
  runningReverts.add(id);
  try {
    const outcome = deps.importReverts ? await deps.importReverts(job) : executeRevert(deps.db, job);
    deps.logger.info({ importId: id, ...outcome, worker: !!deps.importReverts }, 'import reverted');
  } finally {
    runningReverts.delete(id);
    releaseAfterAnswer();
  }
  return getImport(deps, ctx, id);
}

/**
 * Undoes a committed batch in one transaction on `db`: the agreements it created are
 * archived (never deleted), the fields it updated get their earlier values
 * back (and the parties it replaced), each change with its audit event. An
 * agreement someone changed after the import (its version moved on) or that
 * lies outside the caller's collaborations is left alone and counted as
 * skipped. An organisation the batch created goes again when nothing else
 * refers to it — no party of an agreement this revert did not archive, no
 * collaboration membership, no child organisation — and nobody edited it
 * since: its party rows on the archived agreements go with it (the
 * agreements' archive events keep them), audited as `organisation delete`.
 * The search rows of what changed are rebuilt once at the end (decision 056).
 */
export function executeRevert(db: Db, job: RevertJob): RevertOutcome {
  const { importId: id, ctx, now, today } = job;
  const actor = actorOf(ctx);
  const visibility = agreementVisibility(ctx);
  const snapshot = (agreementId: number) => presentAgreement(findAgreementRowPrepared(db, agreementId)!, findPartiesOf(db, agreementId), []);
  return db.transaction((tx) => {
    deferAgreementSearch(db);
    const counts = { archived: 0, restored: 0, skipped: 0, organisationsRemoved: 0 };
    const archived: number[] = [];
    const touched = new Set<number>();
    for (const change of listImportChanges(tx, id)) {
      const row = findAgreementRowPrepared(db, change.agreementId);
      if (!row || !visibility.canSee(row.collaborationCode)) {
        counts.skipped++;
        continue;
      }
      const before = snapshot(row.id);
      if (change.kind === 'created') {
        // Archiving changes no lifecycle input, so the derived columns stay; the snapshot after is the one before, archived.
        if (row.archivedAt || !archiveAgreementIfVersion(db, row.id, row.version, now)) {
          counts.skipped++;
          continue;
        }
        const after = { ...before, archivedAt: now, updatedAt: now, version: row.version + 1 };
        recordAuditPrepared(db, { at: now, ...actor, entityType: 'agreement', entityId: row.id, action: 'archive', before, after, requestId: ctx.requestId });
        archived.push(row.id);
        counts.archived++;
      } else {
        if (row.version !== change.versionAfter || !change.before) {
          counts.skipped++;
          continue;
        }
        updateAgreementIfVersion(tx, row.id, row.version, { ...(change.before.columns as AgreementChanges), updatedAt: now });
        if (change.before.parties) replaceParties(tx, row.id, change.before.parties as PartyInsert[]);
        setDerivedColumns(tx, row.id, deriveColumns(findAgreementRow(tx, row.id)!, today));
        recordAuditPrepared(db, { at: now, ...actor, entityType: 'agreement', entityId: row.id, action: 'update', before, after: snapshot(row.id), requestId: ctx.requestId });
        touched.add(row.id);
        counts.restored++;
      }
    }
    for (const organisation of findOrganisationsCreatedBy(db, id)) {
      if (organisation.version !== 1 || organisationReferencedElsewhere(db, organisation.id, archived)) continue;
      for (const agreementId of deleteOrganisationWithParties(db, organisation.id, archived)) touched.add(agreementId);
      recordAuditPrepared(db, {
        at: now,
        ...actor,
        entityType: 'organisation',
        entityId: organisation.id,
        action: 'delete',
        before: { id: organisation.id, name: organisation.name, importId: id },
        requestId: ctx.requestId,
      });
      counts.organisationsRemoved++;
    }
    rebuildSearchOf(db, [...touched]);
    if (!moveImportBatchState(tx, id, ['done'], { state: 'reverted', revertedAt: now, reverted: counts })) throw new AppError('conflict', 'Deze import is tegelijk teruggedraaid');
    recordAuditPrepared(db, {
      at: now,
      ...actor,
      entityType: 'import_batch',
      entityId: id,
      action: 'revert',
      before: { state: 'done' },
      after: { state: 'reverted', ...counts },
      requestId: ctx.requestId,
    });
    return counts;
  });
}
