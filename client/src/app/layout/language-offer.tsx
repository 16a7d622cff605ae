import { useState } from 'react';
import { hasStoredLanguage } from '../../lib/i18n/i18n-provider.tsx';
import { useLanguage, useT } from '../../lib/i18n/use-t.ts';
import { Alert } from '../../components/ui/alert.tsx';
import { Button } from '../../components/ui/button.tsx';
import { Paragraph } from '../../components/ui/heading.tsx';
import type { SessionState } from '../../features/session/api/get-session.ts';
import { useUpdateProfile } from '../../features/session/api/update-profile.ts';

/**
 * After a signed-in user switches the interface language (NL/EN), offers to
 * save it to their account, which also sets the language of their e-mails
 * (reminder digests). Nothing is saved without that consent; "Nee" hides the
 * offer for this language in this browser session.
 */
export function LanguageOffer({ session }: { session: SessionState | undefined }) {
  const t = useT();
  const { lang } = useLanguage();
  const update = useUpdateProfile();
  const [declined, setDeclined] = useState<string | null>(() => readDeclined());
  const locale = session?.kind === 'signed-in' ? session.user.locale : null;
  if (!locale || locale === lang || !hasStoredLanguage() || declined === lang) return null;
  const decline = () => {
    try {
      window.sessionStorage.setItem(DECLINED_KEY, lang);
    } catch {
      /* private mode: only this page view */
    }
    setDeclined(lang);
  };
  return (
    <div role="status" className="app-language-offer">
      <Alert type="info" title={t('languageOffer.title')}>
        <Paragraph>{t('languageOffer.text')}</Paragraph>
        {update.isError ? <Paragraph>{t('languageOffer.failed')}</Paragraph> : null}
        <div className="app-button-group">
          <Button appearance="primary" busy={update.isPending} onClick={() => update.mutate({ locale: lang })}>
            {t('languageOffer.save')}
          </Button>
          <Button onClick={decline}>{t('languageOffer.decline')}</Button>
        </div>
      </Alert>
    </div>
  );
}

const DECLINED_KEY = 'akkoord.languageOffer.declined';
function readDeclined(): string | null {
  try {
    return window.sessionStorage.getItem(DECLINED_KEY);
  } catch {
    return null;
  }
}
