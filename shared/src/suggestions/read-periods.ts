import type { PeriodUnit } from '../domain/enums.ts';
import type { Period } from '../schemas/agreement.ts';
import { NUMBER_PHRASE, readNumberPhrase } from './number-words.ts';

/** What a stretch of time in a sentence is about, judged by the words right before (or after) it. */
export type PeriodRole = 'initial_term' | 'renewal' | 'notice' | 'other';

export interface FoundPeriod {
  period: Period;
  role: PeriodRole;
  index: number;
}

const UNIT_WORDS: Record<string, PeriodUnit> = {
  dag: 'day',
  dagen: 'day',
  week: 'week',
  weken: 'week',
  maand: 'month',
  maanden: 'month',
  kalendermaand: 'month',
  kalendermaanden: 'month',
  jaar: 'year',
  jaren: 'year',
  kalenderjaar: 'year',
  kalenderjaren: 'year',
};
const PERIOD_RE = new RegExp(String.raw`(?<![\p{L}\d])${NUMBER_PHRASE}\s+(${Object.keys(UNIT_WORDS).join('|')})(?![\p{L}])`, 'giu');

const FILLER = String.raw`(?:\s+(?:stilzwijgend|automatisch|telkens|steeds|met|voor|een|de|periode|periodes|perioden|termijn|duur|looptijd|van|opvolgende|aansluitende|nieuwe|zich|iedere?|elke?|worden|wordt|daarna|vervolgens|maximaal|ten|hoogste))*`;
const RENEWAL_TAIL = new RegExp(String.raw`\b(?:verlengd|verlengen|verlengt|verlenging|voortgezet)${FILLER}\s+$`, 'iu');
const ATLEAST = String.raw`(?:\s+(?:ten minste|tenminste|minimaal|minstens))?`;
const NOTICE_TAIL = new RegExp(
  String.raw`\b(?:opzegtermijn|opzeggingstermijn)(?:\s+(?:van|bedraagt|is|:))?${ATLEAST}\s*:?\s+$|\binachtneming\s+van\s+een\s+(?:opzeg|opzeggings)?termijn\s+van${ATLEAST}\s+$`,
  'iu',
);
const PLAIN_NOTICE_TAIL = new RegExp(String.raw`\bmet\s+een\s+termijn\s+van${ATLEAST}\s+$`, 'iu');
const BEFORE_END_TAIL = /\b(?:uiterlijk|ten minste|tenminste|minimaal|minstens)\s+$/iu;
const BEFORE_END_HEAD = /^\s+(?:voor|vóór|voorafgaand aan)\s+(?:het einde|het verstrijken|de afloop|afloop|de einddatum|het aflopen|de datum van beëindiging)/iu;
const INITIAL_TAIL = new RegExp(
  String.raw`\b(?:aangegaan|gesloten|afgesloten|geldt|geldig|loopt|duurt)(?:\s+\S+){0,2}?\s+voor(?:\s+(?:een|de)\s+(?:periode|duur|termijn|looptijd)\s+van)?\s+$|\blooptijd(?:\s+van\s+(?:de|het|deze|dit)\s+\S+)?(?:\s+van|\s+bedraagt|\s+is|\s*:)\s+$`,
  'iu',
);
const LOOPTIJD_BEDRAAGT = { tail: /\blooptijd\s+$/iu, head: /^\s+bedraagt\b/iu };
const MENTIONS_NOTICE = /opzeg|opgezegd|beëindig/iu;

/** Every stretch of time in a sentence ("drie jaar", "3 (drie) maanden", "een kalenderjaar") and its role. */
export function findPeriods(sentence: string): FoundPeriod[] {
  const found: FoundPeriod[] = [];
  PERIOD_RE.lastIndex = 0;
  for (let m = PERIOD_RE.exec(sentence); m; m = PERIOD_RE.exec(sentence)) {
    const value = readNumberPhrase(m[1]!, m[2]);
    if (value === null || value < 1 || value > 1200) continue;
    const unit = UNIT_WORDS[m[3]!.toLowerCase()]!;
    const tail = sentence.slice(Math.max(0, m.index - 100), m.index);
    const head = sentence.slice(m.index + m[0].length);
    found.push({ period: { value, unit }, role: roleOf(sentence, tail, head), index: m.index });
  }
  return found;
}

function roleOf(sentence: string, tail: string, head: string): PeriodRole {
  if (NOTICE_TAIL.test(tail)) return 'notice';
  if (MENTIONS_NOTICE.test(sentence) && (PLAIN_NOTICE_TAIL.test(tail) || (BEFORE_END_TAIL.test(tail) && BEFORE_END_HEAD.test(head)))) return 'notice';
  if (RENEWAL_TAIL.test(tail)) return 'renewal';
  if (INITIAL_TAIL.test(tail) || (LOOPTIJD_BEDRAAGT.tail.test(tail) && LOOPTIJD_BEDRAAGT.head.test(head))) return 'initial_term';
  return 'other';
}

/** A term in whole months (years × 12), or null for days and weeks. */
export function monthsOf(period: Period): number | null {
  if (period.unit === 'month') return period.value;
  if (period.unit === 'year') return period.value * 12;
  return null;
}
