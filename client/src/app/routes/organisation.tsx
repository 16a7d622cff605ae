import { useState } from 'react';
import { useParams, type LoaderFunctionArgs } from 'react-router';
import { useT } from '../../lib/i18n/use-t.ts';
import { useDocumentTitle } from '../../lib/use-document-title.ts';
import { PageHeader, Section } from '../../components/ui/page-header.tsx';
import { QueryState } from '../../components/ui/query-state.tsx';
import { Skeleton } from '../../components/ui/skeleton.tsx';
import { organisationQueryOptions, useOrganisation } from '../../features/organisations/api/get-organisation.ts';
import { OrganisationFacts } from '../../features/organisations/components/organisation-facts.tsx';
import { AgreementsByRole } from '../../features/organisations/components/agreements-by-role.tsx';
import { EmbeddedTimeline } from '../../features/timeline/components/embedded-timeline.tsx';
import { useCanOpenCollaboration } from '../../features/session/api/use-can-open-collaboration.ts';
import { Button } from '../../components/ui/button.tsx';
import { useToast } from '../../components/ui/toast.tsx';
import { useOrganisations } from '../../features/organisations/api/list-organisations.ts';
import { OrganisationFormDialog } from '../../features/organisations/components/organisation-form-dialog.tsx';
import { usePermissions } from '../../features/session/api/use-permissions.ts';
import { queryClient } from '../query-client.ts';

export function loader({ params }: LoaderFunctionArgs) {
  const id = Number(params.id);
  if (Number.isInteger(id) && id > 0) void queryClient.prefetchQuery(organisationQueryOptions(id));
  return null;
}

export function Component() {
  const t = useT();
  const id = Number(useParams().id);
  const query = useOrganisation(id);
  const canOpenCollaboration = useCanOpenCollaboration();
  const { canEditOrganisations } = usePermissions();
  const organisations = useOrganisations();
  const toast = useToast();
  const [editing, setEditing] = useState(false);
  useDocumentTitle(query.data?.name);
  return (
    <QueryState query={query} skeleton={<Skeleton lines={10} />}>
      {(o) => (
        <>
          <PageHeader
            pre={t(`orgKind.${o.kind}`)}
            title={o.name}
            actions={canEditOrganisations ? <Button onClick={() => setEditing(true)}>{t('organisation.edit')}</Button> : undefined}
          />
          {editing ? (
            <OrganisationFormDialog
              organisation={o}
              organisations={organisations.data ?? []}
              onClose={() => setEditing(false)}
              onSaved={(saved) => {
                setEditing(false);
                toast.show(t('organisation.saved', { name: saved.name }));
              }}
            />
          ) : null}
          <OrganisationFacts organisation={o} canOpenCollaboration={canOpenCollaboration} />
          <Section id="agreements" title={t('organisation.agreements')}>
            <AgreementsByRole agreements={o.agreements} />
          </Section>
          <Section id="timeline" title={t('timeline.section')}>
            <EmbeddedTimeline query={{ party: o.id }} title={`${t('timeline.title')} ${o.name}`} grouping="collaboration" fullSearch={`party=${o.id}`} />
          </Section>
        </>
      )}
    </QueryState>
  );
}
