import { useState } from 'react';
import { createPortal } from 'react-dom';
import type { Organisation } from '@akkoord/shared/schemas/organisation';
import { useT } from '../../../lib/i18n/use-t.ts';
import { Button } from '../../../components/ui/button.tsx';
import { useToast } from '../../../components/ui/toast.tsx';
import { useOrganisations } from '../api/list-organisations.ts';
import { OrganisationFormDialog } from './organisation-form-dialog.tsx';

/**
 * "Nieuwe organisatie" beside a party picker: a small dialog that adds the
 * organisation and hands it to `onPicked` (also when the user takes the
 * existing one the server offered instead of a duplicate).
 */
export function NewOrganisationButton({ onPicked, partyNumber }: { onPicked: (organisation: Organisation) => void; partyNumber: number }) {
  const t = useT();
  const toast = useToast();
  const organisations = useOrganisations();
  const [open, setOpen] = useState(false);
  const finish = (o: Organisation, message: string) => {
    setOpen(false);
    onPicked(o);
    toast.show(message);
  };
  return (
    <>
      <Button appearance="subtle" onClick={() => setOpen(true)} aria-label={t('organisation.form.newForParty', { n: partyNumber })}>
        {t('organisation.form.new')}
      </Button>
      {open
        ? // Outside the agreement form in the DOM: a form may not hold another.
          createPortal(
            <OrganisationFormDialog
              organisation={null}
              organisations={organisations.data ?? []}
              onClose={() => setOpen(false)}
              onSaved={(o) => finish(o, t('organisation.form.created', { name: o.name }))}
              onPickExisting={(o) => finish(o, t('organisation.form.picked', { name: o.name }))}
            />,
            document.body,
          )
        : null}
    </>
  );
}
