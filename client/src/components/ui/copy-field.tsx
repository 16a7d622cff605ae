import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useT } from '../../lib/i18n/use-t.ts';
import { Button } from './button.tsx';
import { FormField } from './form-field.tsx';
import { TextInput } from './text-input.tsx';

/** Copies text to the clipboard; falls back to selecting it and the old copy command (http, older browsers). */
async function copyText(text: string, input: HTMLInputElement | null): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    if (!input) return false;
    input.select();
    return document.execCommand('copy');
  }
}

/**
 * A read-only value (a link, a generated password) with a copy button. The
 * outcome is announced politely and shown next to the button.
 */
export function CopyField({ id, label, value, description, monospace }: { id: string; label: ReactNode; value: string; description?: ReactNode; monospace?: boolean }) {
  const t = useT();
  const input = useRef<HTMLInputElement>(null);
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  useEffect(() => setState('idle'), [value]);
  return (
    <FormField id={id} label={label} description={description}>
      <div className="app-copy-field">
        <TextInput
          ref={input}
          readOnly
          value={value}
          className={monospace ? 'app-copy-field__input app-mono' : 'app-copy-field__input'}
          onFocus={(e) => e.currentTarget.select()}
          spellCheck={false}
        />
        <Button onClick={() => void copyText(value, input.current).then((ok) => setState(ok ? 'copied' : 'failed'))}>{t('copy.button')}</Button>
        <span className="app-copy-field__status" role="status" aria-live="polite">
          {state === 'copied' ? t('copy.done') : state === 'failed' ? t('copy.failed') : ''}
        </span>
      </div>
    </FormField>
  );
}
