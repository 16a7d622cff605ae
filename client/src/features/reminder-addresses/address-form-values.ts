import {
  createReminderAddressSchema,
  teamAddressBodySchema,
  updateReminderAddressSchema,
  type CreateReminderAddressInput,
  type ReminderAddress,
  type UpdateReminderAddressInput,
} from '@akkoord/shared/schemas/reminders';
import { fieldErrorsOf } from '../../lib/form-errors.ts';
import type { Translate } from '../../lib/i18n/translate.ts';

export type Locale = 'nl' | 'en';

export interface AddressFormValues {
  email: string;
  label: string;
  locale: Locale;
}

export const emptyAddressForm = (): AddressFormValues => ({ email: '', label: '', locale: 'nl' });

export const addressFormFrom = (a: ReminderAddress): AddressFormValues => ({ email: a.email, label: a.label ?? '', locale: a.locale });

/** A new address: e-mail trimmed and lower-cased, the label only when filled in; checked with the shared schema. */
export function validateCreateAddress(v: AddressFormValues, t: Translate): { errors: Record<string, string>; input: CreateReminderAddressInput | null } {
  const label = v.label.trim();
  const result = createReminderAddressSchema.safeParse({ email: v.email.trim().toLowerCase(), ...(label ? { label } : {}), locale: v.locale });
  return { errors: fieldErrorsOf(result, t), input: result.success ? result.data : null };
}

/** Only what changed; a cleared label becomes null. */
export function validateUpdateAddress(a: ReminderAddress, v: AddressFormValues, t: Translate): { errors: Record<string, string>; input: UpdateReminderAddressInput | null } {
  const body: Record<string, unknown> = {};
  const label = v.label.trim() || null;
  if (label !== a.label) body.label = label;
  if (v.locale !== a.locale) body.locale = v.locale;
  const result = updateReminderAddressSchema.safeParse(body);
  return { errors: fieldErrorsOf(result, t), input: result.success ? result.data : null };
}

/** A collaboration's team address: blank removes it (null). */
export function validateTeamAddress(text: string, t: Translate): { errors: Record<string, string>; email: string | null | undefined } {
  const trimmed = text.trim().toLowerCase();
  const result = teamAddressBodySchema.safeParse({ email: trimmed || null });
  return { errors: fieldErrorsOf(result, t), email: result.success ? result.data.email : undefined };
}
