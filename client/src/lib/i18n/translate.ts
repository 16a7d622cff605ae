import { nl, type MessageKey } from './nl.ts';
import { en } from './en.ts';
import type { Dictionary } from './dictionary.ts';
import type { Language, Message, ParamsOf } from './types.ts';

const dictionaries: Record<Language, Dictionary> = { nl, en };

export const NUMBER_LOCALE: Record<Language, string> = { nl: 'nl-NL', en: 'en-GB' };

export type Translate = <K extends MessageKey>(key: K, ...params: ParamsOf<(typeof nl)[K]>) => string;

/** Builds the translate function for one language (numbers are formatted for it). */
export function createTranslate(lang: Language): Translate {
  const dict = dictionaries[lang];
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
