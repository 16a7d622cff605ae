import { corpusA } from './corpus-a.ts';
import { corpusB } from './corpus-b.ts';
import { corpusC } from './corpus-c.ts';
import { corpusD } from './corpus-d.ts';
import type { CorpusText } from './corpus-types.ts';

/** The suggestions corpus: Dutch agreement texts with the facts they settle (used by the tests and `bench/suggestions.bench.ts`). */
export const SUGGESTIONS_CORPUS: CorpusText[] = [...corpusA, ...corpusB, ...corpusC, ...corpusD];
