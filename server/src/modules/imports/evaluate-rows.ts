import { normaliseOrganisationName } from '@akkoord/shared/domain/organisation-name';
import type { ImportRowStatus } from '@akkoord/shared/import/import-fields';
import { readImportRow, type ImportDefaults, type ImportFieldError, type ImportMapping, type ImportValues } from '@akkoord/shared/import/read-import-row';
import type { Db, Tx } from '../../db/client.ts';
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

export interface Evaluation {
  rows: EvaluatedRow[];
  counts: { valid: number; invalid: number; duplicate: number; changed: number };
  /** Unknown party names, one spelling per normalised name, in order of appearance. */
  unknownOrganisations: string[];
}

export interface EvaluationInput {
  columns: string[];
  rows: SheetRow[];
  mapping: ImportMapping;
  defaults: ImportDefaults;
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
 * Reads every row (handing the event loop back every 500 rows and reporting
 * progress) and checks it against the register: the collaboration exists and
 * lies in the caller's scope, parties are matched to organisations by
 * normalised name (decision 027), and a row that repeats an earlier row or an
 * agreement already there — same reference, or same title, collaboration and
 * start — is a duplicate, with the fields it would change.
 */
export async function evaluateRows(db: Db | Tx, ctx: RequestContext, input: EvaluationInput, onProgress?: (processed: number) => void): Promise<Evaluation> {
  const visibility = agreementVisibility(ctx);
  const readings: { row: SheetRow; values: ImportValues; errors: ImportFieldError[] }[] = [];
  for (let i = 0; i < input.rows.length; i++) {
    const row = input.rows[i]!;
    readings.push({ row, ...readImportRow(input.columns, row.c, input.mapping, input.defaults) });
    if ((i + 1) % CHUNK === 0) {
      onProgress?.(i + 1);
      await yieldToEventLoop();
    }
  }
  onProgress?.(input.rows.length);

  const collaborations = new Map(listCollaborationCodes(db).map((c) => [c.code, c.id]));
  const organisations = new Map<string, { id: number; name: string }>();
  for (const o of listOrganisationNames(db)) {
    const key = normaliseOrganisationName(o.name);
    if (!organisations.has(key)) organisations.set(key, o);
  }
  const references = [
    ...new Set(
      readings
        .map((r) => r.values.reference)
        .filter((v): v is string => !!v)
        .map(lower),
    ),
  ];
  const titles = [
    ...new Set(
      readings
        .map((r) => r.values.title)
        .filter((v): v is string => !!v)
        .map(lower),
    ),
  ];
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

  const unknown = new Map<string, string>();
  const seenInFile = new Map<string, EvaluatedRow>();
  const rows: EvaluatedRow[] = [];
  const counts = { valid: 0, invalid: 0, duplicate: 0, changed: 0 };
  for (const { row, values, errors } of readings) {
    const code = values.collaborationCode ?? null;
    let collaborationId: number | null = null;
    if (!errors.some((e) => e.field === 'collaborationCode')) {
      const column = Object.entries(input.mapping).find(([, f]) => f === 'collaborationCode')?.[0] ?? null;
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
    if (errors.length) {
      evaluated.status = 'invalid';
      counts.invalid++;
      rows.push(evaluated);
      continue;
    }
    const refKey = values.reference ? `${code ?? ''}|${lower(values.reference)}` : null;
    const titleMatchKey = `${code ?? ''}|${titleKey(values.title)}|${values.startDate ?? ''}`;
    const earlier = (refKey && seenInFile.get(`r:${refKey}`)) || seenInFile.get(`t:${titleMatchKey}`);
    const match = (refKey && byReference.get(refKey)) || byTitle.get(titleMatchKey) || null;
    if (earlier) {
      evaluated.duplicateOf = { kind: 'row', id: earlier.rowNumber, title: earlier.values.title };
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
    if (refKey) seenInFile.set(`r:${refKey}`, evaluated);
    seenInFile.set(`t:${titleMatchKey}`, evaluated);
    if (evaluated.duplicateOf) {
      evaluated.status = 'duplicate';
      counts.duplicate++;
      if (evaluated.changedFields.length) counts.changed++;
    } else counts.valid++;
    rows.push(evaluated);
  }
  return { rows, counts, unknownOrganisations: [...unknown.values()] };
}
