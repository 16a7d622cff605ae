import { createContext, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { loadDictionary, loadedDictionary } from './load-dictionary.ts';
import { createTranslate, type Translate } from './translate.ts';
import { isLanguage, type Language } from './types.ts';

const STORAGE_KEY = 'akkoord.lang';

export interface I18nValue {
  lang: Language;
  setLang: (lang: Language) => void;
  t: Translate;
  /** A language being fetched after a switch (its texts show once it has arrived), or one whose fetch failed. */
  switching: { lang: Language; failed: boolean } | null;
}

export const I18nContext = createContext<I18nValue | null>(null);

/** The language this browser chose before (Dutch without a choice). */
export function readStoredLanguage(): Language {
  try {
    const stored = window.localStorage.getItem(STORAGE_KEY);
    return isLanguage(stored) ? stored : 'nl';
  } catch {
    // Storage may be blocked (privacy settings); Dutch is the default.
    return 'nl';
  }
}

/** True when this browser has a language choice of its own (it wins over the account's). */
export function hasStoredLanguage(): boolean {
  try {
    return isLanguage(window.localStorage.getItem(STORAGE_KEY));
  } catch {
    return false;
  }
}

/**
 * Holds the interface language, persists it, and keeps `<html lang>` in step. A language whose dictionary is not
 * loaded yet is fetched first (`switching` meanwhile); the page stays in the current language until it has arrived.
 */
export function I18nProvider({ children, initial }: { children: ReactNode; initial?: Language }) {
  const [wanted] = useState<Language>(() => initial ?? readStoredLanguage());
  const [lang, setLangState] = useState<Language>(() => (loadedDictionary(wanted) ? wanted : 'nl'));
  const [switching, setSwitching] = useState<I18nValue['switching']>(null);
  // The latest choice wins when an earlier fetch arrives after it.
  const latest = useRef<Language>(wanted);

  // In the same commit as the texts (a layout effect, not a passive one): the page never reads English under lang="nl".
  useLayoutEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  const show = useCallback((next: Language, persist: boolean) => {
    latest.current = next;
    const apply = () => {
      if (latest.current !== next) return;
      setLangState(next);
      setSwitching(null);
      if (!persist) return;
      try {
        window.localStorage.setItem(STORAGE_KEY, next);
      } catch {
        // Not persisted; the choice still holds for this visit.
      }
    };
    if (loadedDictionary(next)) return apply();
    setSwitching({ lang: next, failed: false });
    loadDictionary(next).then(apply, () => {
      if (latest.current === next) setSwitching({ lang: next, failed: true });
    });
  }, []);

  // A first language that was not loaded before the first render (main.tsx normally loads it first).
  useEffect(() => {
    if (wanted !== 'nl' && !loadedDictionary(wanted)) show(wanted, false);
  }, [wanted, show]);

  const setLang = useCallback((next: Language) => show(next, true), [show]);

  const value = useMemo<I18nValue>(() => ({ lang, setLang, t: createTranslate(lang), switching }), [lang, setLang, switching]);
  return <I18nContext value={value}>{children}</I18nContext>;
}
