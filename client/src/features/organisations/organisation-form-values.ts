import { KVK_NUMBER_PATTERN, OIN_PATTERN } from '@akkoord/shared/domain/organisation-name';
import type { OrganisationKind } from '@akkoord/shared/domain/enums';
import type { CreateOrganisationInput, Organisation, UpdateOrganisationInput } from '@akkoord/shared/schemas/organisation';
import type { Translate } from '../../lib/i18n/translate.ts';

export interface OrganisationFormValues {
  name: string;
  kind: OrganisationKind | '';
  kvkNumber: string;
  oin: string;
  /** Id as text; '' = none. */
  parentId: string;
}

export const emptyOrganisationForm = (name = ''): OrganisationFormValues => ({ name, kind: '', kvkNumber: '', oin: '', parentId: '' });

export const organisationFormFrom = (o: Organisation): OrganisationFormValues => ({
  name: o.name,
  kind: o.kind,
  kvkNumber: o.kvkNumber ?? '',
  oin: o.oin ?? '',
  parentId: o.parentId === null ? '' : String(o.parentId),
});

const digitsOf = (text: string) => text.replace(/[\s.]/g, '');

/** The fields as the API takes them, with a message per field the user must fix (the server checks the same). */
function parse(v: OrganisationFormValues, t: Translate): { errors: Record<string, string>; fields: CreateOrganisationInput | null } {
  const errors: Record<string, string> = {};
  const name = v.name.trim();
  if (!name) errors.name = t('validation.filled');
  else if (name.length > 200) errors.name = t('validation.tooLong', { max: 200 });
  if (!v.kind) errors.kind = t('validation.chooseOne');
  const kvk = digitsOf(v.kvkNumber);
  if (kvk && !KVK_NUMBER_PATTERN.test(kvk)) errors.kvkNumber = t('organisation.form.kvkInvalid');
  const oin = digitsOf(v.oin);
  if (oin && !OIN_PATTERN.test(oin)) errors.oin = t('organisation.form.oinInvalid');
  if (Object.keys(errors).length || !v.kind) return { errors, fields: null };
  return { errors, fields: { name, kind: v.kind, kvkNumber: kvk || null, oin: oin || null, parentId: v.parentId ? Number(v.parentId) : null } };
}

/** A new organisation. */
export function validateCreateOrganisation(v: OrganisationFormValues, t: Translate): { errors: Record<string, string>; input: CreateOrganisationInput | null } {
  const { errors, fields } = parse(v, t);
  return { errors, input: fields };
}

/** Only what changed, with the version read; `{ version }` alone means nothing changed. */
export function validateUpdateOrganisation(o: Organisation, v: OrganisationFormValues, t: Translate): { errors: Record<string, string>; input: UpdateOrganisationInput | null } {
  const { errors, fields } = parse(v, t);
  if (!fields) return { errors, input: null };
  const input: UpdateOrganisationInput = { version: o.version };
  if (fields.name !== o.name) input.name = fields.name;
  if (fields.kind !== o.kind) input.kind = fields.kind;
  if ((fields.kvkNumber ?? null) !== o.kvkNumber) input.kvkNumber = fields.kvkNumber ?? null;
  if ((fields.oin ?? null) !== o.oin) input.oin = fields.oin ?? null;
  if ((fields.parentId ?? null) !== o.parentId) input.parentId = fields.parentId ?? null;
  return { errors, input };
}
