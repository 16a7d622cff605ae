import { useId, useState, type FormEvent } from 'react';
import { updateProfileSchema } from '@akkoord/shared/schemas/session';
import { fieldErrorsOf, problemText, serverFieldErrors } from '../../../lib/form-errors.ts';
import { useLanguage, useT } from '../../../lib/i18n/use-t.ts';
import { Alert } from '../../../components/ui/alert.tsx';
import { Button } from '../../../components/ui/button.tsx';
import { FormField } from '../../../components/ui/form-field.tsx';
import { Paragraph } from '../../../components/ui/heading.tsx';
import { Select } from '../../../components/ui/select.tsx';
import { TextInput } from '../../../components/ui/text-input.tsx';
import { useToast } from '../../../components/ui/toast.tsx';
import type { SessionUser } from '../api/get-session.ts';
import { useUpdateProfile } from '../api/update-profile.ts';

/** Your own name, language (of the app and of your reminder e-mails) and deputy. */
export function ProfileForm({ user }: { user: SessionUser }) {
  const t = useT();
  const id = useId();
  const toast = useToast();
  const { lang, setLang } = useLanguage();
  const update = useUpdateProfile();
  const [name, setName] = useState(user.name ?? '');
  const [locale, setLocale] = useState<'nl' | 'en'>(user.locale ?? lang);
  const [deputy, setDeputy] = useState(user.deputyEmail ?? '');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const shown = { ...serverFieldErrors(update.error), ...errors };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const body: Record<string, unknown> = {};
    if (name.trim() !== (user.name ?? '')) body.name = name.trim();
    if (locale !== user.locale) body.locale = locale;
    if ((deputy.trim() || null) !== user.deputyEmail) body.deputyEmail = deputy.trim() || null;
    const result = updateProfileSchema.safeParse(body);
    setErrors(fieldErrorsOf(result, t));
    if (!result.success) return;
    if (!Object.keys(result.data).length) {
      setLang(locale);
      toast.show(t('account.profile.saved'));
      return;
    }
    update.mutate(result.data, {
      onSuccess: () => {
        setLang(locale);
        toast.show(t('account.profile.saved'));
      },
    });
  };

  return (
    <form onSubmit={submit} noValidate className="app-form" aria-labelledby="profile-title">
      {update.error && !update.isPending ? (
        <Alert type="error" live>
          <Paragraph>{problemText(update.error, t)}</Paragraph>
        </Alert>
      ) : null}
      <FormField id={`${id}-email`} label={t('account.email')} description={t('account.email.hint')}>
        <TextInput value={user.email} readOnly autoComplete="username" />
      </FormField>
      <FormField id={`${id}-name`} label={t('account.name')} error={shown.name}>
        <TextInput value={name} onChange={(e) => setName(e.target.value)} autoComplete="name" />
      </FormField>
      <FormField id={`${id}-locale`} label={t('account.locale')} description={t('account.locale.hint')}>
        <Select
          value={locale}
          onChange={(e) => setLocale(e.target.value === 'en' ? 'en' : 'nl')}
          options={(['nl', 'en'] as const).map((l) => ({ value: l, label: t(`locale.${l}`) }))}
        />
      </FormField>
      <FormField id={`${id}-deputy`} label={t('account.deputy')} requiredText={t('common.optional')} description={t('account.deputy.hint')} error={shown.deputyEmail}>
        <TextInput type="email" value={deputy} onChange={(e) => setDeputy(e.target.value)} autoComplete="off" />
      </FormField>
      <Button type="submit" appearance="primary" busy={update.isPending}>
        {t('account.profile.save')}
      </Button>
    </form>
  );
}
