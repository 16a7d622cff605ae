import { useId } from 'react';
import { ROLES } from '@akkoord/shared/domain/enums';
import type { User, UserWithPassword } from '@akkoord/shared/schemas/user';
import { useT } from '../../../lib/i18n/use-t.ts';
import { useFormValues } from '../../../lib/use-form-values.ts';
import { Checkbox } from '../../../components/ui/checkbox.tsx';
import { FormDialog } from '../../../components/ui/form-dialog.tsx';
import { FormField } from '../../../components/ui/form-field.tsx';
import { Select } from '../../../components/ui/select.tsx';
import { TextInput } from '../../../components/ui/text-input.tsx';
import { useCreateUser } from '../api/create-user.ts';
import { useUpdateUser } from '../api/update-user.ts';
import { emptyUserForm, toCreateInput, toUpdateInput, userFormFromUser, validateCreate, validateUpdate, type Role, type UserFormValues } from '../user-form-values.ts';

export interface CollaborationChoice {
  code: string;
  name: string;
}

export interface UserFormDialogProps {
  /** The account to edit; null creates a new one. */
  user: User | null;
  isSelf: boolean;
  collaborations: CollaborationChoice[];
  onClose: () => void;
  onCreated: (result: UserWithPassword) => void;
  onSaved: (user: User) => void;
}

/** Create or change an account: e-mail, name, role, language, deputy and collaboration scope. */
export function UserFormDialog({ user, isSelf, collaborations, onClose, onCreated, onSaved }: UserFormDialogProps) {
  const t = useT();
  const id = useId();
  const create = useCreateUser();
  const update = useUpdateUser();
  const { values, set, setErrors, noChanges, setNoChanges, fieldErrors } = useFormValues<UserFormValues>(() => (user ? userFormFromUser(user) : emptyUserForm()), {
    errorKeys: { scope: 'collaborationScope' },
  });
  const mutation = user ? update : create;
  const shown = fieldErrors(mutation.error);
  const toggleScope = (code: string, on: boolean) => set('scope', on ? [...values.scope, code] : values.scope.filter((c) => c !== code));

  const submit = () => {
    mutation.reset();
    if (user) {
      const body = toUpdateInput(user, values);
      if (!Object.keys(body).length) return setNoChanges(true);
      const { errors: found, input } = validateUpdate(body, t);
      setErrors(found);
      if (input) update.mutate({ id: user.id, input }, { onSuccess: (saved) => onSaved(saved) });
    } else {
      const { errors: found, input } = validateCreate(toCreateInput(values), t);
      setErrors(found);
      if (input) create.mutate(input, { onSuccess: (result) => onCreated(result) });
    }
  };

  return (
    <FormDialog
      wide
      title={user ? t('users.edit.title', { name: user.name }) : t('users.create.title')}
      submitLabel={user ? t('common.save') : t('users.create.submit')}
      busy={mutation.isPending}
      error={mutation.error}
      errorTitle={t('users.saveFailed')}
      noChanges={noChanges}
      onSubmit={submit}
      onClose={onClose}
    >
      <FormField id={`${id}-email`} label={t('users.email')} requiredText={t('common.required')} error={shown.email}>
        <TextInput type="email" value={values.email} onChange={(e) => set('email', e.target.value)} autoComplete="off" required />
      </FormField>
      <FormField
        id={`${id}-name`}
        label={t('users.name')}
        requiredText={user ? undefined : t('common.optional')}
        description={user ? undefined : t('users.nameHint')}
        error={shown.name}
      >
        <TextInput value={values.name} onChange={(e) => set('name', e.target.value)} autoComplete="off" />
      </FormField>
      <FormField id={`${id}-role`} label={t('users.role')} description={isSelf ? t('users.role.selfHint') : t('users.role.hint')} error={shown.role}>
        <Select value={values.role} onChange={(e) => set('role', e.target.value as Role)} options={ROLES.map((r) => ({ value: r, label: t(`userRole.${r}`) }))} />
      </FormField>
      <FormField id={`${id}-locale`} label={t('users.locale')} description={t('users.locale.hint')}>
        <Select
          value={values.locale}
          onChange={(e) => set('locale', e.target.value === 'en' ? 'en' : 'nl')}
          options={(['nl', 'en'] as const).map((l) => ({ value: l, label: t(`locale.${l}`) }))}
        />
      </FormField>
      <FormField id={`${id}-deputy`} label={t('users.deputy')} requiredText={t('common.optional')} description={t('users.deputy.hint')} error={shown.deputyEmail}>
        <TextInput type="email" value={values.deputyEmail} onChange={(e) => set('deputyEmail', e.target.value)} autoComplete="off" />
      </FormField>
      <fieldset aria-describedby={`${id}-scope-hint${shown.collaborationScope ? ` ${id}-scope-error` : ''}`}>
        <legend>{t('users.scope.legend')}</legend>
        <p className="utrecht-form-field-description" id={`${id}-scope-hint`}>
          {t('users.scope.hint')}
        </p>
        {shown.collaborationScope ? (
          <p className="utrecht-form-field-error-message" id={`${id}-scope-error`}>
            {shown.collaborationScope}
          </p>
        ) : null}
        {collaborations.map((c) => (
          <FormField key={c.code} id={`${id}-scope-${c.code}`} checkbox label={`${c.code} — ${c.name}`}>
            <Checkbox checked={values.scope.includes(c.code)} onChange={(e) => toggleScope(c.code, e.target.checked)} />
          </FormField>
        ))}
      </fieldset>
    </FormDialog>
  );
}
