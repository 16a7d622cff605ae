import type { Agreement, UpdateAgreementInput } from '@akkoord/shared/schemas/agreement';
import type { Suggestion } from '@akkoord/shared/schemas/suggestion';
import { currentFactValue } from '@akkoord/shared/suggestions/apply-suggestion';
import type { SuggestionField } from '@akkoord/shared/suggestions/suggestion-fields';
import type { Formatters } from '../../../lib/format/use-format.ts';
import type { Translate as TFunction } from '../../../lib/i18n/translate.ts';

/** The label of a suggested field, as the facts list names it. */
export function fieldLabel(t: TFunction, field: SuggestionField): string {
  return field === 'signedDate' ? t('suggestions.field.signedDate') : t(`agreement.${field}`);
}

/** A field's value in words: "1 januari 2024", "3 maanden", "36 maanden", "ja", "bepaalde tijd"; unknown says so. */
export function valueText(t: TFunction, f: Formatters, field: SuggestionField, value: unknown): string {
  if (value === null || value === undefined) return f.unknown;
  switch (field) {
    case 'termKind':
      return t(`termKind.${value as 'fixed' | 'indefinite'}`);
    case 'initialTermMonths':
      return t('months.count', { count: value as number });
    case 'noticePeriod':
    case 'renewalPeriod':
      return f.period(value as Suggestion['value'] & { value: number; unit: 'month' });
    case 'tacitRenewal':
      return value ? t('common.yes') : t('common.no');
    case 'maxRenewals':
      return String(value);
    default:
      return f.date(value as string);
  }
}

/** What the agreement says now for the field, in words. */
export function currentText(t: TFunction, f: Formatters, agreement: Agreement, field: SuggestionField): string {
  return valueText(t, f, field, currentFactValue(agreement, field) ?? null);
}

/** The update that puts a field back as it was before a suggestion was accepted (for undo), based on the version the accept produced. */
export function restoreInput(before: Agreement, field: SuggestionField, version: number): UpdateAgreementInput {
  if (field === 'signedDate') {
    return {
      version,
      parties: before.parties.map((p) => ({
        organisationId: p.organisationId,
        role: p.role,
        basis: p.basis,
        signatoryName: p.signatoryName,
        signatoryTitle: p.signatoryTitle,
        signatoryMandate: p.signatoryMandate,
        signedDate: p.signedDate,
      })),
    };
  }
  return { version, [field]: before[field] };
}
