import type { PartyRole } from '../domain/enums.ts';
import { createAgreementSchema, findDateProblems, type CreateAgreementInput } from '../schemas/agreement.ts';
import { isPartyField, PARTY_FIELD_ROLES, type ImportErrorCode, type ImportField } from './import-fields.ts';
import {
  isUnknownText,
  readDateCell,
  readLegalRegimeCell,
  readPeriodCell,
  readTermKindCell,
  readTypeCell,
  readWholeNumberCell,
  readYesNoCell,
  splitPartyNames,
  type CellReading,
} from './read-cell.ts';

/** The agreement a row describes, as the API's create schema reads it, with its parties by name. */
export type ImportValues = Omit<CreateAgreementInput, 'parties'> & { partyNames: { name: string; role: PartyRole }[] };

/** One problem with one field of one row; `column` is the spreadsheet column it came from (null: a default or the row as a whole). */
export interface ImportFieldError {
  field: ImportField | 'row';
  column: string | null;
  code: ImportErrorCode;
  message: string;
}

export interface ImportRowReading {
  values: ImportValues;
  errors: ImportFieldError[];
}

/** Column → field (null or absent: not imported). */
export type ImportMapping = Record<string, ImportField | null>;
/** Field → the text used when a row leaves it empty (read like a cell). */
export type ImportDefaults = Partial<Record<ImportField, string>>;

type Scalar = Exclude<ImportField, 'parties' | 'clientParties' | 'providerParties' | 'controllerParties' | 'processorParties'>;

const text = (t: string): CellReading<string> => ({ ok: true, value: isUnknownText(t) ? null : t.trim().replace(/\r\n?/g, '\n') });
const oneLineText = (t: string): CellReading<string> => ({ ok: true, value: isUnknownText(t) ? null : t.trim().replace(/\s+/g, ' ') });

const READERS: Record<Scalar, (t: string) => CellReading<unknown>> = {
  title: oneLineText,
  type: readTypeCell,
  reference: oneLineText,
  collaborationCode: (t) => ({ ok: true, value: isUnknownText(t) ? null : t.trim().toUpperCase() }),
  legalRegime: readLegalRegimeCell,
  startDate: readDateCell,
  endDate: readDateCell,
  termKind: readTermKindCell,
  initialTermMonths: (t) => readWholeNumberCell(t, 1200),
  noticePeriod: readPeriodCell,
  tacitRenewal: readYesNoCell,
  renewalPeriod: readPeriodCell,
  maxRenewals: (t) => readWholeNumberCell(t, 100),
  reviewDate: readDateCell,
  ownerName: oneLineText,
  ownerEmail: (t) => ({ ok: true, value: isUnknownText(t) ? null : t.trim().toLowerCase() }),
  notes: text,
  source: text,
};

/**
 * Reads one spreadsheet row into an agreement's values with every problem
 * per field: each mapped cell through its reader (dates as people type them,
 * "3 maanden", "ja, telkens 1 jaar", "DVO"…), an empty cell from `defaults`,
 * then the shared create schema decides (title required, end not before
 * start, …). Unknown stays unknown: empty, "n.v.t." and "onbekend" become null.
 */
export function readImportRow(columns: readonly string[], cells: readonly string[], mapping: ImportMapping, defaults: ImportDefaults = {}): ImportRowReading {
  const errors: ImportFieldError[] = [];
  const raw: Partial<Record<ImportField, { text: string; column: string | null }>> = {};
  const partyNames: ImportValues['partyNames'] = [];
  columns.forEach((column, i) => {
    const field = mapping[column];
    if (!field) return;
    const cell = cells[i] ?? '';
    if (isPartyField(field)) {
      for (const name of splitPartyNames(cell)) partyNames.push({ name, role: PARTY_FIELD_ROLES[field] });
      return;
    }
    if (!raw[field] || isUnknownText(raw[field].text)) raw[field] = { text: cell, column };
  });
  for (const [field, value] of Object.entries(defaults) as [ImportField, string][]) {
    if (isPartyField(field)) {
      if (!partyNames.some((p) => p.role === PARTY_FIELD_ROLES[field])) for (const name of splitPartyNames(value)) partyNames.push({ name, role: PARTY_FIELD_ROLES[field] });
    } else if (!raw[field] || isUnknownText(raw[field].text)) raw[field] = { text: value, column: null };
  }

  const values: Record<string, unknown> = {};
  for (const [field, cell] of Object.entries(raw) as [Scalar, { text: string; column: string | null }][]) {
    const reading = READERS[field](cell.text);
    if (!reading.ok) {
      errors.push({ field, column: cell.column, code: reading.code, message: reading.message });
      continue;
    }
    if (field === 'tacitRenewal') {
      const yesNo = reading.value as { yes: boolean; period: unknown } | null;
      values.tacitRenewal = yesNo ? yesNo.yes : null;
      if (yesNo?.period && values.renewalPeriod == null) values.renewalPeriod = yesNo.period;
    } else if (field !== 'renewalPeriod' || reading.value !== null || values.renewalPeriod === undefined) {
      values[field] = reading.value;
    }
  }
  // One party per name and role (a name in two columns of the same role counts once).
  const seen = new Set<string>();
  const uniqueParties = partyNames.filter((p) => {
    const key = `${p.role}:${p.name.toLowerCase()}`;
    return seen.has(key) ? false : (seen.add(key), true);
  });

  const failed = new Set(errors.map((e) => e.field));
  const candidate = Object.fromEntries(Object.entries(values).filter(([k]) => !failed.has(k as ImportField)));
  const parsed = createAgreementSchema.safeParse(candidate);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = (issue.path[0] as ImportField | undefined) ?? 'row';
      if (failed.has(field)) continue;
      failed.add(field);
      const code: ImportErrorCode = issue.code === 'invalid_type' && candidate[field] == null ? 'required' : field === 'type' ? 'unknown_type' : 'invalid';
      const message = code === 'required' ? (field === 'type' ? 'Soort overeenkomst is verplicht' : 'Verplicht veld') : issue.message;
      errors.push({ field, column: field === 'row' ? null : (raw[field as ImportField]?.column ?? null), code, message });
    }
  }
  // The schema's cross-field checks run only on an otherwise valid row: check the dates of every row.
  for (const p of findDateProblems(candidate as Parameters<typeof findDateProblems>[0])) {
    if (failed.has(p.field)) continue;
    failed.add(p.field);
    errors.push({ field: p.field, column: raw[p.field]?.column ?? null, code: 'invalid', message: p.message });
  }
  const result = (parsed.success ? parsed.data : candidate) as Omit<CreateAgreementInput, 'parties'>;
  return { values: { ...result, partyNames: uniqueParties }, errors };
}
