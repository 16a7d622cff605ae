import { useT } from '../../lib/i18n/use-t.ts';
import { useDocumentTitle } from '../../lib/use-document-title.ts';
import { Link } from '../../components/ui/link.tsx';
import { PageHeader } from '../../components/ui/page-header.tsx';
import { QueryState } from '../../components/ui/query-state.tsx';
import { Skeleton } from '../../components/ui/skeleton.tsx';
import { reminderRulesQueryOptions, useReminderRules } from '../../features/reminder-rules/api/get-reminder-rules.ts';
import { ReminderRulesForm } from '../../features/reminder-rules/components/reminder-rules-form.tsx';
import { queryClient } from '../query-client.ts';

export function loader() {
  void queryClient.prefetchQuery(reminderRulesQueryOptions());
  return null;
}

/** The global reminder rules (admins; the server refuses others). */
export function Component() {
  const t = useT();
  useDocumentTitle(t('reminderRules.title'));
  const rules = useReminderRules();
  return (
    <>
      <p className="utrecht-paragraph app-no-print">
        <Link to="/admin">{t('admin.back')}</Link>
      </p>
      <PageHeader title={t('reminderRules.title')} intro={t('reminderRules.intro')} />
      <QueryState query={rules} skeleton={<Skeleton lines={6} />}>
        {(data) => <ReminderRulesForm rules={data} />}
      </QueryState>
    </>
  );
}
