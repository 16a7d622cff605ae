import { use } from 'react';
import { I18nContext, type I18nValue } from './i18n-provider.tsx';
import type { Translate } from './translate.ts';

function useI18n(): I18nValue {
  const value = use(I18nContext);
  if (!value) throw new Error('useT() needs <I18nProvider> above it');
  return value;
}

/** The translate function of the current language. */
export function useT(): Translate {
  return useI18n().t;
}

/** The current language, its setter, and a language still being fetched after a switch (the language switch). */
export function useLanguage(): Pick<I18nValue, 'lang' | 'setLang' | 'switching'> {
  const { lang, setLang, switching } = useI18n();
  return { lang, setLang, switching };
}
