import { NUMBER_LOCALE, numberFormatter } from '../i18n/translate.ts';
import type { Language } from '../i18n/types.ts';

// One Intl.NumberFormat per language and options, made on first use: constructing one is costly, and the first in a
// page loads the browser's locale data (some 50–100 ms of main thread on a first load). Whole numbers, which the
// dashboard's counts are, need no Intl at all (numberFormatter, checked against Intl in dictionaries.test.ts).
const formatters = new Map<string, Intl.NumberFormat>();
function intl(lang: Language, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${lang}:${JSON.stringify(options)}`;
  let formatter = formatters.get(key);
  if (!formatter) formatters.set(key, (formatter = new Intl.NumberFormat(NUMBER_LOCALE[lang], options)));
  return formatter;
}
const wholeNumbers = { nl: numberFormatter('nl'), en: numberFormatter('en') } satisfies Record<Language, (value: number) => string>;

/** Euros from whole cents: "€ 202.000" (cents shown only when there are any). */
export function formatEuros(cents: number | null | undefined, lang: Language): string | null {
  if (cents === null || cents === undefined) return null;
  const whole = cents % 100 === 0;
  return intl(lang, { style: 'currency', currency: 'EUR', minimumFractionDigits: whole ? 0 : 2, maximumFractionDigits: 2 }).format(cents / 100);
}

/** A plain number in the interface language ("1,33" / "1.33"). */
export function formatNumber(value: number | null | undefined, lang: Language, maxFractionDigits = 2): string | null {
  if (value === null || value === undefined) return null;
  if (Number.isSafeInteger(value) && !Object.is(value, -0)) return wholeNumbers[lang](value);
  return intl(lang, { maximumFractionDigits: maxFractionDigits }).format(value);
}
