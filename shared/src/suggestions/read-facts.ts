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

/** Quotes are whole sentences, but never a whole page run together: a longer one is quoted around its evidence. */
export const MAX_QUOTE = 500;
function quoteOf(sentence: string, at: number): string {
  if (sentence.length <= MAX_QUOTE) return sentence;
  const start = Math.max(0, Math.min(at - 150, sentence.length - (MAX_QUOTE - 2)));
  const end = Math.min(sentence.length, start + MAX_QUOTE - 2);
  return `${start > 0 ? '…' : ''}${sentence.slice(start, end).trim()}${end < sentence.length ? '…' : ''}`;
}

/** Reads a text page by page (so a caller may hand back control between pages) and settles the facts at the end. */
export interface FactReader {
  read(page: TextPage): void;
  facts(): ReadFact[];
}

/** A reader for one document version's pages; see `readFacts`. */
export function createFactReader(): FactReader {
  const seen = new Map<SuggestionField, ReadFact[]>();
  return {
    read({ page, text }) {
      for (const sentence of splitSentences(text)) {
        for (const { field, value, at } of factsOfSentence(sentence.text, sentence.isPreamble)) {
          const list = seen.get(field) ?? [];
          list.push({ field, value, page, quote: quoteOf(sentence.text, at) });
          seen.set(field, list);
        }
      }
    },
    facts: () => settle(seen),
  };
}

/**
 * Reads the lifecycle facts a Dutch agreement text settles, page by page.
 * Precision first: a field the text states in two different ways (two start
 * dates, "3 (vier) maanden", tacit renewal said and excluded) yields nothing,
 * and so does a template's blank, a condition or another agreement's date.
 */
export function readFacts(pages: readonly TextPage[]): ReadFact[] {
  const reader = createFactReader();
  for (const page of pages) reader.read(page);
  return reader.facts();
}

function settle(seen: ReadonlyMap<SuggestionField, ReadFact[]>): ReadFact[] {
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
