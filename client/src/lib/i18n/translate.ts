import { nl, type MessageKey } from './nl.ts';
import type { Dictionary } from './dictionary.ts';
import { loadedDictionary } from './load-dictionary.ts';
import type { Language, Message, ParamsOf } from './types.ts';

export const NUMBER_LOCALE: Record<Language, string> = { nl: 'nl-NL', en: 'en-GB' };

export type Translate = <K extends MessageKey>(key: K, ...params: ParamsOf<(typeof nl)[K]>) => string;

/** Builds the translate function for one language (numbers are formatted for it); its dictionary must be loaded. */
export function createTranslate(lang: Language, dictionary?: Dictionary): Translate {
  const dict = dictionary ?? loadedDictionary(lang);
  if (!dict) throw new Error(`The ${lang} dictionary is not loaded yet: await loadDictionary('${lang}') first`);
  const format = numberFormatter(lang);
  return ((key: MessageKey, params?: Record<string, string | number>) => {
    const message: Message = dict[key] ?? nl[key];
    let text: string;
    if (typeof message === 'string') text = message;
    else text = pluralIsOne(Number(params?.count ?? 0)) ? message.one : message.other;
    if (!params) return text;
    return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
      const value = params[name];
      if (value === undefined) return whole;
      return typeof value === 'number' ? format(value) : value;
    });
  }) as Translate;
}

// Plural choice and whole numbers without Intl: the first Intl.PluralRules / NumberFormat of a page loads the
// browser's locale data, some 30–60 ms of main thread on every first load, for what Dutch and English decide simply.
// translate.test.ts checks both against Intl.

/** CLDR's plural rule of Dutch and English alike: "one" for 1 and -1 (whole), "other" for everything else. */
export function pluralIsOne(count: number): boolean {
  return Math.abs(count) === 1;
}

const GROUP: Record<Language, string> = { nl: '.', en: ',' };

/** Formats a number for the language: whole numbers by hand (digit groups of three), anything else with Intl. */
export function numberFormatter(lang: Language): (value: number) => string {
  let intl: Intl.NumberFormat | undefined;
  return (value) => {
    if (!Number.isSafeInteger(value) || Object.is(value, -0)) return (intl ??= new Intl.NumberFormat(NUMBER_LOCALE[lang])).format(value);
    const digits = String(Math.abs(value)).replace(/\B(?=(\d{3})+$)/g, GROUP[lang]);
    return value < 0 ? `-${digits}` : digits;
  };
}
