import { useRef } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { ApiError } from '../../lib/api-client.ts';
import { useT } from '../../lib/i18n/use-t.ts';
import { useDocumentTitle } from '../../lib/use-document-title.ts';
import { PageHeader } from '../../components/ui/page-header.tsx';
import { useToast } from '../../components/ui/toast.tsx';
import { useCreateAgreement } from '../../features/agreements/api/create-agreement.ts';
import { AgreementForm } from '../../features/agreements/components/agreement-form.tsx';
import { EMPTY_VALUES, toCreatePayload } from '../../features/agreements/form/form-values.ts';
import { useCollaborations } from '../../features/collaborations/api/list-collaborations.ts';
import { useOrganisations } from '../../features/organisations/api/list-organisations.ts';
import { useOwnerAccounts } from '../../features/agreements/api/list-owner-accounts.ts';
import { NewOrganisationButton } from '../../features/organisations/components/new-organisation-button.tsx';
import { usePermissions } from '../../features/session/api/use-permissions.ts';

export function Component() {
  const t = useT();
  useDocumentTitle(t('agreement.new'));
  const toast = useToast();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const create = useCreateAgreement();
  const collaborations = useCollaborations();
  const organisations = useOrganisations();
  const { canEditOrganisations } = usePermissions();
  const ownerAccounts = useOwnerAccounts();
  const allowLeave = useRef(false);
  const base = { ...EMPTY_VALUES, collaborationCode: (params.get('collaboration') ?? '').toUpperCase() };
  const serverErrors = create.error instanceof ApiError ? create.error.fieldErrors() : {};

  return (
    <>
      <PageHeader title={t('agreement.new')} />
      <AgreementForm
        mode="create"
        base={base}
        collaborations={(collaborations.data ?? []).map((c) => ({ value: c.code, label: `${c.code} — ${c.name}` }))}
        organisations={(organisations.data ?? []).map((o) => ({ value: String(o.id), label: o.name }))}
        ownerAccounts={ownerAccounts.data ?? []}
        partyOrganisationAction={canEditOrganisations ? (select, n) => <NewOrganisationButton partyNumber={n} onPicked={(o) => select(o.id)} /> : undefined}
        busy={create.isPending}
        serverErrors={serverErrors}
        allowLeaveRef={allowLeave}
        onSubmit={(values) =>
          create.mutate(toCreatePayload(values), {
            onSuccess: (created) => {
              allowLeave.current = true;
              toast.show(t('agreement.created', { title: created.title }));
              void navigate(`/agreements/${created.id}`);
            },
            onError: (error) => {
              if (!(error instanceof ApiError && error.status === 422)) toast.show(t('agreement.actionFailed'), 'error');
            },
          })
        }
      />
    </>
  );
}
