import type { ReactNode, Ref, SelectHTMLAttributes } from 'react';
import { cx } from './cx.ts';
import { useFieldContext } from './form-field.tsx';

export interface SelectOption {
  value: string;
  label: ReactNode;
}

export interface SelectProps extends SelectHTMLAttributes<HTMLSelectElement> {
  options: readonly SelectOption[];
  /** First option with an empty value ("— kies —", "Alle", "onbekend"). */
  placeholder?: string;
  invalid?: boolean;
  ref?: Ref<HTMLSelectElement>;
}

/** A native select (utrecht-select), wired to its FormField. */
export function Select({ options, placeholder, className, invalid, id, ...rest }: SelectProps) {
  const field = useFieldContext();
  const isInvalid = invalid ?? field?.invalid ?? false;
  return (
    <select
      id={id ?? field?.id}
      className={cx('utrecht-select', 'utrecht-select--html-select', isInvalid && 'utrecht-select--invalid', className)}
      aria-invalid={isInvalid || undefined}
      aria-describedby={rest['aria-describedby'] ?? field?.describedBy}
      {...rest}
    >
      {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
      {options.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </select>
  );
}
