import type { Agreement, PartyInput, UpdateAgreementInput } from '../schemas/agreement.ts';
import { sameFactValue, type SuggestedFacts, type SuggestionField } from './suggestion-fields.ts';

type Facts = Pick<Agreement, Exclude<SuggestionField, 'signedDate'> | 'parties'>;

/**
 * What the agreement says now for a field: its own value, or for `signedDate`
 * the parties' signing date when they all share one (null when unknown or
 * when they differ; undefined when there are no parties to sign).
 */
export function currentFactValue(agreement: Facts, field: SuggestionField): unknown {
  if (field !== 'signedDate') return agreement[field];
  if (!agreement.parties.length) return undefined;
  const dates = new Set(agreement.parties.map((p) => p.signedDate));
  return dates.size === 1 ? [...dates][0] : null;
}

/** Whether proposing the value still makes sense: the field is unknown or says something else (and signing has parties to go to). */
export function isWorthProposing(agreement: Facts, field: SuggestionField, value: unknown): boolean {
  const current = currentFactValue(agreement, field);
  return current !== undefined && !sameFactValue(current, value);
}

/** The agreement update that applies a suggested value; a signing date goes to every party (they signed together). */
export function updateForSuggestion<F extends SuggestionField>(agreement: Facts, field: F, value: SuggestedFacts[F]): Omit<UpdateAgreementInput, 'version'> {
  if (field !== 'signedDate') return { [field]: value };
  const parties: PartyInput[] = agreement.parties.map((p) => ({
    organisationId: p.organisationId,
    role: p.role,
    basis: p.basis,
    signatoryName: p.signatoryName,
    signatoryTitle: p.signatoryTitle,
    signatoryMandate: p.signatoryMandate,
    signedDate: value as string,
  }));
  return { parties };
}
