import { createContext, use, type ReactNode } from 'react';
import { cx } from './cx.ts';

interface FieldContextValue {
  id: string;
  describedBy: string | undefined;
  invalid: boolean;
  required: boolean;
}
const FieldContext = createContext<FieldContextValue | null>(null);

/** The id, description and error wiring of the surrounding FormField, if any. */
export function useFieldContext(): FieldContextValue | null {
  return use(FieldContext);
}

export interface FormFieldProps {
  id: string;
  label: ReactNode;
  description?: ReactNode;
  error?: ReactNode;
  required?: boolean;
  /** Marks the label with "(verplicht)"/"(optioneel)". */
  requiredText?: ReactNode;
  checkbox?: boolean;
  className?: string;
  children: ReactNode;
}

/**
 * Label, description, error message and input in the utrecht-form-field
 * layout. The input inside gets the id and aria-describedby automatically.
 */
export function FormField({ id, label, description, error, required = false, requiredText, checkbox, className, children }: FormFieldProps) {
  const descriptionId = description ? `${id}-description` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [errorId, descriptionId].filter(Boolean).join(' ') || undefined;
  const labelNode = (
    <label className={cx('utrecht-form-label', checkbox && 'utrecht-form-label--checkbox')} htmlFor={id}>
      {label}
      {requiredText ? <span className="app-form-label__hint"> {requiredText}</span> : null}
    </label>
  );
  return (
    <FieldContext value={{ id, describedBy, invalid: Boolean(error), required }}>
      <div
        className={cx('utrecht-form-field', 'utrecht-form-field--distanced', checkbox && 'utrecht-form-field--checkbox', error ? 'utrecht-form-field--invalid' : null, className)}
      >
        {checkbox ? (
          <>
            <div className="utrecht-form-field__input">{children}</div>
            <div className="utrecht-form-field__label">{labelNode}</div>
          </>
        ) : (
          <div className="utrecht-form-field__label">{labelNode}</div>
        )}
        {description ? (
          <div className="utrecht-form-field__description utrecht-form-field-description" id={descriptionId}>
            {description}
          </div>
        ) : null}
        {error ? (
          <div className="utrecht-form-field__error-message utrecht-form-field-error-message" id={errorId}>
            {error}
          </div>
        ) : null}
        {checkbox ? null : <div className="utrecht-form-field__input">{children}</div>}
      </div>
    </FieldContext>
  );
}
