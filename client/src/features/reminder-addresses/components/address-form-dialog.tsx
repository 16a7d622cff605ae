import { useId, useState, type FormEvent } from 'react';
import type { ReminderAddress } from '@akkoord/shared/schemas/reminders';
import { problemText, serverFieldErrors } from '../../../lib/form-errors.ts';
import { useT } from '../../../lib/i18n/use-t.ts';
import { Alert } from '../../../components/ui/alert.tsx';
import { Button } from '../../../components/ui/button.tsx';
import { Dialog } from '../../../components/ui/dialog.tsx';
import { FormField } from '../../../components/ui/form-field.tsx';
import { Paragraph } from '../../../components/ui/heading.tsx';
import { Select } from '../../../components/ui/select.tsx';
import { TextInput } from '../../../components/ui/text-input.tsx';
import { useCreateReminderAddress } from '../api/create-reminder-address.ts';
import { useUpdateReminderAddress } from '../api/update-reminder-address.ts';
import { addressFormFrom, emptyAddressForm, validateCreateAddress, validateUpdateAddress, type AddressFormValues } from '../address-form-values.ts';

/** Add a plain address, or change its label and e-mail language (the e-mail itself stays). */
export function AddressFormDialog({ address, onClose, onSaved }: { address: ReminderAddress | null; onClose: () => void; onSaved: (a: ReminderAddress, created: boolean) => void }) {
  const t = useT();
  const id = useId();
  const create = useCreateReminderAddress();
  const update = useUpdateReminderAddress();
  const mutation = address ? update : create;
  const [values, setValues] = useState<AddressFormValues>(() => (address ? addressFormFrom(address) : emptyAddressForm()));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [noChanges, setNoChanges] = useState(false);
  const shown = { ...serverFieldErrors(mutation.error), ...Object.fromEntries(Object.entries(errors).filter(([, v]) => v)) };

  const set = <K extends keyof AddressFormValues>(key: K, v: AddressFormValues[K]) => {
    setValues((old) => ({ ...old, [key]: v }));
    setNoChanges(false);
    if (errors[key]) setErrors((old) => ({ ...old, [key]: '' }));
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
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

  const formId = `${id}-form`;
  return (
    <Dialog
      open
      title={address ? t('addresses.edit.title', { email: address.email }) : t('addresses.create.title')}
      onClose={onClose}
      actions={
        <>
          <Button type="submit" form={formId} appearance="primary" busy={mutation.isPending}>
            {address ? t('common.save') : t('addresses.create.submit')}
          </Button>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
        </>
      }
    >
      <form id={formId} onSubmit={submit} noValidate className="app-form">
        {mutation.error && !mutation.isPending ? (
          <Alert type="error" live title={t('addresses.saveFailed')}>
            <Paragraph>{problemText(mutation.error, t)}</Paragraph>
          </Alert>
        ) : null}
        {noChanges ? (
          <Alert type="info" live>
            <Paragraph>{t('form.noChanges')}</Paragraph>
          </Alert>
        ) : null}
        <FormField id={`${id}-email`} label={t('addresses.email')} requiredText={address ? undefined : t('common.required')} error={shown.email}>
          <TextInput type="email" value={values.email} onChange={(e) => set('email', e.target.value)} autoComplete="off" required={!address} readOnly={Boolean(address)} />
        </FormField>
        <FormField id={`${id}-label`} label={t('addresses.label')} requiredText={t('common.optional')} description={t('addresses.labelHint')} error={shown.label}>
          <TextInput value={values.label} onChange={(e) => set('label', e.target.value)} autoComplete="off" />
        </FormField>
        <FormField id={`${id}-locale`} label={t('addresses.locale')} error={shown.locale}>
          <Select value={values.locale} onChange={(e) => set('locale', e.target.value === 'en' ? 'en' : 'nl')} options={(['nl', 'en'] as const).map((l) => ({ value: l, label: t(`locale.${l}`) }))} />
        </FormField>
      </form>
    </Dialog>
  );
}
