import { useId } from 'react';
import { API_TOKEN_ACCESS, createApiTokenSchema, type ApiTokenAccess, type CreatedApiToken } from '@akkoord/shared/schemas/api-token';
import { latestApiTokenExpiry } from '@akkoord/shared/domain/api-token-expiry';
import { addDays, addMonths } from '@akkoord/shared/dates/calendar-day';
import { ApiError } from '../../../lib/api-client.ts';
import { fieldErrorsOf } from '../../../lib/form-errors.ts';
import { todayInAmsterdam } from '../../../lib/format/today.ts';
import { useT } from '../../../lib/i18n/use-t.ts';
import { useFormValues } from '../../../lib/use-form-values.ts';
import { FormDialog } from '../../../components/ui/form-dialog.tsx';
import { FormField } from '../../../components/ui/form-field.tsx';
import { Select } from '../../../components/ui/select.tsx';
import { TextInput } from '../../../components/ui/text-input.tsx';
import { useCreateToken } from '../api/create-token.ts';

interface Values {
  name: string;
  expiresOn: string;
  access: ApiTokenAccess;
}

/** Name, last day (tomorrow up to a year; three months by default) and read or write access. */
export function CreateTokenDialog({ onClose, onCreated }: { onClose: () => void; onCreated: (created: CreatedApiToken) => void }) {
  const t = useT();
  const id = useId();
  const create = useCreateToken();
  const today = todayInAmsterdam();
  const { values, set, setErrors, fieldErrors } = useFormValues<Values>(() => ({ name: '', expiresOn: addMonths(today, 3), access: 'read' }));
  const shown = fieldErrors(create.error);
  // The server's reason for a refused day, in the user's language.
  const dayCode = create.error instanceof ApiError ? create.error.problem?.errors?.find((e) => e.field === 'body.expiresOn')?.code : undefined;
  const dayError = values.expiresOn === '' ? shown.expiresOn : dayCode === 'beyond_one_year' || dayCode === 'not_after_today' ? t(`apiTokens.error.${dayCode}`) : shown.expiresOn;

  const submit = () => {
    create.reset();
    const result = createApiTokenSchema.safeParse(values);
    setErrors(fieldErrorsOf(result, t));
    if (result.success) create.mutate(result.data, { onSuccess: onCreated });
  };

  return (
    <FormDialog
      title={t('apiTokens.create.title')}
      submitLabel={t('apiTokens.create.submit')}
      busy={create.isPending}
      error={create.error}
      errorTitle={t('apiTokens.create.failed')}
      onSubmit={submit}
      onClose={onClose}
    >
      <FormField id={`${id}-name`} label={t('apiTokens.name')} description={t('apiTokens.name.hint')} requiredText={t('common.required')} error={shown.name}>
        <TextInput value={values.name} onChange={(e) => set('name', e.target.value)} autoComplete="off" required maxLength={100} />
      </FormField>
      <FormField id={`${id}-expires`} label={t('apiTokens.expiresOn')} description={t('apiTokens.expiresOn.hint')} requiredText={t('common.required')} error={dayError}>
        <TextInput type="date" value={values.expiresOn} min={addDays(today, 1)} max={latestApiTokenExpiry(today)} onChange={(e) => set('expiresOn', e.target.value)} required />
      </FormField>
      <FormField id={`${id}-access`} label={t('apiTokens.access')} description={t('apiTokens.access.hint')} error={shown.access}>
        <Select
          value={values.access}
          onChange={(e) => set('access', e.target.value as ApiTokenAccess)}
          options={API_TOKEN_ACCESS.map((a) => ({ value: a, label: t(`apiTokens.access.${a}`) }))}
        />
      </FormField>
    </FormDialog>
  );
}
