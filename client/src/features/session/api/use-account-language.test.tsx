import { render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { I18nProvider } from '../../../lib/i18n/i18n-provider.tsx';
import { useLanguage } from '../../../lib/i18n/use-t.ts';
import type { SessionState } from './get-session.ts';
import { useAccountLanguage } from './use-account-language.ts';

const session = (locale: 'nl' | 'en' | null) =>
  ({ kind: 'signed-in', user: { id: 1, email: 'a@b.nl', name: null, role: 'viewer', permissions: null, locale } }) as unknown as SessionState;

function Probe({ s }: { s: SessionState }) {
  useAccountLanguage(s);
  return <p>{useLanguage().lang}</p>;
}

afterEach(() => window.localStorage.clear());

describe('the account language', () => {
  it('applies on a browser without its own choice', async () => {
    render(
      <I18nProvider>
        <Probe s={session('en')} />
      </I18nProvider>,
    );
    expect(await screen.findByText('en')).toBeTruthy();
  });

  it("leaves this browser's own choice alone", () => {
    window.localStorage.setItem('akkoord.lang', 'nl');
    render(
      <I18nProvider>
        <Probe s={session('en')} />
      </I18nProvider>,
    );
    expect(screen.getByText('nl')).toBeTruthy();
  });
});
