import { useT } from '../../lib/i18n/use-t.ts';
import { useDocumentTitle } from '../../lib/use-document-title.ts';
import { Link } from '../../components/ui/link.tsx';
import { Paragraph } from '../../components/ui/heading.tsx';
import { PageHeader, Section } from '../../components/ui/page-header.tsx';
import { useCan } from '../../features/session/api/use-can.ts';
import { dueAgreementsQueryOptions } from '../../features/retention/api/list-due-agreements.ts';
import { destructionListsQueryOptions } from '../../features/retention/api/list-destruction-lists.ts';
import { retentionRulesQueryOptions } from '../../features/retention/api/list-retention-rules.ts';
import { DestructionLists } from '../../features/retention/components/destruction-lists.tsx';
import { DueAgreements } from '../../features/retention/components/due-agreements.tsx';
import { RetentionRulesAdmin } from '../../features/retention/components/retention-rules-admin.tsx';
import { queryClient } from '../query-client.ts';

export function loader() {
  void queryClient.prefetchQuery(retentionRulesQueryOptions());
  void queryClient.prefetchQuery(dueAgreementsQueryOptions());
  void queryClient.prefetchQuery(destructionListsQueryOptions());
  return null;
}

/** Archiefwet (issue 17): the selection list, agreements past retention, and the two-person destruction lists. */
export function Component() {
  const t = useT();
  useDocumentTitle(t('retention.admin.title'));
  const canMaintain = useCan('retention_rule', 'update');
  const canDestroy = useCan('destruction', 'read');
  return (
    <>
      <p className="utrecht-paragraph app-no-print">
        <Link to="/admin">{t('admin.back')}</Link>
      </p>
      <PageHeader title={t('retention.admin.title')} intro={t('retention.admin.intro')} />
      {canMaintain ? (
        <Section id="selection-list" title={t('retention.rules.title')}>
          <Paragraph>{t('retention.rules.intro')}</Paragraph>
          <RetentionRulesAdmin />
        </Section>
      ) : null}
      {canDestroy ? (
        <>
          <Section id="due" title={t('retention.due.title')}>
            <Paragraph>{t('retention.due.intro')}</Paragraph>
            <DueAgreements />
          </Section>
          <Section id="destruction-lists" title={t('retention.lists.title')}>
            <DestructionLists />
          </Section>
        </>
      ) : null}
    </>
  );
}
