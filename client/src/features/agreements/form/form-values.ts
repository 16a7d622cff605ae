import type { Agreement, CreateAgreementInput, PartyInput, Period, UpdateAgreementInput } from '@akkoord/shared/schemas/agreement';
import type { PeriodUnit } from '@akkoord/shared/domain/enums';
import { dateInputToValue, toDateInputText } from '@akkoord/shared/dates/parse-date-input';
import { formatEuroInput, parseEuroInput } from '@akkoord/shared/money/euro-input';

/** One party row of the form, as text. */
export interface PartyValues {
  organisationId: string;
  role: string;
  basis: string;
  signatoryName: string;
  signatoryTitle: string;
  signatoryMandate: string;
  signedDate: string;
}

/** The agreement form as the user types it: every field is text until it is parsed. */
export interface FormValues {
  type: string;
  title: string;
  collaborationCode: string;
  reference: string;
  legalRegime: string;
  startDate: string;
  endDate: string;
  termKind: string;
  initialTermMonths: string;
  noticeValue: string;
  noticeUnit: PeriodUnit;
  tacitRenewal: '' | 'yes' | 'no';
  renewalValue: string;
  renewalUnit: PeriodUnit;
  maxRenewals: string;
  reviewDate: string;
  alertLeadDays: string;
  ownerName: string;
  ownerEmail: string;
  deputyEmail: string;
  notes: string;
  source: string;
  workflowState: 'draft' | 'active';
  parties: PartyValues[];
  /** Financial terms: the amount in euros as typed ("837.000"), basis, indexation, budget line, the paying party's organisation id. */
  valueAmount: string;
  valueBasis: string;
  valueIndexation: string;
  valueBudgetLine: string;
  valuePayer: string;
  /** Woo: the category ('' = the default of the type), state ('' = the default of the category), date, URL, grounds, the public file's version id. */
  wooCategory: string;
  wooState: string;
  wooPublishedOn: string;
  wooUrl: string;
  wooGrounds: string[];
  wooVersion: string;
}

export const EMPTY_PARTY: PartyValues = {
  organisationId: '',
  role: 'party',
  basis: 'stated',
  signatoryName: '',
  signatoryTitle: '',
  signatoryMandate: '',
  signedDate: '',
};

export const EMPTY_VALUES: FormValues = {
  type: '',
  title: '',
  collaborationCode: '',
  reference: '',
  legalRegime: '',
  startDate: '',
  endDate: '',
  termKind: '',
  initialTermMonths: '',
  noticeValue: '',
  noticeUnit: 'month',
  tacitRenewal: '',
  renewalValue: '',
  renewalUnit: 'year',
  maxRenewals: '',
  reviewDate: '',
  alertLeadDays: '',
  ownerName: '',
  ownerEmail: '',
  deputyEmail: '',
  notes: '',
  source: '',
  workflowState: 'active',
  parties: [],
  valueAmount: '',
  valueBasis: '',
  valueIndexation: '',
  valueBudgetLine: '',
  valuePayer: '',
  wooCategory: '',
  wooState: '',
  wooPublishedOn: '',
  wooUrl: '',
  wooGrounds: [],
  wooVersion: '',
};

const text = (v: string | number | null | undefined) => (v === null || v === undefined ? '' : String(v));

/** The form filled with a stored agreement. */
export function valuesFromAgreement(a: Agreement): FormValues {
  return {
    type: a.type,
    title: a.title,
    collaborationCode: text(a.collaborationCode),
    reference: text(a.reference),
    legalRegime: text(a.legalRegime),
    startDate: toDateInputText(a.startDate),
    endDate: toDateInputText(a.endDate),
    termKind: text(a.termKind),
    initialTermMonths: text(a.initialTermMonths),
    noticeValue: text(a.noticePeriod?.value),
    noticeUnit: a.noticePeriod?.unit ?? 'month',
    tacitRenewal: a.tacitRenewal === null ? '' : a.tacitRenewal ? 'yes' : 'no',
    renewalValue: text(a.renewalPeriod?.value),
    renewalUnit: a.renewalPeriod?.unit ?? 'year',
    maxRenewals: text(a.maxRenewals),
    reviewDate: toDateInputText(a.reviewDate),
    alertLeadDays: a.alertLeadDays?.join(', ') ?? '',
    ownerName: text(a.ownerName),
    ownerEmail: text(a.ownerEmail),
    deputyEmail: text(a.deputyEmail),
    notes: text(a.notes),
    source: text(a.source),
    workflowState: a.workflowState === 'draft' ? 'draft' : 'active',
    parties: a.parties.map((p) => ({
      organisationId: String(p.organisationId),
      role: p.role,
      basis: p.basis,
      signatoryName: text(p.signatoryName),
      signatoryTitle: text(p.signatoryTitle),
      signatoryMandate: text(p.signatoryMandate),
      signedDate: toDateInputText(p.signedDate),
    })),
    valueAmount: a.value?.amountCents != null ? formatEuroInput(a.value.amountCents) : '',
    valueBasis: text(a.value?.basis),
    valueIndexation: text(a.value?.indexation),
    valueBudgetLine: text(a.value?.budgetLine),
    valuePayer: text(a.value?.payerOrganisationId),
    wooCategory: a.wooCategory,
    wooState: a.wooPublication.state,
    wooPublishedOn: text(a.wooPublication.publishedOn),
    wooUrl: text(a.wooPublication.url),
    wooGrounds: [...a.wooPublication.grounds],
    wooVersion: text(a.wooPublication.documentVersionId),
  };
}

/** The financial terms as the API expects them: null when nothing of them is filled in. */
function valuePayload(v: FormValues): Record<string, unknown> | null {
  const value = {
    amountCents: parseEuroInput(v.valueAmount),
    basis: str(v.valueBasis),
    indexation: str(v.valueIndexation),
    budgetLine: str(v.valueBudgetLine),
    payerOrganisationId: int(v.valuePayer),
  };
  return Object.values(value).every((x) => x === null) ? null : value;
}

const str = (v: string): string | null => (v.trim() === '' ? null : v.trim());
/** Integer or NaN (the schema then names the field); empty is null. */
const int = (v: string): number | null => (v.trim() === '' ? null : /^-?\d+$/.test(v.trim()) ? Number(v.trim()) : Number.NaN);
const period = (value: string, unit: PeriodUnit): Period | null => {
  const n = int(value);
  return n === null ? null : { value: n, unit };
};
const leadDays = (v: string): number[] | null => {
  const parts = v.split(/[,;\s]+/).filter(Boolean);
  return parts.length ? parts.map((p) => (/^\d+$/.test(p) ? Number(p) : Number.NaN)) : null;
};

function partiesPayload(parties: PartyValues[]): PartyInput[] {
  return parties.map((p) => ({
    organisationId: int(p.organisationId) ?? 0,
    role: p.role as PartyInput['role'],
    basis: p.basis as PartyInput['basis'],
    signatoryName: str(p.signatoryName),
    signatoryTitle: str(p.signatoryTitle),
    signatoryMandate: str(p.signatoryMandate),
    signedDate: dateInputToValue(p.signedDate),
  }));
}

/** Every editable field as the API expects it (null = unknown). */
export function toFields(v: FormValues): Record<string, unknown> {
  return {
    type: v.type || undefined,
    title: v.title,
    collaborationCode: str(v.collaborationCode),
    reference: str(v.reference),
    legalRegime: str(v.legalRegime),
    startDate: dateInputToValue(v.startDate),
    endDate: dateInputToValue(v.endDate),
    termKind: str(v.termKind),
    initialTermMonths: int(v.initialTermMonths),
    noticePeriod: period(v.noticeValue, v.noticeUnit),
    tacitRenewal: v.tacitRenewal === '' ? null : v.tacitRenewal === 'yes',
    renewalPeriod: period(v.renewalValue, v.renewalUnit),
    maxRenewals: int(v.maxRenewals),
    reviewDate: dateInputToValue(v.reviewDate),
    alertLeadDays: leadDays(v.alertLeadDays),
    ownerName: str(v.ownerName),
    ownerEmail: str(v.ownerEmail),
    deputyEmail: str(v.deputyEmail),
    notes: str(v.notes),
    source: str(v.source),
    parties: partiesPayload(v.parties),
    value: valuePayload(v),
    wooCategory: str(v.wooCategory),
    wooPublication: {
      state: str(v.wooState),
      publishedOn: str(v.wooPublishedOn),
      url: str(v.wooUrl),
      grounds: v.wooGrounds,
      documentVersionId: int(v.wooVersion),
    },
  };
}

/** The create request: unknown fields are left out. */
export function toCreatePayload(v: FormValues): CreateAgreementInput {
  const fields = toFields(v);
  const out: Record<string, unknown> = { workflowState: v.workflowState };
  for (const [k, value] of Object.entries(fields)) if (value !== null && value !== undefined) out[k] = value;
  // Nothing chosen about the Woo: the defaults of the type apply, so nothing is sent.
  const woo = out.wooPublication as Record<string, unknown> | undefined;
  if (woo && Object.values(woo).every((x) => x === null || (Array.isArray(x) && x.length === 0))) delete out.wooPublication;
  return out as CreateAgreementInput;
}

/** The fields whose value differs between two forms (what an edit changes). */
export function changedFields(before: FormValues, after: FormValues): string[] {
  const a = toFields(before);
  const b = toFields(after);
  return Object.keys(b).filter((k) => JSON.stringify(a[k]) !== JSON.stringify(b[k]));
}

/** The update request: only what changed, plus the version it is based on. */
export function toUpdatePayload(before: FormValues, after: FormValues, version: number): UpdateAgreementInput {
  const fields = toFields(after);
  const out: Record<string, unknown> = { version };
  for (const k of changedFields(before, after)) out[k] = fields[k];
  return out as UpdateAgreementInput;
}
