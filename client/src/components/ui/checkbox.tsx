import type { InputHTMLAttributes } from 'react';
import { cx } from './cx.ts';
import { useFieldContext } from './form-field.tsx';

/** A native checkbox (utrecht-checkbox), wired to its FormField (use FormField checkbox). */
export function Checkbox({ className, id, ...rest }: Omit<InputHTMLAttributes<HTMLInputElement>, 'type'>) {
  const field = useFieldContext();
  return (
    <input
      type="checkbox"
      id={id ?? field?.id}
      className={cx('utrecht-checkbox', 'utrecht-checkbox--html-input', 'utrecht-checkbox--custom', className)}
      aria-describedby={rest['aria-describedby'] ?? field?.describedBy}
      {...rest}
    />
  );
}
