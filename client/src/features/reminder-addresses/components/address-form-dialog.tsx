import { useId } from 'react';
import type { ReminderAddress } from '@akkoord/shared/schemas/reminders';
import { useT } from '../../../lib/i18n/use-t.ts';
import { useFormValues } from '../../../lib/use-form-values.ts';
import { FormDialog } from '../../../components/ui/form-dialog.tsx';
import { FormField } from '../../../components/ui/form-field.tsx';
import { Select } from '../../../components/ui/select.tsx';
import { TextInput } from '../../../components/ui/text-input.tsx';
import { useCreateReminderAddress } from '../api/create-reminder-address.ts';
import { useUpdateReminderAddress } from '../api/update-reminder-address.ts';
import { addressFormFrom, emptyAddressForm, validateCreateAddress, validateUpdateAddress, type AddressFormValues } from '../address-form-values.ts';

/** Add a plain address, or change its label and e-mail language (the e-mail itself stays). */
export function AddressFormDialog({
  address,
  onClose,
  onSaved,
}: {
  address: ReminderAddress | null;
  onClose: () => void;
  onSaved: (a: ReminderAddress, created: boolean) => void;
}) {
  const t = useT();
  const id = useId();
  const create = useCreateReminderAddress();
  const update = useUpdateReminderAddress();
  const mutation = address ? update : create;
  const { values, set, setErrors, noChanges, setNoChanges, fieldErrors } = useFormValues<AddressFormValues>(() => (address ? addressFormFrom(address) : emptyAddressForm()));
  const shown = fieldErrors(mutation.error);

  const submit = () => {
    mutation.reset();
    if (address) {
      const { errors: found, input } = validateUpdateAddress(address, values, t);
      setErrors(found);
      if (!input) return;
      if (!Object.keys(input).length) return setNoChanges(true);
      update.mutate({ id: address.id, input }, { onSuccess: (saved) => onSaved(saved, false) });
    } else {
      const { errors: found, input } = validateCreateAddress(values, t);
      setErrors(found);
      if (input) create.mutate(input, { onSuccess: (saved) => onSaved(saved, true) });
    }
  };

  return (
    <FormDialog
      title={address ? t('addresses.edit.title', { email: address.email }) : t('addresses.create.title')}
      submitLabel={address ? t('common.save') : t('addresses.create.submit')}
      busy={mutation.isPending}
      error={mutation.error}
      errorTitle={t('addresses.saveFailed')}
      noChanges={noChanges}
      onSubmit={submit}
      onClose={onClose}
    >
      <FormField id={`${id}-email`} label={t('addresses.email')} requiredText={address ? undefined : t('common.required')} error={shown.email}>
        <TextInput type="email" value={values.email} onChange={(e) => set('email', e.target.value)} autoComplete="off" required={!address} readOnly={Boolean(address)} />
      </FormField>
      <FormField id={`${id}-label`} label={t('addresses.label')} requiredText={t('common.optional')} description={t('addresses.labelHint')} error={shown.label}>
        <TextInput value={values.label} onChange={(e) => set('label', e.target.value)} autoComplete="off" />
      </FormField>
      <FormField id={`${id}-locale`} label={t('addresses.locale')} error={shown.locale}>
        <Select
          value={values.locale}
          onChange={(e) => set('locale', e.target.value === 'en' ? 'en' : 'nl')}
          options={(['nl', 'en'] as const).map((l) => ({ value: l, label: t(`locale.${l}`) }))}
        />
      </FormField>
    </FormDialog>
  );
}
