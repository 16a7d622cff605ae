import { useT } from '../../lib/i18n/use-t.ts';
import { useDocumentTitle } from '../../lib/use-document-title.ts';
import { EmptyState } from '../../components/ui/empty-state.tsx';
import { Heading, Paragraph } from '../../components/ui/heading.tsx';
import { Link } from '../../components/ui/link.tsx';
import { PageHeader } from '../../components/ui/page-header.tsx';
import { useSession } from '../../features/session/api/get-session.ts';
import { can } from '../../features/session/permissions.ts';
import { ADMIN_PAGES } from '../layout/nav-items.ts';
import { BackupStatusPanel } from '../../features/backups/components/backup-status-panel.tsx';

/** "Beheer": the management screens this user may open (the server checks each one again). */
export function Component() {
  const t = useT();
  useDocumentTitle(t('admin.title'));
  const session = useSession().data;
  const pages = ADMIN_PAGES.filter((p) => can(session, p.resource, p.action));
  return (
    <>
      <PageHeader title={t('admin.title')} intro={t('admin.intro')} />
      {pages.length ? (
        <ul className="app-card-list">
          {pages.map((p) => (
            <li key={p.to} className="app-card">
              <Heading level={2} appearance={3}>
                <Link to={p.to}>{t(p.label)}</Link>
              </Heading>
              <Paragraph>{t(p.description)}</Paragraph>
            </li>
          ))}
        </ul>
      ) : (
        <EmptyState>{t('admin.none')}</EmptyState>
      )}
      {can(session, 'backup', 'read') ? <BackupStatusPanel /> : null}
    </>
  );
}
