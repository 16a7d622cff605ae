/**
 * Facts read from the text (issue 13, item 7): precision and recall per field
 * on the suggestions corpus (`shared/src/suggestions/__corpus__/`, Dutch
 * agreement texts with the facts they settle). Targets: precision ≥ 98 %,
 * recall ≥ 80 %. For information: how long reading takes, per corpus text
 * and for a 100-page document (the reader runs on the server after extraction).
 */
import { readFacts } from '../shared/src/suggestions/read-facts.ts';
import { SUGGESTIONS_CORPUS } from '../shared/src/suggestions/__corpus__/index.ts';
import { ratesOf, scoreCorpus } from '../shared/src/suggestions/__corpus__/score-corpus.ts';

const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
const { fields, mistakes } = scoreCorpus(SUGGESTIONS_CORPUS);

console.log(`corpus: ${SUGGESTIONS_CORPUS.length} texts, ${SUGGESTIONS_CORPUS.reduce((n, t) => n + t.pages.length, 0)} pages`);
console.log(`${'field'.padEnd(18)} ${'expected'.padStart(8)} ${'suggested'.padStart(9)} ${'correct'.padStart(7)} ${'precision'.padStart(9)} ${'recall'.padStart(8)}`);
for (const f of fields) {
  const { precision, recall } = ratesOf([f]);
  console.log(
    `${f.field.padEnd(18)} ${String(f.expected).padStart(8)} ${String(f.suggested).padStart(9)} ${String(f.correct).padStart(7)} ${pct(precision).padStart(9)} ${pct(recall).padStart(8)}`,
  );
}
const all = ratesOf(fields);
console.log(
  `${'all fields'.padEnd(18)} ${''.padStart(8)} ${''.padStart(9)} ${''.padStart(7)} ${pct(all.precision).padStart(9)} ${pct(all.recall).padStart(8)}   (target: precision ≥ 98 %, recall ≥ 80 %)`,
);
for (const m of mistakes)
  console.log(`  ${m.kind}: ${m.field} in "${m.text}" (expected ${JSON.stringify(m.expected)}${m.kind === 'wrong' ? `, suggested ${JSON.stringify(m.suggested)}` : ''})`);

const pagesOf = SUGGESTIONS_CORPUS.map((t) => t.pages.map((text, i) => ({ page: i + 1, text })));
let started = performance.now();
const rounds = 20;
for (let r = 0; r < rounds; r++) for (const p of pagesOf) readFacts(p);
console.log(`reading: ${((performance.now() - started) / (rounds * pagesOf.length)).toFixed(2)} ms per corpus text`);
const long = Array.from({ length: 100 }, (_, i) => ({ page: i + 1, text: SUGGESTIONS_CORPUS[i % SUGGESTIONS_CORPUS.length]!.pages.join('\n').repeat(3) }));
started = performance.now();
readFacts(long);
console.log(`reading: ${(performance.now() - started).toFixed(1)} ms for a 100-page document (${Math.round(long.reduce((n, p) => n + p.text.length, 0) / 1024)} KiB of text)`);
