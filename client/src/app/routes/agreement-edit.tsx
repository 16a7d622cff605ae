import { useRef, useState } from 'react';
import { useNavigate, useParams, type LoaderFunctionArgs } from 'react-router';
import type { Agreement } from '@akkoord/shared/schemas/agreement';
import { ApiError } from '../../lib/api-client.ts';
import { useT } from '../../lib/i18n/use-t.ts';
import { useDocumentTitle } from '../../lib/use-document-title.ts';
import { Alert } from '../../components/ui/alert.tsx';
import { Link } from '../../components/ui/link.tsx';
import { PageHeader } from '../../components/ui/page-header.tsx';
import { QueryState } from '../../components/ui/query-state.tsx';
import { Skeleton } from '../../components/ui/skeleton.tsx';
import { useToast } from '../../components/ui/toast.tsx';
import { agreementQueryOptions, useAgreement } from '../../features/agreements/api/get-agreement.ts';
import { staleWriteCurrent, useUpdateAgreement } from '../../features/agreements/api/update-agreement.ts';
import { AgreementForm } from '../../features/agreements/components/agreement-form.tsx';
import { StaleWriteDialog } from '../../features/agreements/components/stale-write-dialog.tsx';
import { toUpdatePayload, valuesFromAgreement, type FormValues } from '../../features/agreements/form/form-values.ts';
import { useCollaborations } from '../../features/collaborations/api/list-collaborations.ts';
import { useOrganisations } from '../../features/organisations/api/list-organisations.ts';
import { useDocuments } from '../../features/documents/api/list-documents.ts';
import { useOwnerAccounts } from '../../features/agreements/api/list-owner-accounts.ts';
import { NewOrganisationButton } from '../../features/organisations/components/new-organisation-button.tsx';
import { usePermissions } from '../../features/session/api/use-permissions.ts';
import { queryClient } from '../query-client.ts';

export function loader({ params }: LoaderFunctionArgs) {
  const id = Number(params.id);
  if (Number.isInteger(id) && id > 0) void queryClient.prefetchQuery(agreementQueryOptions(id));
  return null;
}

interface Conflict {
  mine: FormValues;
  theirs: Agreement;
}

function EditForm({ agreement }: { agreement: Agreement }) {
  const t = useT();
  const toast = useToast();
  const navigate = useNavigate();
  const update = useUpdateAgreement(agreement.id);
  const collaborations = useCollaborations();
  const organisations = useOrganisations();
  const { canEditOrganisations } = usePermissions();
  const ownerAccounts = useOwnerAccounts();
  const documents = useDocuments(agreement.id);
  // The version and values the edit is based on; a conflict moves them to the server's.
  const [base, setBase] = useState(() => ({ values: valuesFromAgreement(agreement), version: agreement.version }));
  const [formKey, setFormKey] = useState(0);
  const [initial, setInitial] = useState<FormValues | undefined>(undefined);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [noChanges, setNoChanges] = useState(false);
  const valuesRef = useRef<FormValues | null>(null);
  const allowLeave = useRef(false);

  const save = (values: FormValues, from: { values: FormValues; version: number }) => {
    const payload = toUpdatePayload(from.values, values, from.version);
    if (Object.keys(payload).length <= 1) {
      setNoChanges(true);
      return;
    }
    setNoChanges(false);
    update.mutate(payload, {
      onSuccess: (saved) => {
        allowLeave.current = true;
        setConflict(null);
        toast.show(t('agreement.saved'));
        void navigate(`/agreements/${saved.id}`);
      },
      onError: (error) => {
        const current = staleWriteCurrent(error);
        if (current) setConflict({ mine: values, theirs: current });
        else if (!(error instanceof ApiError && error.status === 422)) toast.show(t('agreement.actionFailed'), 'error');
      },
    });
  };

  const serverErrors = update.error instanceof ApiError && !conflict ? update.error.fieldErrors() : {};
  const theirs = conflict ? valuesFromAgreement(conflict.theirs) : null;

  return (
    <>
      {noChanges ? (
        <Alert type="info" live>
          <p className="utrecht-paragraph">{t('form.noChanges')}</p>
        </Alert>
      ) : null}
      <AgreementForm
        key={formKey}
        mode="edit"
        base={base.values}
        initial={initial}
        collaborations={(collaborations.data ?? []).map((c) => ({ value: c.code, label: `${c.code} — ${c.name}` }))}
        organisations={(organisations.data ?? []).map((o) => ({ value: String(o.id), label: o.name }))}
        ownerAccounts={ownerAccounts.data ?? []}
        documentVersions={(documents.data?.items ?? []).flatMap((d) =>
          d.versions.map((v) => ({ value: String(v.versionId), label: `${d.title} — v${v.version} (${v.fileName})` })),
        )}
        partyOrganisationAction={canEditOrganisations ? (select, n) => <NewOrganisationButton partyNumber={n} onPicked={(o) => select(o.id)} /> : undefined}
        busy={update.isPending}
        serverErrors={serverErrors}
        valuesRef={valuesRef}
        allowLeaveRef={allowLeave}
        onSubmit={(values) => save(values, base)}
      />
      {conflict && theirs ? (
        <StaleWriteDialog
          open
          base={base.values}
          mine={conflict.mine}
          theirs={theirs}
          theirVersion={conflict.theirs.version}
          busy={update.isPending}
          onKeepMine={() => {
            // Re-apply my changes on top of the server's current version.
            const next = { values: theirs, version: conflict.theirs.version };
            setBase(next);
            save(conflict.mine, { values: base.values, version: conflict.theirs.version });
          }}
          onTakeTheirs={() => {
            setBase({ values: theirs, version: conflict.theirs.version });
            setInitial(undefined);
            setConflict(null);
            setFormKey((k) => k + 1);
          }}
          onKeepEditing={() => {
            setBase({ values: theirs, version: conflict.theirs.version });
            setInitial(conflict.mine);
            setConflict(null);
            setFormKey((k) => k + 1);
          }}
        />
      ) : null}
    </>
  );
}

export function Component() {
  const t = useT();
  const id = Number(useParams().id);
  const query = useAgreement(id);
  useDocumentTitle(query.data ? `${t('agreement.edit')}: ${query.data.title}` : t('agreement.edit'));
  return (
    <QueryState query={query} skeleton={<Skeleton lines={14} />}>
      {(a) => (
        <>
          <p className="utrecht-paragraph">
            <Link to={`/agreements/${a.id}`}>{t('common.back')}</Link>
          </p>
          <PageHeader pre={t('agreement.edit')} title={a.title} />
          <EditForm agreement={a} />
        </>
      )}
    </QueryState>
  );
}
