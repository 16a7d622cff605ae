import { useId, useState, type FormEvent } from 'react';
import { changePasswordSchema } from '@akkoord/shared/schemas/session';
import { PASSWORD_MIN_LENGTH } from '@akkoord/shared/schemas/user';
import { fieldErrorsOf, problemText, serverFieldErrors } from '../../../lib/form-errors.ts';
import { useT } from '../../../lib/i18n/use-t.ts';
import { Alert } from '../../../components/ui/alert.tsx';
import { Button } from '../../../components/ui/button.tsx';
import { FormField } from '../../../components/ui/form-field.tsx';
import { Paragraph } from '../../../components/ui/heading.tsx';
import { TextInput } from '../../../components/ui/text-input.tsx';
import { useToast } from '../../../components/ui/toast.tsx';
import { useChangePassword } from '../api/change-password.ts';

/** Change your own password: the current one, the new one twice. Other sessions end. */
export function PasswordForm({ email }: { email: string }) {
  const t = useT();
  const id = useId();
  const toast = useToast();
  const change = useChangePassword();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const server = serverFieldErrors(change.error, t);
  const shown = { ...server, ...errors };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    change.reset();
    const result = changePasswordSchema.safeParse({ currentPassword: current, newPassword: next });
    const found = fieldErrorsOf(result, t);
    if (next && repeat !== next) found.repeat = t('account.password.mismatch');
    setErrors(found);
    if (!result.success || found.repeat) return;
    change.mutate(result.data, {
      onSuccess: () => {
        setCurrent('');
        setNext('');
        setRepeat('');
        toast.show(t('account.password.changed'));
      },
    });
  };

  return (
    <form onSubmit={submit} noValidate className="app-form" aria-labelledby="password-title">
      {/* Lets password managers store the new password under the right account. */}
      <input type="text" name="username" autoComplete="username" value={email} readOnly hidden />
      {change.error && !change.isPending && !Object.keys(server).length ? (
        <Alert type="error" live>
          <Paragraph>{problemText(change.error, t)}</Paragraph>
        </Alert>
      ) : null}
      <FormField id={`${id}-current`} label={t('account.password.current')} error={shown.currentPassword}>
        <TextInput type="password" value={current} onChange={(e) => setCurrent(e.target.value)} autoComplete="current-password" />
      </FormField>
      <FormField id={`${id}-new`} label={t('account.password.new')} description={t('account.password.hint', { min: PASSWORD_MIN_LENGTH })} error={shown.newPassword}>
        <TextInput type="password" value={next} onChange={(e) => setNext(e.target.value)} autoComplete="new-password" />
      </FormField>
      <FormField id={`${id}-repeat`} label={t('account.password.repeat')} error={shown.repeat}>
        <TextInput type="password" value={repeat} onChange={(e) => setRepeat(e.target.value)} autoComplete="new-password" />
      </FormField>
      <Button type="submit" appearance="primary" busy={change.isPending}>
        {t('account.password.submit')}
      </Button>
    </form>
  );
}
