import { useId, useState, type FormEvent } from 'react';
import { ApiError } from '../../../lib/api-client.ts';
import { useT } from '../../../lib/i18n/use-t.ts';
import { Alert } from '../../../components/ui/alert.tsx';
import { Button } from '../../../components/ui/button.tsx';
import { FormField } from '../../../components/ui/form-field.tsx';
import { TextInput } from '../../../components/ui/text-input.tsx';
import { useSignIn } from '../api/sign-in.ts';

/** E-mail and password; on success calls onSignedIn. */
export function SignInForm({ onSignedIn }: { onSignedIn: () => void }) {
  const t = useT();
  const id = useId();
  const signIn = useSignIn();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');

  const submit = (e: FormEvent) => {
    e.preventDefault();
    signIn.mutate({ email: email.trim(), password }, { onSuccess: onSignedIn });
  };

  const error = signIn.error;
  const message = error instanceof ApiError && error.status === 429 ? t('session.signIn.locked') : error ? t('session.signIn.failed') : null;

  return (
    <form className="app-form" onSubmit={submit} noValidate>
      {message ? (
        <Alert type="error" live>
          <p className="utrecht-paragraph">{message}</p>
        </Alert>
      ) : null}
      <FormField id={`${id}-email`} label={t('session.signIn.email')} required>
        <TextInput type="email" autoComplete="username" value={email} onChange={(e) => setEmail(e.target.value)} />
      </FormField>
      <FormField id={`${id}-password`} label={t('session.signIn.password')} required>
        <TextInput type="password" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} />
      </FormField>
      <Button type="submit" appearance="primary" busy={signIn.isPending}>
        {signIn.isPending ? t('session.signIn.busy') : t('session.signIn.submit')}
      </Button>
    </form>
  );
}
