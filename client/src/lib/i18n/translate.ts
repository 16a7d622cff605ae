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
  const plural = new Intl.PluralRules(NUMBER_LOCALE[lang]);
  const number = new Intl.NumberFormat(NUMBER_LOCALE[lang]);
  return ((key: MessageKey, params?: Record<string, string | number>) => {
    const message: Message = dict[key] ?? nl[key];
    let text: string;
    if (typeof message === 'string') text = message;
    else {
      const count = Number(params?.count ?? 0);
      text = plural.select(count) === 'one' ? message.one : message.other;
    }
    if (!params) return text;
    return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
      const value = params[name];
      if (value === undefined) return whole;
      return typeof value === 'number' ? number.format(value) : value;
    });
  }) as Translate;
}
