import { useState } from 'react';
import { serverFieldErrors } from './form-errors.ts';
import { useT } from './i18n/use-t.ts';

export interface FormValuesOptions<V> {
  /** Where a field's message is filed when the schema names it differently (`scope` → `collaborationScope`). */
  errorKeys?: Partial<Record<keyof V, string>>;
}

/**
 * A form's values with the client's own field messages and the "no changes"
 * note: editing a field clears its message and the note.
 */
export function useFormValues<V extends object>(initial: () => V, { errorKeys }: FormValuesOptions<V> = {}) {
  const t = useT();
  const [values, setValues] = useState<V>(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [noChanges, setNoChanges] = useState(false);

  const set = <K extends keyof V>(key: K, value: V[K]) => {
    setValues((old) => ({ ...old, [key]: value }));
    setNoChanges(false);
    const errorKey = errorKeys?.[key] ?? String(key);
    if (errors[errorKey]) setErrors((old) => ({ ...old, [errorKey]: '' }));
  };

  /** The message to show per field: the client's own, else what the server sent with `failure`. */
  const fieldErrors = (failure: unknown): Record<string, string> => ({
    ...serverFieldErrors(failure, t),
    ...Object.fromEntries(Object.entries(errors).filter(([, message]) => message)),
  });

  return { values, set, setErrors, noChanges, setNoChanges, fieldErrors };
}
