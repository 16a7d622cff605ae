import type { ButtonHTMLAttributes, Ref } from 'react';
import { cx } from './cx.ts';

export type ButtonAppearance = 'primary' | 'secondary' | 'subtle';

export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  appearance?: ButtonAppearance;
  /** Shows the busy state and blocks a second press. */
  busy?: boolean;
  danger?: boolean;
  ref?: Ref<HTMLButtonElement>;
}

/** NL Design System button (utrecht-button). */
export function Button({ appearance = 'secondary', busy, danger, className, type = 'button', disabled, ...rest }: ButtonProps) {
  return (
    <button
      type={type}
      className={cx(
        'utrecht-button',
        appearance === 'subtle' ? 'utrecht-button--subtle' : `utrecht-button--${appearance}-action`,
        busy && 'utrecht-button--busy',
        danger && 'utrecht-button--danger',
        disabled && 'utrecht-button--disabled',
        type === 'submit' && 'utrecht-button--submit',
        className,
      )}
      aria-busy={busy || undefined}
      disabled={disabled || busy}
      {...rest}
    />
  );
}
