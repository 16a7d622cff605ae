import { readFacts } from '../read-facts.ts';
import { sameFactValue, SUGGESTION_FIELDS, type SuggestionField } from '../suggestion-fields.ts';
import type { CorpusText } from './corpus-types.ts';

/** Counts of one field over the corpus. */
export interface FieldScore {
  field: SuggestionField;
  /** Values the texts settle. */
  expected: number;
  /** Suggestions the reader made. */
  suggested: number;
  /** Suggestions equal to the expected value. */
  correct: number;
}

/** A suggestion that should not have been made, or a fact the reader missed. */
export interface CorpusMistake {
  text: string;
  field: SuggestionField;
  kind: 'wrong' | 'missed';
  expected?: unknown;
  suggested?: unknown;
}

/** Runs the reader over every text and scores each field; `mistakes` names each wrong or missed fact. */
export function scoreCorpus(corpus: readonly CorpusText[]): { fields: FieldScore[]; mistakes: CorpusMistake[] } {
  const fields = SUGGESTION_FIELDS.map((field) => ({ field, expected: 0, suggested: 0, correct: 0 }));
  const mistakes: CorpusMistake[] = [];
  for (const text of corpus) {
    const facts = readFacts(text.pages.map((t, i) => ({ page: i + 1, text: t })));
    for (const score of fields) {
      const expected = text.expected[score.field];
      const fact = facts.find((f) => f.field === score.field);
      if (expected !== undefined) score.expected++;
      if (fact) score.suggested++;
      if (fact && expected !== undefined && sameFactValue(fact.value, expected)) score.correct++;
      else if (fact) mistakes.push({ text: text.name, field: score.field, kind: 'wrong', expected, suggested: fact.value });
      else if (expected !== undefined) mistakes.push({ text: text.name, field: score.field, kind: 'missed', expected });
    }
  }
  return { fields, mistakes };
}

/** Precision and recall over a set of field scores (1 when there is nothing to count). */
export function ratesOf(scores: readonly FieldScore[]): { precision: number; recall: number } {
  const suggested = scores.reduce((n, s) => n + s.suggested, 0);
  const expected = scores.reduce((n, s) => n + s.expected, 0);
  const correct = scores.reduce((n, s) => n + s.correct, 0);
  return { precision: suggested ? correct / suggested : 1, recall: expected ? correct / expected : 1 };
}
