import { findDates, type FoundDate } from './find-dates.ts';
import { findPeriods, monthsOf } from './read-periods.ts';
import { numberOfWord } from './number-words.ts';
import type { SuggestedFacts, SuggestionField } from './suggestion-fields.ts';

/** One value a sentence states for a field. */
export interface SentenceFact<F extends SuggestionField = SuggestionField> {
  field: F;
  value: SuggestedFacts[F];
  /** Where in the sentence the evidence stands (a long sentence is quoted around it). */
  at: number;
}

/** A blank to fill in ("[datum]", "…", "____"): a template settles nothing. */
const PLACEHOLDER = /\[[^\]]*\]|…|\.\.\.|_{3,}/u;
/** Dates and terms of another agreement than the document's own. */
const OTHER_AGREEMENT = /\b(?:hoofdovereenkomst|onderliggende|vorige|eerdere|oorspronkelijke|voorgaande overeenkomst|oude overeenkomst|raamovereenkomst)\b/iu;
/** A condition before the fact ("Indien de subsidie vervalt, eindigt …"): not a settled date. */
const CONDITION = /\b(?:indien|ingeval|in geval|in het geval|wanneer|zodra|mits)\b/iu;
const ABOUT_THE_AGREEMENT = /overeenkomst|convenant|\bdvo\b|samenwerking|regeling|looptijd|bepaalde tijd/iu;

const START_TAIL = new RegExp(
  [
    String.raw`\btreedt(?:\s+\S+){0,3}?\s+in\s+werking\s+(?:op|per|met ingang van)\s+$`,
    String.raw`\btreedt\s+(?:op|per|met ingang van)\s+$`,
    String.raw`\b(?:gaat\s+in|ingaat|ingaande|vangt\s+aan|aanvangt|begint)(?:\s+(?:op|per|met ingang van))?\s+$`,
    String.raw`\b(?:ingangsdatum|aanvangsdatum|datum van inwerkingtreding)\s*(?::|is)?\s*$`,
    String.raw`\b(?:geldt|loopt|aangegaan|gesloten|geldig)(?:\s+\S+){0,2}?\s+(?:van|vanaf|met ingang van|per)\s+$`,
  ].join('|'),
  'iu',
);
const START_NEEDS_HEAD = /\btreedt\s+(?:op|per|met ingang van)\s+$/iu;
const END_TAIL = new RegExp(
  [
    String.raw`\b(?:eindigt|eindigend|eindigende|afloopt|loopt\s+af|expireert)(?:\s+\S+){0,4}?\s+(?:op|per|tot en met)\s+$`,
    String.raw`\b(?:tot en met|t/m)\s+$`,
    String.raw`\beinddatum\s*(?::|is)?\s*$`,
  ].join('|'),
  'iu',
);
const RANGE = /\bvan\s+$/iu;
const REVIEW_WORD = /\b(?:evaluatie|evalueren|evalueert|geëvalueerd|geevalueerd)\b/iu;
const SIGNED_TAIL =
  /\b(?:overeengekomen|opgemaakt|ondertekend|getekend)(?:\s+(?:en|in|\S*voud|ondertekend|getekend|door\s+partijen))*\s*,?\s*(?:te\s+[^\s,.;]+(?:\s+[^\s,.;]+){0,3}\s*)?,?\s*(?:op|d\.d\.|de|den)?\s*$/iu;

/** The dates of a sentence that some rule may use, each with the text right before it. */
const withTail = (sentence: string, d: FoundDate) => ({ ...d, tail: sentence.slice(Math.max(0, d.index - 120), d.index) });

function startAndEnd(sentence: string, dates: ReturnType<typeof withTail>[]): SentenceFact[] {
  if (OTHER_AGREEMENT.test(sentence)) return [];
  const facts: SentenceFact[] = [];
  for (const d of dates) {
    if (d.value.length !== 10) continue;
    const beforeDate = sentence.slice(0, d.index);
    if (START_TAIL.test(d.tail) && (!START_NEEDS_HEAD.test(d.tail) || /^\s+in\s+werking\b/iu.test(sentence.slice(d.end)))) {
      facts.push({ field: 'startDate', value: d.value, at: d.index });
    } else if (END_TAIL.test(d.tail) && !CONDITION.test(beforeDate) && ABOUT_THE_AGREEMENT.test(sentence)) {
      facts.push({ field: 'endDate', value: d.value, at: d.index }, { field: 'termKind', value: 'fixed', at: d.index });
    }
  }
  // "van 1 januari 2024 tot 1 januari 2026": a term with an end, even when "tot" leaves the last day open.
  for (let i = 0; i + 1 < dates.length; i++) {
    const between = sentence.slice(dates[i]!.end, dates[i + 1]!.index);
    if (RANGE.test(dates[i]!.tail) && /^\s+(?:tot(?: en met)?|t\/m)\s+$/iu.test(between)) facts.push({ field: 'termKind', value: 'fixed', at: dates[i]!.index });
  }
  return facts;
}

function terms(sentence: string): SentenceFact[] {
  const facts: SentenceFact[] = [];
  const otherAgreement = OTHER_AGREEMENT.test(sentence);
  const indefinite = /\bvoor\s+onbepaalde\s+tijd\b/iu.exec(sentence);
  if (indefinite && !/\bniet\s+voor\s+onbepaalde/iu.test(sentence)) facts.push({ field: 'termKind', value: 'indefinite', at: indefinite.index });
  const definite = /\bvoor\s+bepaalde\s+tijd\b/iu.exec(sentence);
  if (definite && !otherAgreement) facts.push({ field: 'termKind', value: 'fixed', at: definite.index });
  for (const p of findPeriods(sentence)) {
    if (p.role === 'notice') facts.push({ field: 'noticePeriod', value: p.period, at: p.index });
    if (p.role === 'renewal') facts.push({ field: 'renewalPeriod', value: p.period, at: p.index });
    if (p.role === 'initial_term' && !otherAgreement) {
      const months = monthsOf(p.period);
      if (months !== null) facts.push({ field: 'initialTermMonths', value: months, at: p.index }, { field: 'termKind', value: 'fixed', at: p.index });
    }
  }
  return facts;
}

const NOT_TACIT = [
  /\bniet(?:\s+\S+){0,2}?\s+(?:stilzwijgend|automatisch)(?:\s+\S+){0,2}?\s+(?:verlengd|verlengen|voortgezet)\b/iu,
  /\b(?:geen|zonder)\s+(?:stilzwijgende|automatische)\s+verlenging\b/iu,
  /\b(?:stilzwijgende|automatische)\s+verlenging\s+(?:is|wordt)\s+(?:uitgesloten|niet\b)/iu,
];
const ENDS_BY_LAW = /\b(?:eindigt|eindigen|beëindigd|afloopt)(?:\s+\S+){0,4}?\s+van\s+rechtswege\b|\bvan\s+rechtswege\s+(?:\S+\s+){0,3}?(?:eindigt|beëindigd|afloopt)\b/iu;
const TACIT =
  /\b(?:stilzwijgend|automatisch)(?:\s+\S+){0,3}?\s+(?:verlengd|verlengen|verlengt|voortgezet)\b|\b(?:verlengd|verlengt\s+zich|voortgezet)\s+(?:\S+\s+){0,2}?(?:stilzwijgend|automatisch)\b/iu;

function renewal(sentence: string): SentenceFact[] {
  if (OTHER_AGREEMENT.test(sentence)) return [];
  const facts: SentenceFact[] = [];
  const notTacit = NOT_TACIT.map((re) => re.exec(sentence)).find((m) => m) ?? (/verleng/iu.test(sentence) ? null : ENDS_BY_LAW.exec(sentence));
  const tacit = notTacit ? null : TACIT.exec(sentence);
  if (notTacit) facts.push({ field: 'tacitRenewal', value: false, at: notTacit.index });
  else if (tacit && !/onbepaalde\s+tijd/iu.test(sentence)) facts.push({ field: 'tacitRenewal', value: true, at: tacit.index });
  if (/verleng/iu.test(sentence)) {
    const m =
      /\b(?:ten hoogste|maximaal|hoogstens|hooguit|niet meer dan|niet vaker dan|maximum van|na)\s+(\d{1,2}|[a-zëé]+)\s+(?:maal|keer|keren|verlengingen)\b/iu.exec(sentence) ??
      /\b(een|twee|drie|vier|vijf)maal\b/iu.exec(sentence);
    const once = m ? null : /\beenmalig\b/iu.exec(sentence);
    const count = m ? (/^\d+$/.test(m[1]!) ? Number(m[1]) : numberOfWord(m[1]!)) : once ? 1 : null;
    if (count !== null && count >= 1 && count <= 100) facts.push({ field: 'maxRenewals', value: count, at: (m ?? once)!.index });
  }
  return facts;
}

function review(sentence: string, dates: ReturnType<typeof withTail>[]): SentenceFact[] {
  const word = REVIEW_WORD.exec(sentence);
  if (!word) return [];
  const near = (index: number, end: number) => {
    const between = index < word.index ? sentence.slice(end, word.index) : sentence.slice(word.index + word[0].length, index);
    return between.length <= 40 && !/[,;:]/.test(between);
  };
  const facts: SentenceFact[] = [];
  for (const d of dates) {
    if (/\b(?:vóór|voor|uiterlijk|op|in|per)\s+$/iu.test(d.tail) && near(d.index, d.end)) facts.push({ field: 'reviewDate', value: d.value, at: d.index });
  }
  const YEAR = /\b(?:in|vóór|voor)\s+(\d{4})\b/giu;
  for (let m = YEAR.exec(sentence); m; m = YEAR.exec(sentence)) {
    const index = m.index + m[0].length - 4;
    if (Number(m[1]) >= 1900 && Number(m[1]) <= 2200 && !dates.some((d) => d.index <= index && index < d.end) && near(index, index + 4)) {
      facts.push({ field: 'reviewDate', value: m[1]!, at: index });
    }
  }
  return facts;
}

function signed(dates: ReturnType<typeof withTail>[]): SentenceFact[] {
  return dates.filter((d) => d.value.length === 10 && SIGNED_TAIL.test(d.tail)).map((d) => ({ field: 'signedDate', value: d.value, at: d.index }) as SentenceFact);
}

/**
 * The facts one sentence states. Deliberately narrow: a sentence with a blank
 * to fill in, a preamble about the circumstances, or a date of another
 * agreement states nothing here.
 */
export function factsOfSentence(sentence: string, isPreamble: boolean): SentenceFact[] {
  if (PLACEHOLDER.test(sentence)) return [];
  const dates = findDates(sentence).map((d) => withTail(sentence, d));
  if (isPreamble) return signed(dates);
  return [...startAndEnd(sentence, dates), ...terms(sentence), ...renewal(sentence), ...review(sentence, dates), ...signed(dates)];
}
