import { normaliseOrganisationName } from '@akkoord/shared/domain/organisation-name';
import type { ImportRowStatus } from '@akkoord/shared/import/import-fields';
import { readImportRow, type ImportDefaults, type ImportFieldError, type ImportMapping, type ImportValues } from '@akkoord/shared/import/read-import-row';
import type { Db } from '../../db/client.ts';
import type { RequestContext } from '../../http/context.ts';
import { agreementVisibility } from '../agreements/agreement-visibility.ts';
import { listOrganisationNames } from '../organisations/organisations.repo.ts';
import { findMatchCandidates, findPartyKeys, listCollaborationCodes, type MatchCandidate } from './imports.repo.ts';
import type { SheetRow } from './read-spreadsheet.ts';

/** A party of a row: an organisation found by normalised name, or a name still to be created (`organisationId` null). */
export interface RowParty {
  name: string;
  key: string;
  role: ImportValues['partyNames'][number]['role'];
  organisationId: number | null;
}

/** One row after reading and checking against the register. */
export interface EvaluatedRow {
  rowNumber: number;
  cells: string[];
  status: ImportRowStatus;
  values: ImportValues;
  errors: ImportFieldError[];
  collaborationId: number | null;
  parties: RowParty[];
  duplicateOf: { kind: 'agreement' | 'row'; id: number; title: string } | null;
  match: MatchCandidate | null;
  changedFields: string[];
  unknownParties: string[];
}

/** What a whole evaluation found; the rows themselves go one by one to the caller's `onRow`. */
export interface EvaluationSummary {
  total: number;
  counts: { valid: number; invalid: number; duplicate: number; changed: number };
  /** Unknown party names, one spelling per normalised name, in order of appearance. */
  unknownOrganisations: string[];
}

export interface EvaluationInput {
  columns: string[];
  mapping: ImportMapping;
  defaults: ImportDefaults;
  /** The next rows in order after line `after` (at most `limit`; none when they are done): `listImportRowChunk`. */
  readRows: (after: number, limit: number) => SheetRow[];
}

const CHUNK = 500;
const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

const lower = (s: string) => s.trim().toLowerCase();
const titleKey = (s: string) => s.trim().toLowerCase().replace(/\s+/g, ' ');

/** The fields compared with an agreement a row matches, and how each is stored. */
const COMPARED: [keyof ImportValues, (row: MatchCandidate) => unknown][] = [
  ['title', (r) => r.title],
  ['type', (r) => r.type],
  ['reference', (r) => r.reference],
  ['legalRegime', (r) => r.legalRegime],
  ['startDate', (r) => r.startDate],
  ['endDate', (r) => r.endDate],
  ['termKind', (r) => r.termKind],
  ['initialTermMonths', (r) => r.initialTermMonths],
  ['noticePeriod', (r) => (r.noticePeriodValue === null ? null : { value: r.noticePeriodValue, unit: r.noticePeriodUnit })],
  ['tacitRenewal', (r) => r.tacitRenewal],
  ['renewalPeriod', (r) => (r.renewalPeriodValue === null ? null : { value: r.renewalPeriodValue, unit: r.renewalPeriodUnit })],
  ['maxRenewals', (r) => r.maxRenewals],
  ['reviewDate', (r) => r.reviewDate],
  ['ownerName', (r) => r.ownerName],
  ['ownerEmail', (r) => r.ownerEmail],
  ['notes', (r) => r.notes],
  ['source', (r) => r.source],
];

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * Reads every row and checks it against the register, a chunk of 500 rows at
 * a time (handing the event loop back and reporting progress after each),
 * handing each checked row to `onRow` and keeping none of them (decision
 * 059): the collaboration exists and lies in the caller's scope, parties are
 * matched to organisations by normalised name (decision 027), and a row that
 * repeats an earlier row or an agreement already there — same reference, or
 * same title, collaboration and start — is a duplicate, with the fields it
 * would change.
 */
export async function evaluateRows(
  db: Db,
  ctx: RequestContext,
  input: EvaluationInput,
  onRow: (row: EvaluatedRow) => void,
  onProgress?: (processed: number) => void,
): Promise<EvaluationSummary> {
  const visibility = agreementVisibility(ctx);
  const collaborations = new Map(listCollaborationCodes(db).map((c) => [c.code, c.id]));
  const organisations = new Map<string, { id: number; name: string }>();
  for (const o of listOrganisationNames(db)) {
    const key = normaliseOrganisationName(o.name);
    if (!organisations.has(key)) organisations.set(key, o);
  }
  const collaborationColumn = Object.entries(input.mapping).find(([, f]) => f === 'collaborationCode')?.[0] ?? null;
  const unknown = new Map<string, string>();
  /** The earlier rows of the file by their match keys: only what a later duplicate names. */
  const seenInFile = new Map<string, { rowNumber: number; title: string }>();
  const counts = { valid: 0, invalid: 0, duplicate: 0, changed: 0 };
  let total = 0;
  let after = 0;
  for (let chunk = input.readRows(after, CHUNK); chunk.length; chunk = input.readRows(after, CHUNK)) {
    after = chunk.at(-1)!.n;
    const readings = chunk.map((row) => ({ row, ...readImportRow(input.columns, row.c, input.mapping, input.defaults) }));
    // The agreements this chunk's rows could repeat: the same reference, or the same title.
    const references = [...new Set(readings.flatMap((r) => (r.values.reference ? [lower(r.values.reference)] : [])))];
    const titles = [...new Set(readings.flatMap((r) => (r.values.title ? [lower(r.values.title)] : [])))];
    const candidates = findMatchCandidates(db, references, titles);
    const byReference = new Map<string, MatchCandidate>();
    const byTitle = new Map<string, MatchCandidate>();
    for (const c of candidates) {
      if (c.reference) byReference.set(`${c.collaborationCode ?? ''}|${lower(c.reference)}`, c);
      byTitle.set(`${c.collaborationCode ?? ''}|${titleKey(c.title)}|${c.startDate ?? ''}`, c);
    }
    const candidateParties = findPartyKeys(
      db,
      candidates.map((c) => c.id),
    );

    for (const { row, values, errors } of readings) {
      const code = values.collaborationCode ?? null;
      let collaborationId: number | null = null;
      if (!errors.some((e) => e.field === 'collaborationCode')) {
        const column = collaborationColumn;
        if (code !== null && !collaborations.has(code)) {
          errors.push({ field: 'collaborationCode', column, code: 'unknown_collaboration', message: `Samenwerkingsverband ${code} bestaat niet` });
        } else if (visibility.isLimited && !visibility.canSee(code)) {
          errors.push({
            field: 'collaborationCode',
            column,
            code: 'outside_scope',
            message: code === null ? 'Kies een van uw samenwerkingsverbanden (kolom of standaardwaarde)' : `${code} valt buiten uw samenwerkingsverbanden`,
          });
        } else if (code !== null) collaborationId = collaborations.get(code)!;
      }
      const parties: RowParty[] = values.partyNames.map((p) => {
        const key = normaliseOrganisationName(p.name);
        const found = organisations.get(key);
        return { name: found?.name ?? p.name, key, role: p.role, organisationId: found?.id ?? null };
      });
      const unknownParties = parties.filter((p) => p.organisationId === null).map((p) => p.name);
      for (const p of parties) if (p.organisationId === null && !unknown.has(p.key)) unknown.set(p.key, p.name);

      const evaluated: EvaluatedRow = {
        rowNumber: row.n,
        cells: row.c,
        status: 'valid',
        values,
        errors,
        collaborationId,
        parties,
        duplicateOf: null,
        match: null,
        changedFields: [],
        unknownParties,
      };
      total++;
      if (errors.length) {
        evaluated.status = 'invalid';
        counts.invalid++;
        onRow(evaluated);
        continue;
      }
      const refKey = values.reference ? `${code ?? ''}|${lower(values.reference)}` : null;
      const titleMatchKey = `${code ?? ''}|${titleKey(values.title)}|${values.startDate ?? ''}`;
      const earlier = (refKey && seenInFile.get(`r:${refKey}`)) || seenInFile.get(`t:${titleMatchKey}`);
      const match = (refKey && byReference.get(refKey)) || byTitle.get(titleMatchKey) || null;
      if (earlier) {
        evaluated.duplicateOf = { kind: 'row', id: earlier.rowNumber, title: earlier.title };
      } else if (match) {
        evaluated.duplicateOf = { kind: 'agreement', id: match.id, title: match.title };
        evaluated.match = match;
        evaluated.changedFields = COMPARED.filter(([field, stored]) => values[field] !== undefined && !same(values[field], stored(match))).map(([field]) => field);
        if (parties.length) {
          const now = (candidateParties.get(match.id) ?? []).map((p) => `${p.organisationId}:${p.role}`).sort();
          const next = parties.map((p) => `${p.organisationId ?? p.key}:${p.role}`).sort();
          if (!same(now, next)) evaluated.changedFields.push('parties');
        }
      }
      const seen = { rowNumber: row.n, title: values.title };
      if (refKey) seenInFile.set(`r:${refKey}`, seen);
      seenInFile.set(`t:${titleMatchKey}`, seen);
      if (evaluated.duplicateOf) {
        evaluated.status = 'duplicate';
        counts.duplicate++;
        if (evaluated.changedFields.length) counts.changed++;
      } else counts.valid++;
      onRow(evaluated);
    }
    onProgress?.(total);
    await yieldToEventLoop();
  }
  onProgress?.(total);
  return { total, counts, unknownOrganisations: [...unknown.values()] };
}
