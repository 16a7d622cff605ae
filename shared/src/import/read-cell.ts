import { AGREEMENT_TYPES, type AgreementType, type LegalRegime, type PeriodUnit, type TermKind } from '../domain/enums.ts';
import { parseDateInput } from '../dates/parse-date-input.ts';
import type { PartialDate } from '../dates/partial-date.ts';
import type { Period } from '../schemas/agreement.ts';
import type { ImportErrorCode } from './import-fields.ts';

/** What a cell says: a value, "unknown" (`null`: empty, "n.v.t.", "onbekend"), or why it cannot be read. */
export type CellReading<T> = { ok: true; value: T | null } | { ok: false; code: ImportErrorCode; message: string };

const ok = <T>(value: T | null): CellReading<T> => ({ ok: true, value });
const fail = (code: ImportErrorCode, message: string): CellReading<never> => ({ ok: false, code, message });

/** Lower case, no diacritics, single spaces, no surrounding punctuation. */
const words = (text: string) => text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();

/** Cell texts that say nothing is known, compared without case, dots, slashes and spaces ("n.v.t.", "N/A", "onbekend"). */
const UNKNOWN = new Set(['', '-', '--', '?', '??', 'nvt', 'nb', 'ntb', 'onbekend', 'nogonbekend', 'nietbekend', 'unknown', 'na', 'nadertebepalen', 'tbd']);

/** Whether a cell says nothing is known: empty, "n.v.t.", "onbekend", "n/a", "-". */
export function isUnknownText(text: string): boolean {
  return UNKNOWN.has(words(text).replace(/[.\s/]/g, ''));
}

/** The first day Excel counts from (serial 1 = 1900-01-01, with Excel's phantom 29 February 1900). */
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

/** An Excel day number (1 = 1900-01-01) as a calendar day; null outside 1900-03-01…2173 (five digits at most). */
export function excelSerialToDay(serial: number): PartialDate | null {
  if (!Number.isFinite(serial) || serial < 61 || serial > 99_999) return null;
  const d = new Date(EXCEL_EPOCH + Math.floor(serial) * 86_400_000);
  return d.toISOString().slice(0, 10);
}

/**
 * A date as a spreadsheet holds it: "2019" (a year, kept as a year), "mrt
 * 2020", "1-1-2021", ISO, or an Excel day number ("43831" → 2020-01-01); a
 * time after an ISO day ("2021-01-01T00:00:00") is dropped.
 */
export function readDateCell(text: string): CellReading<PartialDate> {
  if (isUnknownText(text)) return ok(null);
  const trimmed = text.trim().replace(/^(\d{4}-\d{2}-\d{2})[T ]00:00(:00(\.0+)?)?Z?$/, '$1');
  if (/^\d{5}(\.\d+)?$/.test(trimmed)) {
    const day = excelSerialToDay(Number(trimmed));
    if (day) return ok(day);
  }
  const result = parseDateInput(trimmed);
  if (result.ok) return ok(result.value);
  if (result.reason === 'impossible') return fail('impossible_date', `Deze datum bestaat niet: ${text.trim()}`);
  return fail('unrecognised_date', `Geen datum: ${text.trim()} (gebruik bijvoorbeeld 1-3-2023, mrt 2023 of 2023)`);
}

const TYPE_WORDS: [RegExp, AgreementType][] = [
  [/^(sub ?verwerkers?overeenkomst|subverwerk|sub ?processing( agreement)?|sub ?processor( agreement)?|subprocessor)/, 'subprocessor'],
  [/^(verwerkers?overeenkomst|verwerkersovereenkomst|vwo|data processing agreement|dpa|processor( agreement)?|processing agreement)/, 'processor'],
  [/(privacyconvenant|privacy convenant|privacy covenant|convenant gegevensdeling|gegevensdelingsconvenant|data sharing (agreement|covenant)|privacy)/, 'privacy'],
  [/^(dienstverleningsovereenkomst|dvo|dienstverlening|service ?level ?agreement|sla|service( agreement)?|overeenkomst van opdracht)$/, 'service'],
  [/^(bestuursovereenkomst|bestuurlijke overeenkomst|governance( agreement)?)$/, 'governance'],
  [/^(samenwerkingsovereenkomst|samenwerking|convenant|samenwerkingsconvenant|cooperation( agreement)?|co ?operation agreement|collaboration agreement|covenant)$/, 'cooperation'],
];

/** An agreement type from Dutch or English words ("DVO", "verwerkersovereenkomst", "convenant") or its code. */
export function readTypeCell(text: string): CellReading<AgreementType> {
  if (isUnknownText(text)) return ok(null);
  const w = words(text).replace(/[()]/g, '').replace(/-/g, ' ').trim();
  if ((AGREEMENT_TYPES as readonly string[]).includes(w)) return ok(w as AgreementType);
  for (const [re, type] of TYPE_WORDS) if (re.test(w)) return ok(type);
  return fail('unknown_type', `Onbekend soort overeenkomst: ${text.trim()}`);
}

const UNIT_WORDS: [RegExp, PeriodUnit][] = [
  [/^(dag|dagen|d|day|days|kalenderdagen|werkdagen)$/, 'day'],
  [/^(week|weken|wk|wkn|weeks?)$/, 'week'],
  [/^(maand|maanden|mnd|mnden|mndn|mo|months?|mth|mths)$/, 'month'],
  [/^(jaar|jaren|jr|j|years?|yr|yrs)$/, 'year'],
];

/** A period ("3 maanden", "1 jaar", "6 weken", "3 months"); "n.v.t."/"onbekend" stay unknown. */
export function readPeriodCell(text: string): CellReading<Period> {
  if (isUnknownText(text) || /^(geen|none)$/.test(words(text))) return ok(null);
  const m = /^(\d{1,4})\s*([a-z.]+)\.?$/.exec(words(text).replace(/\.$/, ''));
  if (m) {
    const value = Number(m[1]);
    const unit = UNIT_WORDS.find(([re]) => re.test(m[2]!.replace(/\.$/, '')))?.[1];
    if (unit && value >= 1 && value <= 1200) return ok({ value, unit });
  }
  const w = words(text);
  if (/^(een|1) (jaar|year)$/.test(w) || w === 'jaarlijks' || w === 'annually' || w === 'yearly') return ok({ value: 1, unit: 'year' });
  if (/^(een|1) (maand|month)$/.test(w) || w === 'maandelijks' || w === 'monthly') return ok({ value: 1, unit: 'month' });
  return fail('unrecognised_period', `Geen termijn: ${text.trim()} (gebruik bijvoorbeeld "3 maanden" of "1 jaar")`);
}

const YES = /^(ja|j|yes|y|true|waar|1|stilzwijgend|automatisch|x)\b/;
const NO = /^(nee|n|no|false|onwaar|0|niet|geen)\b/;

/**
 * Yes or no ("ja", "nee", "yes", "no"); a yes may say how long each renewal
 * lasts ("ja, telkens 1 jaar", "ja, steeds met 2 jaar"), returned as `period`.
 */
export function readYesNoCell(text: string): CellReading<{ yes: boolean; period: Period | null }> {
  if (isUnknownText(text)) return ok(null);
  const w = words(text);
  if (NO.test(w)) return ok({ yes: false, period: null });
  if (!YES.test(w)) return fail('unknown_value', `Geen ja of nee: ${text.trim()}`);
  const rest = /(\d{1,4}|een)\s*(dagen|dag|weken|week|maanden|maand|mnd|jaren|jaar|jr|years?|months?|weeks?|days?)\b/.exec(w);
  const period = rest ? readPeriodCell(`${rest[1] === 'een' ? 1 : rest[1]} ${rest[2]}`) : null;
  return ok({ yes: true, period: period?.ok ? period.value : null });
}

/** A whole number ("12", "12 maanden" for a number of months). */
export function readWholeNumberCell(text: string, max: number): CellReading<number> {
  if (isUnknownText(text)) return ok(null);
  const m = /^(\d{1,5})(?:[.,]0+)?(?:\s*[a-z]+)?$/.exec(words(text));
  if (!m || Number(m[1]) > max) return fail('unrecognised_number', `Geen geheel getal tot ${max}: ${text.trim()}`);
  return ok(Number(m[1]));
}

/** Definite or indefinite term ("bepaalde tijd", "onbepaalde tijd", "fixed", "indefinite"). */
export function readTermKindCell(text: string): CellReading<TermKind> {
  if (isUnknownText(text)) return ok(null);
  const w = words(text);
  if (/^(onbepaalde tijd|onbepaald|indefinite|open ended|open-ended|doorlopend)/.test(w)) return ok('indefinite');
  if (/^(bepaalde tijd|bepaald|fixed|fixed term|definite)/.test(w)) return ok('fixed');
  return fail('unknown_value', `Geen looptijd (bepaalde of onbepaalde tijd): ${text.trim()}`);
}

/** AVG/GDPR, Wpg, or none ("n.v.t." here means no personal-data regime applies; empty or "onbekend" stays unknown). */
export function readLegalRegimeCell(text: string): CellReading<LegalRegime> {
  const w = words(text).replace(/\./g, '').trim();
  if (/^(nvt|n v t|geen|none|not applicable|niet van toepassing)$/.test(w)) return ok('none');
  if (isUnknownText(text)) return ok(null);
  if (/^(avg|gdpr|algemene verordening gegevensbescherming)$/.test(w)) return ok('avg');
  if (/^(wpg|wet politiegegevens)$/.test(w)) return ok('wpg');
  return fail('unknown_value', `Onbekend regime (AVG, Wpg of n.v.t.): ${text.trim()}`);
}

/** Organisation names in one cell, separated by `;`, `|`, a comma or a line break. */
export function splitPartyNames(text: string): string[] {
  if (isUnknownText(text)) return [];
  return text
    .split(/[;|,\n\r]+/)
    .map((s) => s.trim().replace(/\s+/g, ' '))
    .filter((s) => s !== '' && !isUnknownText(s));
}
