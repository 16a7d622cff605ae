import { useMemo } from 'react';
import type { PartialDate } from '@akkoord/shared/dates/partial-date';
import type { Period } from '@akkoord/shared/schemas/agreement';
import { useLanguage, useT } from '../i18n/use-t.ts';
import { formatDateTime, formatPartialDate, formatPartialDateShort } from './dates.ts';
import { formatEuros, formatNumber } from './numbers.ts';

/** Formatters bound to the interface language; unknown values read "onbekend" / "unknown". */
export function useFormat() {
  const { lang } = useLanguage();
  const t = useT();
  return useMemo(() => {
    const unknown = t('common.unknown');
    return {
      lang,
      date: (v: PartialDate | null | undefined) => formatPartialDate(v, lang) ?? unknown,
      dateShort: (v: PartialDate | null | undefined) => formatPartialDateShort(v, lang) ?? unknown,
      dateTime: (v: string) => formatDateTime(v, lang),
      euros: (cents: number | null | undefined) => formatEuros(cents, lang) ?? unknown,
      number: (v: number | null | undefined, digits?: number) => formatNumber(v, lang, digits) ?? unknown,
      period: (p: Period | null | undefined) => (p ? t(`period.${p.unit}`, { count: p.value }) : unknown),
      unknown,
    };
  }, [lang, t]);
}
export type Formatters = ReturnType<typeof useFormat>;
