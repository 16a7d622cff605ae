import type { Dictionary } from './dictionary.ts';
import { nl } from './nl.ts';
import type { Language } from './types.ts';

/**
 * Dutch, the default, is part of the first bundle; other languages are separate chunks fetched when a user switches to
 * them (or the browser or account chose one before), so most first loads carry one dictionary, not two.
 */
const loaders: Record<Exclude<Language, 'nl'>, () => Promise<Dictionary>> = {
  en: () => import('./en.ts').then((m) => m.en),
};

const loaded: Partial<Record<Language, Dictionary>> = { nl };
const loading = new Map<Language, Promise<Dictionary>>();

/** The dictionary of a language when it has been loaded (Dutch always has), otherwise undefined. */
export function loadedDictionary(lang: Language): Dictionary | undefined {
  return loaded[lang];
}

/** Loads a language's dictionary once (later calls share the first fetch; a failed fetch may be tried again). */
export function loadDictionary(lang: Language): Promise<Dictionary> {
  const ready = loaded[lang];
  if (ready) return Promise.resolve(ready);
  const pending = loading.get(lang);
  if (pending) return pending;
  const fetched = loaders[lang as Exclude<Language, 'nl'>]()
    .then((dictionary) => {
      loaded[lang] = dictionary;
      return dictionary;
    })
    .finally(() => loading.delete(lang));
  loading.set(lang, fetched);
  return fetched;
}
