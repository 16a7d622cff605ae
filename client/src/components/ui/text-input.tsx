import type { InputHTMLAttributes, Ref, TextareaHTMLAttributes } from 'react';
import { cx } from './cx.ts';
import { useFieldContext } from './form-field.tsx';

export interface TextInputProps extends InputHTMLAttributes<HTMLInputElement> {
  invalid?: boolean;
  ref?: Ref<HTMLInputElement>;
}

/** A single-line text box (utrecht-textbox), wired to its FormField. */
export function TextInput({ className, invalid, id, type = 'text', ...rest }: TextInputProps) {
  const field = useFieldContext();
  const isInvalid = invalid ?? field?.invalid ?? false;
  return (
    <input
      id={id ?? field?.id}
      type={type}
      className={cx('utrecht-textbox', 'utrecht-textbox--html-input', isInvalid && 'utrecht-textbox--invalid', className)}
      aria-invalid={isInvalid || undefined}
      aria-describedby={rest['aria-describedby'] ?? field?.describedBy}
      required={rest.required ?? (field?.required || undefined)}
      {...rest}
    />
  );
}

export interface TextAreaProps extends TextareaHTMLAttributes<HTMLTextAreaElement> {
  invalid?: boolean;
}

/** A multi-line text box (utrecht-textarea), wired to its FormField. */
export function TextArea({ className, invalid, id, ...rest }: TextAreaProps) {
  const field = useFieldContext();
  const isInvalid = invalid ?? field?.invalid ?? false;
  return (
    <textarea
      id={id ?? field?.id}
      className={cx('utrecht-textarea', 'utrecht-textarea--html-textarea', isInvalid && 'utrecht-textarea--invalid', className)}
      aria-invalid={isInvalid || undefined}
      aria-describedby={rest['aria-describedby'] ?? field?.describedBy}
      {...rest}
    />
  );
}
