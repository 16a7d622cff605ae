import { useEffect } from 'react';
import { hasStoredLanguage } from '../../../lib/i18n/i18n-provider.tsx';
import { useLanguage } from '../../../lib/i18n/use-t.ts';
import type { SessionState } from './get-session.ts';

/**
 * On a browser without a language choice of its own, use the language saved
 * on the account (so a new device opens in the user's language).
 */
export function useAccountLanguage(session: SessionState | undefined): void {
  const { lang, setLang } = useLanguage();
  const locale = session?.kind === 'signed-in' ? session.user.locale : null;
  useEffect(() => {
    if (locale && locale !== lang && !hasStoredLanguage()) setLang(locale);
  }, [locale, lang, setLang]);
}
