import { randomUUID } from 'node:crypto';
import { normaliseOrganisationName } from '@akkoord/shared/domain/organisation-name';
import { isPartyField } from '@akkoord/shared/import/import-fields';
import { splitPartyNames } from '@akkoord/shared/import/read-cell';
import type { ImportCommitInput, ImportStatus } from '@akkoord/shared/schemas/import';
import type { Db, Tx } from '../../db/client.ts';
import type { AppDeps } from '../../deps.ts';
import { actorOf, type RequestContext } from '../../http/context.ts';
import { AppError } from '../../http/errors.ts';
import { presentAgreement } from '../agreements/agreements.presenter.ts';
import { findAgreementRow, findPartiesFor, replaceParties, setDerivedColumns, updateAgreementIfVersion, type AgreementChanges } from '../agreements/agreements.repo.ts';
import { deriveColumns, type LifecycleColumns } from '../agreements/lifecycle-columns.ts';
import { recordAudit, recordAuditPrepared } from '../audit/audit.repo.ts';
import { insertOrganisation, listOrganisationNames } from '../organisations/organisations.repo.ts';
import { evaluateRows, type EvaluatedRow } from './evaluate-rows.ts';
import { batchRows, getImport, loadHead, mappingOf, releaseAfterAnswer } from './imports.service.ts';
import {
  deferAgreementSearch,
  findImportBatchHead,
  findStoredParties,
  listBatchCells,
  insertImportChange,
  insertImportedAgreement,
  insertImportedParty,
  moveImportBatchState,
  rebuildDeferredSearch,
  updateImportBatch,
  type ImportBatchHead,
  IMPORTED_FACT_COLUMNS,
  type ImportedAgreementValues,
} from './imports.repo.ts';
import type { CommitJob, CommitOutcome, CommitProgress } from './commit-job.ts';
import { runningImports } from './running-imports.ts';

/** The stored columns of a row's values (periods in two columns each); only the fields the row has. */
export function columnsOf(values: EvaluatedRow['values']): AgreementChanges {
  const changes: AgreementChanges = {};
  const copy = [
    'type',
    'title',
    'reference',
    'legalRegime',
    'startDate',
    'endDate',
    'termKind',
    'initialTermMonths',
    'tacitRenewal',
    'maxRenewals',
    'reviewDate',
    'ownerName',
    'ownerEmail',
    'notes',
    'source',
  ] as const;
  for (const key of copy) if (values[key] !== undefined) (changes as Record<string, unknown>)[key] = values[key];
  if (values.noticePeriod !== undefined) {
    changes.noticePeriodValue = values.noticePeriod?.value ?? null;
    changes.noticePeriodUnit = values.noticePeriod?.unit ?? null;
  }
  if (values.renewalPeriod !== undefined) {
    changes.renewalPeriodValue = values.renewalPeriod?.value ?? null;
    changes.renewalPeriodUnit = values.renewalPeriod?.unit ?? null;
  }
  return changes;
}

/** The party names of a batch that no organisation has (a cheap pass over the party columns only). */
function unknownPartyNames(db: Db, batch: ImportBatchHead): string[] {
  const mapping = mappingOf(batch);
  const known = new Set(listOrganisationNames(db).map((o) => normaliseOrganisationName(o.name)));
  const partyColumns = batch.columns.flatMap((c, i) => (mapping[c] && isPartyField(mapping[c]) ? [i] : []));
  const defaults = Object.entries(batch.defaults ?? {}).flatMap(([field, text]) => (isPartyField(field) ? splitPartyNames(text) : []));
  const unknown = new Map<string, string>();
  const note = (name: string) => {
    const key = normaliseOrganisationName(name);
    if (!known.has(key) && !unknown.has(key)) unknown.set(key, name);
  };
  for (const name of defaults) note(name);
  for (const cell of partyColumns.length ? listBatchCells(db, batch.id, partyColumns) : []) for (const name of splitPartyNames(cell)) note(name);
  return [...unknown.values()];
}

/** Columns an imported agreement leaves empty (null), so every insert binds the same parameters. */
const EMPTY_COLUMNS: Partial<ImportedAgreementValues> = Object.fromEntries(IMPORTED_FACT_COLUMNS.map((k) => [k, null]));
/** What the lifecycle engine reads that an import never sets. */
const EMPTY_LIFECYCLE: Partial<LifecycleColumns> = {
  ...EMPTY_COLUMNS,
  noticeGivenDate: null,
  terminationDate: null,
  alertLeadDays: null,
  decision: null,
} as Partial<LifecycleColumns>;
/** The stored columns of a new agreement that the insert leaves to their defaults. */
const STORED_DEFAULTS = {
  seedKey: null,
  isSynthetic: false,
  archivedAt: null,
  version: 1,
  deputyEmail: null,
  alertLeadDays: null,
  noticeGivenDate: null,
  decision: null,
  terminationDate: null,
};

const snapshot = (db: Db, tx: Tx, id: number) => presentAgreement(findAgreementRow(tx, id)!, findPartiesFor(db, [id]), []);

/**
 * A checked row the commit writes: a valid row (a new agreement), or a
 * duplicate that changes the agreement it matches (written only with
 * `updateExisting`), with only what writing needs — not its cells, errors or
 * the whole matched agreement (decision 059). Every other row is skipped.
 */
type PlannedRow = Pick<EvaluatedRow, 'rowNumber' | 'values' | 'collaborationId' | 'parties' | 'changedFields'> & {
  status: 'valid' | 'duplicate';
  match: { id: number; version: number } | null;
};

/** What the check leaves for writing: the rows to write, and how many rows there were. */
interface CommitPlan {
  rows: PlannedRow[];
  total: number;
}

/** How often the writing phase reports progress (rows). */
const WRITE_PROGRESS_EVERY = 250;

/**
 * Writes the checked rows in ONE transaction: the confirmed new
 * organisations, every valid row as a new agreement, and — when the user
 * chose so — the changes of rows that match an agreement already there;
 * each write with its audit event and a record of what it did (for the
 * revert). Anything failing rolls the whole batch back.
 */
function writeBatch(db: Db, job: CommitJob, batch: ImportBatchHead, plan: CommitPlan, onProgress: (p: CommitProgress) => void) {
  const { ctx, input, now, today } = job;
  const actor = actorOf(ctx);
  return db.transaction((tx) => {
    // The search rows of what this batch touches are built once at the end, not on every party insert.
    deferAgreementSearch(db);
    const organisationIds = new Map<string, number>();
    const organisationNames = new Map(plan.rows.flatMap((r) => r.parties.flatMap((p) => (p.organisationId === null ? [] : [[p.organisationId, p.name] as const]))));
    // The rows not planned are skipped: they count as processed from the start.
    const counts = { created: 0, updated: 0, skipped: plan.total - plan.rows.length, organisationsCreated: 0 };
    const partiesOf = (row: PlannedRow) => {
      const seen = new Set<string>();
      return row.parties.flatMap((p) => {
        let organisationId = p.organisationId ?? organisationIds.get(p.key);
        if (organisationId === undefined) {
          organisationId = insertOrganisation(tx, { key: `org-${randomUUID()}`, name: p.name, kind: 'other', createdAt: now, updatedAt: now });
          organisationIds.set(p.key, organisationId);
          organisationNames.set(organisationId, p.name);
          counts.organisationsCreated++;
          recordAuditPrepared(db, {
            at: now,
            ...actor,
            entityType: 'organisation',
            entityId: organisationId,
            action: 'create',
            after: { id: organisationId, name: p.name, kind: 'other', importId: batch.id },
            requestId: ctx.requestId,
          });
        }
        const key = `${organisationId}:${p.role}`;
        if (seen.has(key)) return [];
        seen.add(key);
        return [{ organisationId, role: p.role, basis: 'stated', signatoryName: null, signatoryTitle: null, signatoryMandate: null, signedDate: null }];
      });
    };
    let written = counts.skipped;
    for (const row of plan.rows) {
      if (++written % WRITE_PROGRESS_EVERY === 0) onProgress({ processed: written, phase: 'writing' });
      if (row.status === 'valid') {
        const changes = columnsOf(row.values);
        const lifecycle = { ...EMPTY_LIFECYCLE, ...changes, workflowState: 'active' } as LifecycleColumns;
        const values = {
          ...EMPTY_COLUMNS,
          ...changes,
          type: row.values.type,
          title: row.values.title,
          collaborationId: row.collaborationId,
          workflowState: 'active',
          createdAt: now,
          updatedAt: now,
          ...deriveColumns(lifecycle, today),
        } as ImportedAgreementValues;
        const id = insertImportedAgreement(db, values);
        const parties = partiesOf(row).map((p) => ({
          id: insertImportedParty(db, { agreementId: id, organisationId: p.organisationId, role: p.role }),
          agreementId: id,
          ...p,
          organisationName: organisationNames.get(p.organisationId) ?? '',
        }));
        // The audit snapshot from what was just written, without reading it back.
        const stored = { ...STORED_DEFAULTS, ...values, id, collaborationCode: row.values.collaborationCode ?? null } as unknown as Parameters<typeof presentAgreement>[0];
        recordAuditPrepared(db, {
          at: now,
          ...actor,
          entityType: 'agreement',
          entityId: id,
          action: 'create',
          after: presentAgreement(stored, parties, []),
          requestId: ctx.requestId,
        });
        insertImportChange(db, { batchId: batch.id, agreementId: id, kind: 'created', rowNumber: row.rowNumber, before: null, versionAfter: 1 });
        counts.created++;
      } else if (row.match) {
        const match = row.match;
        const changes = columnsOf(row.values);
        const before = snapshot(db, tx, match.id);
        const stored = findAgreementRow(tx, match.id)!;
        const previous = Object.fromEntries(Object.keys(changes).map((k) => [k, stored[k as keyof typeof stored]]));
        const replacesParties = row.changedFields.includes('parties');
        const previousParties = replacesParties ? findStoredParties(tx, match.id).map(({ id: _id, agreementId: _a, ...p }) => p) : undefined;
        if (!updateAgreementIfVersion(tx, match.id, match.version, { ...changes, updatedAt: now })) {
          counts.skipped++;
          continue;
        }
        if (replacesParties) replaceParties(tx, match.id, partiesOf(row));
        setDerivedColumns(tx, match.id, deriveColumns(findAgreementRow(tx, match.id)!, today));
        recordAudit(tx, {
          at: now,
          ...actor,
          entityType: 'agreement',
          entityId: match.id,
          action: 'update',
          before,
          after: snapshot(db, tx, match.id),
          requestId: ctx.requestId,
        });
        insertImportChange(db, {
          batchId: batch.id,
          agreementId: match.id,
          kind: 'updated',
          rowNumber: row.rowNumber,
          before: { columns: previous, ...(previousParties ? { parties: previousParties } : {}) },
          versionAfter: match.version + 1,
        });
        counts.updated++;
      }
    }
    rebuildDeferredSearch(db, batch.id);
    onProgress({ processed: plan.total, phase: 'writing' });
    updateImportBatch(tx, batch.id, { state: 'done', processed: plan.total, ...counts, committedAt: now, error: null });
    recordAudit(tx, {
      at: now,
      ...actor,
      entityType: 'import_batch',
      entityId: batch.id,
      action: 'import',
      after: { fileName: batch.fileName, total: plan.total, ...counts, updateExisting: input.updateExisting },
      requestId: ctx.requestId,
    });
    return counts;
  });
}

/**
 * The whole commit of one batch on one connection: the rows are checked
 * again (the register may have moved since the preview; handing the event
 * loop back every 500 rows), then written in one transaction. Runs on a
 * worker thread with its own connection in the server, or on the app's
 * connection (tests, the command line).
 */
export async function executeCommit(db: Db, job: CommitJob, onProgress: (p: CommitProgress) => void): Promise<CommitOutcome> {
  const batch = findImportBatchHead(db, job.importId);
  if (!batch || batch.state !== 'running') throw new AppError('conflict', 'Deze import loopt niet');
  const rows: PlannedRow[] = [];
  const summary = await evaluateRows(
    db,
    job.ctx,
    { columns: batch.columns, mapping: mappingOf(batch), defaults: batch.defaults ?? {}, readRows: batchRows(db, batch.id) },
    (row) => {
      const { rowNumber, status, values, collaborationId, parties, changedFields, match } = row;
      if (status === 'valid') rows.push({ rowNumber, status, values, collaborationId, parties, changedFields, match: null });
      else if (status === 'duplicate' && match && changedFields.length && job.input.updateExisting)
        rows.push({ rowNumber, status, values, collaborationId, parties, changedFields, match: { id: match.id, version: match.version } });
    },
    (n) => onProgress({ processed: n, phase: 'checking' }),
  );
  onProgress({ processed: 0, phase: 'writing' });
  // Organisations added since the check of the party names are fine; ones still unknown need the confirmation.
  if (summary.unknownOrganisations.length && !job.input.createOrganisations) throw new AppError('conflict', 'Nieuwe organisaties zijn niet bevestigd');
  const started = performance.now();
  const counts = writeBatch(db, job, batch, { rows, total: summary.total }, onProgress);
  return { ...counts, writeMs: Math.round(performance.now() - started) };
}

/** Runs a started commit (on the worker when there is one) and keeps its progress where `GET /api/imports/:id` finds it. */
async function runCommit(deps: AppDeps, job: CommitJob): Promise<void> {
  const progress: CommitProgress = { processed: 0, phase: 'checking' };
  runningImports.set(job.importId, progress);
  const onProgress = (p: CommitProgress) => Object.assign(progress, p);
  try {
    const outcome = deps.importCommits ? await deps.importCommits(job, onProgress) : await executeCommit(deps.db, job, onProgress);
    deps.logger.info({ importId: job.importId, ...outcome, worker: !!deps.importCommits }, 'import written');
  } catch (err) {
    deps.logger.warn({ err, importId: job.importId }, 'import failed; nothing was written');
    updateImportBatch(deps.db, job.importId, { state: 'failed', error: err instanceof AppError ? err.message : 'De import is mislukt; er is niets geschreven' });
  } finally {
    runningImports.delete(job.importId);
    releaseAfterAnswer();
  }
}

/**
 * Starts importing a mapped batch and answers at once (202): the rows are
 * checked (progress in `GET /api/imports/:id`), then written in one
 * transaction. Unknown organisations are created only with
 * `createOrganisations: true` (else 409 with `unknownOrganisations`).
 */
export function commitImport(deps: AppDeps, ctx: RequestContext, id: number, input: ImportCommitInput): ImportStatus {
  // The batch without its rows: the party names are read from the stored JSON by SQLite, the worker reads the rest.
  const batch = loadHead(deps, ctx, id);
  mappingOf(batch);
  if (batch.state !== 'mapped' && batch.state !== 'failed')
    throw new AppError('conflict', batch.state === 'uploaded' ? 'Koppel eerst de kolommen' : 'Deze import is al gestart of uitgevoerd');
  const unknown = unknownPartyNames(deps.db, batch);
  if (unknown.length && !input.createOrganisations) {
    throw new AppError('conflict', `${unknown.length} partij(en) staan nog niet in Akkoord; bevestig dat ze als nieuwe organisatie worden aangemaakt`, {
      errors: [{ field: 'body.createOrganisations', message: 'Bevestig het aanmaken van de nieuwe organisaties' }],
      extra: { unknownOrganisations: unknown },
    });
  }
  if (!moveImportBatchState(deps.db, id, ['mapped', 'failed'], { state: 'running', processed: 0, created: 0, updated: 0, skipped: 0, organisationsCreated: 0, error: null })) {
    throw new AppError('conflict', 'Deze import is al gestart');
  }
  const job: CommitJob = { importId: id, ctx: { requestId: ctx.requestId, user: ctx.user }, input, now: deps.clock.now().toISOString(), today: deps.clock.today() };
  void runCommit(deps, job);
  return getImport(deps, ctx, id);
}
