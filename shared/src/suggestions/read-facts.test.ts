import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatDateInput } from '../dates/parse-date-input.ts';
import { MAX_QUOTE, readFacts } from './read-facts.ts';
import { wordOfNumber } from './number-words.ts';
import { SUGGESTIONS_CORPUS } from './__corpus__/index.ts';
import { ratesOf, scoreCorpus } from './__corpus__/score-corpus.ts';

const pages = (...texts: string[]) => texts.map((text, i) => ({ page: i + 1, text }));
const valueOf = (facts: ReturnType<typeof readFacts>, field: string) => facts.find((f) => f.field === field)?.value;

describe('readFacts on the corpus', () => {
  const { fields, mistakes } = scoreCorpus(SUGGESTIONS_CORPUS);

  it('has at least 25 texts, some of which settle nothing', () => {
    expect(SUGGESTIONS_CORPUS.length).toBeGreaterThanOrEqual(25);
    expect(SUGGESTIONS_CORPUS.filter((t) => Object.keys(t.expected).length === 0).length).toBeGreaterThanOrEqual(2);
  });

  it('is right at least 98 % of the time on every field, and finds at least 80 % of the facts', () => {
    expect(mistakes.filter((m) => m.kind === 'wrong')).toEqual([]);
    for (const f of fields) expect(f.suggested ? f.correct / f.suggested : 1, f.field).toBeGreaterThanOrEqual(0.98);
    expect(ratesOf(fields).recall).toBeGreaterThanOrEqual(0.8);
  });
});

describe('readFacts', () => {
  it('gives each fact with its page and the sentence it came from', () => {
    const facts = readFacts(
      pages(
        'DIENSTVERLENINGSOVEREENKOMST\nArtikel 1\n1.1 Deze overeenkomst treedt in werking op 1 januari 2024.',
        'Artikel 2\nDe overeenkomst kan worden opgezegd met een opzegtermijn van 3 (drie)\nmaanden.',
      ),
    );
    expect(facts).toEqual([
      { field: 'startDate', value: '2024-01-01', page: 1, quote: '1.1 Deze overeenkomst treedt in werking op 1 januari 2024.' },
      { field: 'noticePeriod', value: { value: 3, unit: 'month' }, page: 2, quote: 'De overeenkomst kan worden opgezegd met een opzegtermijn van 3 (drie) maanden.' },
    ]);
  });

  it('reads generated contract clauses back exactly', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2060-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
        fc.constantFrom('long-nl', 'dmy-padded', 'dmy', 'iso' as const),
        fc.integer({ min: 1, max: 10 }),
        fc.integer({ min: 1, max: 24 }),
        fc.boolean(),
        (start, style, years, noticeMonths, inWords) => {
          const n = (k: number) => (inWords ? `${k} (${wordOfNumber(k)})` : String(k));
          const facts = readFacts(
            pages(
              `Deze overeenkomst treedt in werking op ${formatDateInput(start, style)}. De overeenkomst wordt aangegaan voor een periode van ${n(years)} jaar.`,
              `Partijen kunnen de overeenkomst opzeggen met inachtneming van een opzegtermijn van ${n(noticeMonths)} maanden.`,
            ),
          );
          expect(valueOf(facts, 'startDate')).toBe(start);
          expect(valueOf(facts, 'initialTermMonths')).toBe(years * 12);
          expect(valueOf(facts, 'termKind')).toBe('fixed');
          expect(valueOf(facts, 'noticePeriod')).toEqual({ value: noticeMonths, unit: 'month' });
          expect(facts.map((f) => f.field).sort()).toEqual(['initialTermMonths', 'noticePeriod', 'startDate', 'termKind']);
        },
      ),
    );
  });

  it('says the same when a page is repeated, and nothing about a field the text contradicts', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 12 }), (a, b) => {
        const clause = (k: number) => `De opzegtermijn bedraagt ${wordOfNumber(k)} maanden.`;
        const once = readFacts(pages(clause(a)));
        expect(readFacts(pages(clause(a), clause(a)))).toEqual(once);
        expect(valueOf(readFacts(pages(clause(a), clause(b))), 'noticePeriod')).toEqual(a === b ? { value: a, unit: 'month' } : undefined);
      }),
    );
  });

  it('proposes nothing from text without contract language about the term', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.constantFrom(
            'De vergadering vond plaats op 3 maart 2024.',
            'Facturen worden binnen 30 dagen betaald.',
            'Het tarief wordt per 1 januari 2025 geïndexeerd.',
            'Bijlage 2 beschrijft de diensten.',
          ),
          {
            maxLength: 8,
          },
        ),
        (sentences) => readFacts(pages(sentences.join('\n'))).length === 0,
      ),
    );
  });
});

describe('quotes of long sentences', () => {
  it('quote at most 500 characters around the evidence, wherever it stands', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3000 }), fc.integer({ min: 0, max: 3000 }), (before, after) => {
        const clause = 'de opzegtermijn bedraagt drie maanden';
        const text = `Partijen spreken af dat ${'en verder '.repeat(before / 10)}${clause} ${'alsmede '.repeat(after / 8)}einde.`;
        const [fact] = readFacts(pages(text));
        expect(fact).toMatchObject({ field: 'noticePeriod', value: { value: 3, unit: 'month' } });
        expect(fact!.quote.length).toBeLessThanOrEqual(MAX_QUOTE);
        expect(fact!.quote).toContain(clause);
      }),
      { numRuns: 50 },
    );
  });
});

describe('readFacts on hostile text', () => {
  it('reads a page of 200 KB of repeated contract words in well under two seconds', () => {
    for (const unit of ['stilzwijgend verlengd met ', '1 januari 2024 ', 'aldus overeengekomen en ondertekend te ', 'looptijd van de ', 'x']) {
      const started = Date.now();
      readFacts([{ page: 1, text: unit.repeat(Math.ceil(200_000 / unit.length)) }]);
      expect(Date.now() - started, unit).toBeLessThan(2000);
    }
  });
});
