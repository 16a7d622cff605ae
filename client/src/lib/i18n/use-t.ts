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

/** The current language and its setter (the language switch). */
export function useLanguage(): Pick<I18nValue, 'lang' | 'setLang'> {
  const { lang, setLang } = useI18n();
  return { lang, setLang };
}
