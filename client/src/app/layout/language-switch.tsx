import { LANGUAGES, type Language } from '../../lib/i18n/types.ts';
import { useLanguage, useT } from '../../lib/i18n/use-t.ts';
import { cx } from '../../components/ui/cx.ts';

const NAMES: Record<Language, { label: 'lang.nl' | 'lang.en'; short: string }> = {
  nl: { label: 'lang.nl', short: 'NL' },
  en: { label: 'lang.en', short: 'EN' },
};

/**
 * Two buttons, each naming its language in that language (WCAG 3.1.2: lang on each). A language that is not loaded
 * yet is fetched on the click: its button is busy and a status line says so (or that it failed) until it arrives.
 */
export function LanguageSwitch() {
  const { lang, setLang, switching } = useLanguage();
  const t = useT();
  return (
    <div className="app-lang-switch" role="group" aria-label={t('lang.label')} aria-busy={switching !== null && !switching.failed}>
      {LANGUAGES.map((code) => (
        <button
          key={code}
          type="button"
          lang={code}
          className={cx('utrecht-button', 'utrecht-button--subtle', 'app-lang-switch__button', code === lang && 'app-lang-switch__button--current')}
          aria-pressed={code === lang}
          aria-disabled={switching?.lang === code && !switching.failed ? true : undefined}
          onClick={() => setLang(code)}
        >
          <span aria-hidden="true">{NAMES[code].short}</span>
          <span className="app-visually-hidden">{t(NAMES[code].label)}</span>
        </button>
      ))}
      <span className="app-lang-switch__status" role="status">
        {switching ? t(switching.failed ? 'lang.loadFailed' : 'lang.loading', { language: t(NAMES[switching.lang].label) }) : null}
      </span>
    </div>
  );
}
