import { earliestDay } from '../dates/partial-date.ts';
import { splitSentences } from './split-sentences.ts';
import { factsOfSentence } from './sentence-facts.ts';
import { sameFactValue, SUGGESTION_FIELDS, type SuggestedFacts, type SuggestionField } from './suggestion-fields.ts';

/** A page of extracted text (1-based page numbers). */
export interface TextPage {
  page: number;
  text: string;
}

/** A value the text settles for a field, with the first page and sentence that say it. */
export interface ReadFact<F extends SuggestionField = SuggestionField> {
  field: F;
  value: SuggestedFacts[F];
  page: number;
  quote: string;
}

/** Quotes are whole sentences, but never a whole page run together. */
const MAX_QUOTE = 500;
const quoteOf = (sentence: string) => (sentence.length <= MAX_QUOTE ? sentence : `${sentence.slice(0, MAX_QUOTE - 1)}…`);

/**
 * Reads the lifecycle facts a Dutch agreement text settles, page by page.
 * Precision first: a field the text states in two different ways (two start
 * dates, "3 (vier) maanden", tacit renewal said and excluded) yields nothing,
 * and so does a template's blank, a condition or another agreement's date.
 */
export function readFacts(pages: readonly TextPage[]): ReadFact[] {
  const seen = new Map<SuggestionField, ReadFact[]>();
  for (const { page, text } of pages) {
    for (const sentence of splitSentences(text)) {
      for (const fact of factsOfSentence(sentence.text, sentence.isPreamble)) {
        const list = seen.get(fact.field) ?? [];
        list.push({ ...fact, page, quote: quoteOf(sentence.text) });
        seen.set(fact.field, list);
      }
    }
  }
  const settled = new Map<SuggestionField, ReadFact>();
  const contradicted = new Set<SuggestionField>();
  for (const [field, list] of seen) {
    if (list.every((f) => sameFactValue(f.value, list[0]!.value))) settled.set(field, list[0]!);
    else contradicted.add(field);
  }
  // Whether it renews at all is unsettled: how long and how often are then no facts either.
  if (contradicted.has('tacitRenewal')) {
    settled.delete('renewalPeriod');
    settled.delete('maxRenewals');
  }
  const start = settled.get('startDate');
  const end = settled.get('endDate');
  if (start && end && earliestDay(String(end.value)) < earliestDay(String(start.value))) {
    settled.delete('startDate');
    settled.delete('endDate');
  }
  if (settled.get('termKind')?.value === 'indefinite' && end) settled.delete('endDate');
  return SUGGESTION_FIELDS.flatMap((field) => settled.get(field) ?? []);
}
