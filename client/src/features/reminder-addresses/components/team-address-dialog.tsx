import { useId, useState, type FormEvent } from 'react';
import { problemText, serverFieldErrors } from '../../../lib/form-errors.ts';
import { useT } from '../../../lib/i18n/use-t.ts';
import { Alert } from '../../../components/ui/alert.tsx';
import { Button } from '../../../components/ui/button.tsx';
import { Dialog } from '../../../components/ui/dialog.tsx';
import { FormField } from '../../../components/ui/form-field.tsx';
import { Paragraph } from '../../../components/ui/heading.tsx';
import { TextInput } from '../../../components/ui/text-input.tsx';
import { useSetTeamAddress } from '../api/set-team-address.ts';
import type { TeamAddress } from '../api/get-team-address.ts';
import { validateTeamAddress } from '../address-form-values.ts';

/** Sets or clears one collaboration's team address (where escalations go without a deputy). */
export function TeamAddressDialog({
  code,
  name,
  current,
  onClose,
  onSaved,
}: {
  code: string;
  name: string;
  current: string | null;
  onClose: () => void;
  onSaved: (result: TeamAddress) => void;
}) {
  const t = useT();
  const id = useId();
  const save = useSetTeamAddress();
  const [email, setEmail] = useState(current ?? '');
  const [error, setError] = useState<string | undefined>();
  const shown = error ?? serverFieldErrors(save.error).email;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.reset();
    const { errors, email: parsed } = validateTeamAddress(email, t);
    setError(errors.email);
    if (parsed !== undefined) save.mutate({ code, email: parsed }, { onSuccess: onSaved });
  };

  const formId = `${id}-form`;
  return (
    <Dialog
      open
      title={t('teamAddresses.dialog.title', { code })}
      onClose={onClose}
      actions={
        <>
          <Button type="submit" form={formId} appearance="primary" busy={save.isPending}>
            {t('common.save')}
          </Button>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
        </>
      }
    >
      <form id={formId} onSubmit={submit} noValidate className="app-form">
        <Paragraph className="app-muted">{name}</Paragraph>
        {save.error && !save.isPending ? (
          <Alert type="error" live title={t('addresses.saveFailed')}>
            <Paragraph>{problemText(save.error, t)}</Paragraph>
          </Alert>
        ) : null}
        <FormField id={`${id}-email`} label={t('teamAddresses.email')} requiredText={t('common.optional')} description={t('teamAddresses.emailHint')} error={shown}>
          <TextInput
            type="email"
            value={email}
            onChange={(e) => {
              setEmail(e.target.value);
              setError(undefined);
            }}
            autoComplete="off"
          />
        </FormField>
      </form>
    </Dialog>
  );
}
