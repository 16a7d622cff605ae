import { useEffect, useId, useRef, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { useT } from '../../../lib/i18n/use-t.ts';
import { Button } from '../../../components/ui/button.tsx';

/** Whether a key press belongs to a field the user is typing in (then `/` is just a slash). */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/**
 * The search box in the header: goes to the results page (`/search?q=…`).
 * Pressing `/` anywhere outside a text field puts the cursor in it.
 */
export function SearchBox() {
  const t = useT();
  const id = useId();
  const navigate = useNavigate();
  const location = useLocation();
  const input = useRef<HTMLInputElement>(null);
  const current = location.pathname === '/search' ? (new URLSearchParams(location.search).get('q') ?? '') : '';
  const [text, setText] = useState(current);
  useEffect(() => setText(current), [current]);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey || isTyping(e.target)) return;
      e.preventDefault();
      input.current?.focus();
      input.current?.select();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
  return (
    <form
      role="search"
      className="app-search-box"
      onSubmit={(e) => {
        e.preventDefault();
        const q = text.trim();
        if (!q) return input.current?.focus();
        const params = new URLSearchParams({ q });
        const kind = location.pathname === '/search' ? new URLSearchParams(location.search).get('kind') : null;
        if (kind) params.set('kind', kind);
        void navigate(`/search?${params.toString()}`);
      }}
    >
      <label htmlFor={id} className="app-visually-hidden">
        {t('search.label')}
      </label>
      <input
        ref={input}
        id={id}
        type="search"
        name="q"
        className="utrecht-textbox utrecht-textbox--html-input app-search-box__input"
        placeholder={t('search.placeholder')}
        aria-keyshortcuts="/"
        maxLength={200}
        autoComplete="off"
        value={text}
        onChange={(e) => setText(e.target.value)}
      />
      <Button type="submit" appearance="subtle" className="app-search-box__button">
        {t('search.submit')}
      </Button>
    </form>
  );
}
