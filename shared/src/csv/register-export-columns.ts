import type { AgreementStatus, AgreementType, LegalRegime, PartyRole, PeriodUnit, TermKind, ValueBasis } from '../domain/enums.ts';
import { statusLabelOf, type StatusLabel } from '../lifecycle/status-label.ts';

/** The languages of an export's headers and words. */
export const EXPORT_LOCALES = ['nl', 'en'] as const;
export type ExportLocale = (typeof EXPORT_LOCALES)[number];

/**
 * One agreement as the register export reads it (one flat row; the server's
 * repository fills it). Dates are partial dates as stored ("2019",
 * "2019-05", "2019-05-03"): an export never makes up a precision.
 */
export interface RegisterExportRow {
  id: number;
  title: string;
  type: AgreementType;
  collaborationCode: string | null;
  reference: string | null;
  legalRegime: LegalRegime | null;
  startDate: string | null;
  endDate: string | null;
  termKind: TermKind | null;
  noticePeriodValue: number | null;
  noticePeriodUnit: PeriodUnit | null;
  tacitRenewal: boolean | null;
  renewalPeriodValue: number | null;
  renewalPeriodUnit: PeriodUnit | null;
  currentTermStart: string | null;
  currentTermEnd: string | null;
  noticeDeadline: string | null;
  nextReviewDate: string | null;
  status: AgreementStatus;
  parties: { name: string; role: PartyRole }[];
  ownerName: string | null;
  ownerEmail: string | null;
  archived: boolean;
  isSynthetic: boolean;
  /** Financial terms: the amount in whole cents (written as euros with two decimals), its basis, indexation, budget line and payer's name. */
  valueAmountCents: number | null;
  valueBasis: ValueBasis | null;
  valueIndexation: string | null;
  valueBudgetLine: string | null;
  valuePayer: string | null;
}

/**
 * The words of an export, in Dutch and English: the same words as the app's
 * dictionaries (`client/src/lib/i18n`; a client test holds them equal).
 */
const WORDS = {
  nl: {
    type: {
      service: 'Dienstverleningsovereenkomst',
      governance: 'Bestuursovereenkomst',
      cooperation: 'Samenwerkingsovereenkomst',
      privacy: 'Privacyconvenant',
      processor: 'Verwerkersovereenkomst',
      subprocessor: 'Subverwerkersovereenkomst',
    },
    role: {
      client: 'opdrachtgever',
      provider: 'opdrachtnemer',
      party: 'partij',
      controller: 'verwerkingsverantwoordelijke',
      processor: 'verwerker',
      subprocessor: 'subverwerker',
    },
    status: {
      draft: 'Concept',
      active: 'Lopend',
      expiring: 'Loopt binnenkort af',
      notice_period: 'Opzegdatum verstreken',
      renews_unless_notice: 'Wordt stilzwijgend verlengd, tenzij opgezegd',
      renews_tacitly: 'Wordt stilzwijgend verlengd',
      in_renewal: 'In verlenging',
      renewed: 'Verlengd',
      terminated: 'Beëindigd',
      expired: 'Verlopen',
      unknown_dates: 'Data onbekend',
    },
    termKind: { fixed: 'bepaalde tijd', indefinite: 'onbepaalde tijd' },
    regime: { avg: 'AVG', wpg: 'Wpg (politiegegevens)', none: 'n.v.t. (geen persoonsgegevens)' },
    period: {
      day: { one: '{count} dag', other: '{count} dagen' },
      week: { one: '{count} week', other: '{count} weken' },
      month: { one: '{count} maand', other: '{count} maanden' },
      year: { one: '{count} jaar', other: '{count} jaar' },
    },
    basis: { once: 'eenmalig', per_year: 'per jaar', total: 'totaal over de looptijd' },
    yes: 'ja',
    no: 'nee',
  },
  en: {
    type: {
      service: 'Service agreement',
      governance: 'Governance agreement',
      cooperation: 'Cooperation agreement',
      privacy: 'Privacy covenant',
      processor: 'Processor agreement',
      subprocessor: 'Sub-processor agreement',
    },
    role: { client: 'client', provider: 'provider', party: 'party', controller: 'controller', processor: 'processor', subprocessor: 'sub-processor' },
    status: {
      draft: 'Draft',
      active: 'Active',
      expiring: 'Expiring soon',
      notice_period: 'Notice deadline passed',
      renews_unless_notice: 'Renews tacitly unless notice is given',
      renews_tacitly: 'Renews tacitly',
      in_renewal: 'In renewal',
      renewed: 'Renewed',
      terminated: 'Terminated',
      expired: 'Expired',
      unknown_dates: 'Dates unknown',
    },
    termKind: { fixed: 'fixed term', indefinite: 'indefinite' },
    regime: { avg: 'GDPR (AVG)', wpg: 'Police Data Act (Wpg)', none: 'n/a (no personal data)' },
    period: {
      day: { one: '{count} day', other: '{count} days' },
      week: { one: '{count} week', other: '{count} weeks' },
      month: { one: '{count} month', other: '{count} months' },
      year: { one: '{count} year', other: '{count} years' },
    },
    basis: { once: 'once', per_year: 'per year', total: 'total over the term' },
    yes: 'yes',
    no: 'no',
  },
} satisfies Record<
  ExportLocale,
  {
    type: Record<AgreementType, string>;
    role: Record<PartyRole, string>;
    status: Record<StatusLabel, string>;
    termKind: Record<TermKind, string>;
    regime: Record<LegalRegime, string>;
    period: Record<PeriodUnit, { one: string; other: string }>;
    basis: Record<ValueBasis, string>;
    yes: string;
    no: string;
  }
>;

/** The export's words of one locale (for the dictionary test). */
export const exportWords = (locale: ExportLocale) => WORDS[locale];

/** A cell: text, a number, or empty (unknown). */
export type ExportCell = string | number | null;

type Words = (typeof WORDS)[ExportLocale];

const period = (w: Words, value: number | null, unit: PeriodUnit | null): string | null =>
  value === null || unit === null ? null : w.period[unit][value === 1 ? 'one' : 'other'].replace('{count}', String(value));
const yesNo = (w: Words, value: boolean | null): string | null => (value === null ? null : value ? w.yes : w.no);

/** The columns of the register export (CSV and XLSX alike): header per language and the cell of a row. */
export const REGISTER_EXPORT_COLUMNS: readonly { key: string; header: Record<ExportLocale, string>; width: number; cell: (r: RegisterExportRow, w: Words) => ExportCell }[] = [
  { key: 'id', header: { nl: 'Nummer', en: 'Number' }, width: 9, cell: (r) => r.id },
  { key: 'title', header: { nl: 'Titel', en: 'Title' }, width: 50, cell: (r) => r.title },
  { key: 'type', header: { nl: 'Soort', en: 'Type' }, width: 28, cell: (r, w) => w.type[r.type] },
  { key: 'collaboration', header: { nl: 'Samenwerking', en: 'Collaboration' }, width: 14, cell: (r) => r.collaborationCode },
  { key: 'reference', header: { nl: 'Kenmerk', en: 'Reference' }, width: 18, cell: (r) => r.reference },
  { key: 'legalRegime', header: { nl: 'Wettelijk regime', en: 'Legal regime' }, width: 20, cell: (r, w) => (r.legalRegime ? w.regime[r.legalRegime] : null) },
  { key: 'startDate', header: { nl: 'Ingangsdatum', en: 'Start date' }, width: 12, cell: (r) => r.startDate },
  { key: 'endDate', header: { nl: 'Einddatum', en: 'End date' }, width: 12, cell: (r) => r.endDate },
  { key: 'termKind', header: { nl: 'Looptijd', en: 'Term' }, width: 16, cell: (r, w) => (r.termKind ? w.termKind[r.termKind] : null) },
  { key: 'noticePeriod', header: { nl: 'Opzegtermijn', en: 'Notice period' }, width: 14, cell: (r, w) => period(w, r.noticePeriodValue, r.noticePeriodUnit) },
  { key: 'tacitRenewal', header: { nl: 'Stilzwijgende verlenging', en: 'Tacit renewal' }, width: 12, cell: (r, w) => yesNo(w, r.tacitRenewal) },
  { key: 'renewalPeriod', header: { nl: 'Verlengingsperiode', en: 'Renewal period' }, width: 14, cell: (r, w) => period(w, r.renewalPeriodValue, r.renewalPeriodUnit) },
  { key: 'currentTermStart', header: { nl: 'Huidige termijn vanaf', en: 'Current term from' }, width: 12, cell: (r) => r.currentTermStart },
  { key: 'currentTermEnd', header: { nl: 'Huidige termijn tot', en: 'Current term until' }, width: 12, cell: (r) => r.currentTermEnd },
  { key: 'noticeDeadline', header: { nl: 'Opzeggen vóór', en: 'Give notice by' }, width: 12, cell: (r) => r.noticeDeadline },
  { key: 'nextReviewDate', header: { nl: 'Volgende evaluatie', en: 'Next review' }, width: 12, cell: (r) => r.nextReviewDate },
  { key: 'status', header: { nl: 'Status', en: 'Status' }, width: 24, cell: (r, w) => w.status[statusLabelOf(r)] },
  { key: 'parties', header: { nl: 'Partijen', en: 'Parties' }, width: 60, cell: (r, w) => r.parties.map((p) => `${p.name} (${w.role[p.role]})`).join('; ') || null },
  { key: 'ownerName', header: { nl: 'Eigenaar', en: 'Owner' }, width: 20, cell: (r) => r.ownerName },
  { key: 'ownerEmail', header: { nl: 'E-mail eigenaar', en: 'Owner e-mail' }, width: 26, cell: (r) => r.ownerEmail },
  { key: 'archived', header: { nl: 'Gearchiveerd', en: 'Archived' }, width: 10, cell: (r, w) => yesNo(w, r.archived) },
  { key: 'synthetic', header: { nl: 'Synthetisch', en: 'Synthetic' }, width: 10, cell: (r, w) => yesNo(w, r.isSynthetic) },
  {
    key: 'valueAmount',
    header: { nl: 'Bedrag (EUR)', en: 'Amount (EUR)' },
    width: 14,
    // Whole cents to euros: exact for every amount the schema allows (at most 10^13 cents).
    cell: (r) => (r.valueAmountCents === null ? null : r.valueAmountCents / 100),
  },
  { key: 'valueBasis', header: { nl: 'Bedrag geldt', en: 'Amount applies' }, width: 16, cell: (r, w) => (r.valueBasis ? w.basis[r.valueBasis] : null) },
  { key: 'valueIndexation', header: { nl: 'Indexering', en: 'Indexation' }, width: 20, cell: (r) => r.valueIndexation },
  { key: 'valueBudgetLine', header: { nl: 'Begrotingspost', en: 'Budget line' }, width: 18, cell: (r) => r.valueBudgetLine },
  { key: 'valuePayer', header: { nl: 'Betaler', en: 'Payer' }, width: 24, cell: (r) => r.valuePayer },
];

/** The header line of an export in one language. */
export const registerExportHeader = (locale: ExportLocale): string[] => REGISTER_EXPORT_COLUMNS.map((c) => c.header[locale]);

/** One agreement's cells, in column order. */
export function registerExportCells(row: RegisterExportRow, locale: ExportLocale): ExportCell[] {
  const w = WORDS[locale];
  return REGISTER_EXPORT_COLUMNS.map((c) => c.cell(row, w));
}
