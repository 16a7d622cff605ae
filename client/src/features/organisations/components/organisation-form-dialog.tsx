import { useId } from 'react';
import { ORGANISATION_KINDS } from '@akkoord/shared/domain/enums';
import type { Organisation } from '@akkoord/shared/schemas/organisation';
import { useT } from '../../../lib/i18n/use-t.ts';
import { useFormValues } from '../../../lib/use-form-values.ts';
import { Alert } from '../../../components/ui/alert.tsx';
import { Button } from '../../../components/ui/button.tsx';
import { FormDialog } from '../../../components/ui/form-dialog.tsx';
import { FormField } from '../../../components/ui/form-field.tsx';
import { Paragraph } from '../../../components/ui/heading.tsx';
import { Link } from '../../../components/ui/link.tsx';
import { Select } from '../../../components/ui/select.tsx';
import { TextInput } from '../../../components/ui/text-input.tsx';
import { duplicateOf, useCreateOrganisation } from '../api/create-organisation.ts';
import { useUpdateOrganisation } from '../api/update-organisation.ts';
import { emptyOrganisationForm, organisationFormFrom, validateCreateOrganisation, validateUpdateOrganisation, type OrganisationFormValues } from '../organisation-form-values.ts';

export interface OrganisationFormDialogProps {
  /** The organisation to correct; null adds a new one. */
  organisation: Organisation | null;
  /** Every organisation, for the parent picker. */
  organisations: Organisation[];
  /** A name to start a new organisation with. */
  initialName?: string;
  onClose: () => void;
  onSaved: (organisation: Organisation, created: boolean) => void;
  /** Offered when the server refuses a duplicate: take the existing organisation instead. */
  onPickExisting?: (organisation: Organisation) => void;
}

/** Add an organisation (name, kind, KvK number, OIN, parent) or correct one; a duplicate is refused with the existing one offered. */
export function OrganisationFormDialog({ organisation, organisations, initialName, onClose, onSaved, onPickExisting }: OrganisationFormDialogProps) {
  const t = useT();
  const id = useId();
  const create = useCreateOrganisation();
  const update = useUpdateOrganisation();
  const mutation = organisation ? update : create;
  const { values, set, setErrors, noChanges, setNoChanges, fieldErrors } = useFormValues<OrganisationFormValues>(() =>
    organisation ? organisationFormFrom(organisation) : emptyOrganisationForm(initialName),
  );
  const existing = duplicateOf(mutation.error);
  const shown = existing ? {} : fieldErrors(mutation.error);
  const clientErrors = fieldErrors(null);

  const submit = () => {
    mutation.reset();
    if (organisation) {
      const { errors, input } = validateUpdateOrganisation(organisation, values, t);
      setErrors(errors);
      if (!input) return;
      if (Object.keys(input).length === 1) return setNoChanges(true);
      update.mutate({ id: organisation.id, input }, { onSuccess: (saved) => onSaved(saved, false) });
    } else {
      const { errors, input } = validateCreateOrganisation(values, t);
      setErrors(errors);
      if (input) create.mutate(input, { onSuccess: (saved) => onSaved(saved, true) });
    }
  };

  const parents = organisations.filter((o) => o.id !== organisation?.id).map((o) => ({ value: String(o.id), label: o.name }));
  const errorOf = (field: keyof OrganisationFormValues) => clientErrors[field] || shown[field];

  return (
    <FormDialog
      title={organisation ? t('organisation.form.editTitle', { name: organisation.name }) : t('organisation.form.createTitle')}
      submitLabel={organisation ? t('common.save') : t('organisation.form.createSubmit')}
      busy={mutation.isPending}
      error={existing ? null : mutation.error}
      errorTitle={t('organisation.form.saveFailed')}
      noChanges={noChanges}
      onSubmit={submit}
      onClose={onClose}
    >
      {existing && !mutation.isPending ? (
        <Alert type="warning" live title={t('organisation.form.duplicateTitle')}>
          <Paragraph>{t('organisation.form.duplicateText', { name: existing.name })}</Paragraph>
          {onPickExisting ? (
            <Button onClick={() => onPickExisting(existing)}>{t('organisation.form.pickExisting', { name: existing.name })}</Button>
          ) : (
            <Paragraph>
              <Link to={`/organisations/${existing.id}`}>{t('organisation.form.openExisting', { name: existing.name })}</Link>
            </Paragraph>
          )}
        </Alert>
      ) : null}
      <FormField id={`${id}-name`} label={t('organisation.form.name')} requiredText={t('common.required')} error={errorOf('name')}>
        <TextInput value={values.name} onChange={(e) => set('name', e.target.value)} autoComplete="organization" required />
      </FormField>
      <FormField id={`${id}-kind`} label={t('organisation.kind')} requiredText={t('common.required')} error={errorOf('kind')}>
        <Select
          value={values.kind}
          onChange={(e) => set('kind', e.target.value as OrganisationFormValues['kind'])}
          placeholder={t('form.select')}
          options={ORGANISATION_KINDS.map((k) => ({ value: k, label: t(`orgKind.${k}`) }))}
        />
      </FormField>
      <div className="app-form-row">
        <FormField
          id={`${id}-kvk`}
          label={t('organisation.kvkNumber')}
          requiredText={t('common.optional')}
          description={t('organisation.form.kvkHint')}
          error={errorOf('kvkNumber')}
        >
          <TextInput value={values.kvkNumber} onChange={(e) => set('kvkNumber', e.target.value)} inputMode="numeric" autoComplete="off" />
        </FormField>
        <FormField id={`${id}-oin`} label={t('organisation.oin')} requiredText={t('common.optional')} description={t('organisation.form.oinHint')} error={errorOf('oin')}>
          <TextInput value={values.oin} onChange={(e) => set('oin', e.target.value)} inputMode="numeric" autoComplete="off" />
        </FormField>
      </div>
      <FormField id={`${id}-parent`} label={t('organisation.parent')} requiredText={t('common.optional')} error={errorOf('parentId')}>
        <Select value={values.parentId} onChange={(e) => set('parentId', e.target.value)} placeholder={t('organisation.form.noParent')} options={parents} />
      </FormField>
    </FormDialog>
  );
}
