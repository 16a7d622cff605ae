import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { I18nProvider } from '../../lib/i18n/i18n-provider.tsx';
import { useT } from '../../lib/i18n/use-t.ts';
import { LanguageSwitch } from './language-switch.tsx';

const i18nDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../lib/i18n');

function Title() {
  const t = useT();
  return <h1>{t('register.title')}</h1>;
}

afterEach(() => {
  cleanup();
  window.localStorage.clear();
});

describe('language switch', () => {
  it('starts in Dutch, switches to English (fetched on the click, with a loading state), and remembers it', async () => {
    render(
      <I18nProvider>
        <LanguageSwitch />
        <Title />
      </I18nProvider>,
    );
    expect(screen.getByRole('heading').textContent).toBe('Register van overeenkomsten');
    expect(document.documentElement.lang).toBe('nl');
    fireEvent.click(screen.getByRole('button', { name: 'English' }));
    // The English texts are a chunk of their own: until it has arrived the page stays Dutch and says it is loading.
    expect(screen.getByRole('status').textContent).toBe('English wordt geladen…');
    expect(screen.getByRole('group', { name: 'Taal' }).getAttribute('aria-busy')).toBe('true');
    expect(screen.getByRole('heading').textContent).toBe('Register van overeenkomsten');
    expect(window.localStorage.getItem('akkoord.lang')).toBeNull();
    await waitFor(() => expect(screen.getByRole('heading').textContent).toBe('Register of agreements'));
    expect(screen.getByRole('status').textContent).toBe('');
    expect(screen.getByRole('group', { name: 'Language' }).getAttribute('aria-busy')).toBe('false');
    expect(document.documentElement.lang).toBe('en');
    expect(window.localStorage.getItem('akkoord.lang')).toBe('en');
    expect(screen.getByRole('button', { name: 'English' }).getAttribute('aria-pressed')).toBe('true');
  });

  it('switches back to Dutch at once: the Dutch texts are part of the first bundle', async () => {
    render(
      <I18nProvider>
        <LanguageSwitch />
        <Title />
      </I18nProvider>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'English' }));
    await waitFor(() => expect(screen.getByRole('heading').textContent).toBe('Register of agreements'));
    fireEvent.click(screen.getByRole('button', { name: 'Nederlands' }));
    expect(screen.getByRole('heading').textContent).toBe('Register van overeenkomsten');
    expect(window.localStorage.getItem('akkoord.lang')).toBe('nl');
  });

  it('keeps the Dutch dictionary in the first bundle and fetches English separately', () => {
    const sources = ['translate.ts', 'i18n-provider.tsx', 'use-t.ts', 'load-dictionary.ts'].map((f) => fs.readFileSync(path.join(i18nDir, f), 'utf8'));
    for (const source of sources) expect(source).not.toMatch(/^import[^;]*'\.\/en\.ts'/m);
    expect(sources[3]).toContain("import('./en.ts')");
  });
});
