import type { SuggestedFacts } from '../suggestion-fields.ts';

/**
 * One agreement text of the suggestions corpus: its pages as extraction gives
 * them, and what a careful reader says the text settles. A field left out of
 * `expected` is one the text leaves open (or contradicts itself about): the
 * reader proposes nothing for it.
 */
export interface CorpusText {
  name: string;
  pages: string[];
  expected: Partial<SuggestedFacts>;
}
