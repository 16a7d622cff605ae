import { NUMBER_LOCALE } from '../i18n/translate.ts';
import type { Language } from '../i18n/types.ts';

/** Euros from whole cents: "€ 202.000" (cents shown only when there are any). */
export function formatEuros(cents: number | null | undefined, lang: Language): string | null {
  if (cents === null || cents === undefined) return null;
  const whole = cents % 100 === 0;
  return new Intl.NumberFormat(NUMBER_LOCALE[lang], {
    style: 'currency',
    currency: 'EUR',
    minimumFractionDigits: whole ? 0 : 2,
    maximumFractionDigits: 2,
  }).format(cents / 100);
}

/** A plain number in the interface language ("1,33" / "1.33"). */
export function formatNumber(value: number | null | undefined, lang: Language, maxFractionDigits = 2): string | null {
  if (value === null || value === undefined) return null;
  return new Intl.NumberFormat(NUMBER_LOCALE[lang], { maximumFractionDigits: maxFractionDigits }).format(value);
}
