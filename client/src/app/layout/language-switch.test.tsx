import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { I18nProvider } from '../../lib/i18n/i18n-provider.tsx';
import { useT } from '../../lib/i18n/use-t.ts';
import { LanguageSwitch } from './language-switch.tsx';

function Title() {
  const t = useT();
  return <h1>{t('register.title')}</h1>;
}

afterEach(() => {
  cleanup();
  window.localStorage.clear();
});

describe('language switch', () => {
  it('starts in Dutch, switches to English, and remembers it', () => {
    render(
      <I18nProvider>
        <LanguageSwitch />
        <Title />
      </I18nProvider>,
    );
    expect(screen.getByRole('heading').textContent).toBe('Register van overeenkomsten');
    expect(document.documentElement.lang).toBe('nl');
    fireEvent.click(screen.getByRole('button', { name: 'English' }));
    expect(screen.getByRole('heading').textContent).toBe('Register of agreements');
    expect(document.documentElement.lang).toBe('en');
    expect(window.localStorage.getItem('akkoord.lang')).toBe('en');
    expect(screen.getByRole('button', { name: 'English' }).getAttribute('aria-pressed')).toBe('true');
  });
});
