import { createContext, useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { createTranslate, type Translate } from './translate.ts';
import { isLanguage, type Language } from './types.ts';

const STORAGE_KEY = 'akkoord.lang';

export interface I18nValue {
  lang: Language;
  setLang: (lang: Language) => void;
  t: Translate;
}

export const I18nContext = createContext<I18nValue | null>(null);

function readStoredLanguage(): Language {
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

/** Holds the interface language, persists it, and keeps `<html lang>` in step. */
export function I18nProvider({ children, initial }: { children: ReactNode; initial?: Language }) {
  const [lang, setLangState] = useState<Language>(() => initial ?? readStoredLanguage());

  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  const setLang = useCallback((next: Language) => {
    setLangState(next);
    try {
      window.localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // Not persisted; the choice still holds for this visit.
    }
  }, []);

  const value = useMemo<I18nValue>(() => ({ lang, setLang, t: createTranslate(lang) }), [lang, setLang]);
  return <I18nContext value={value}>{children}</I18nContext>;
}
