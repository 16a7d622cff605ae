import { useT } from '../../../lib/i18n/use-t.ts';
import { EmptyState } from '../../../components/ui/empty-state.tsx';
import { Link } from '../../../components/ui/link.tsx';
import type { AgreementGaps } from '../data-gaps.ts';

/** The to-do list of missing facts, each with a link to complete the agreement. */
export function DataGapList({ items, canEdit }: { items: AgreementGaps[]; canEdit: boolean }) {
  const t = useT();
  if (!items.length) return <EmptyState>{t('dashboard.gaps.empty')}</EmptyState>;
  return (
    <ul className="app-alert-list">
      {items.map((item) => (
        <li key={item.agreementId} className="app-alert-item">
          <p>
            <Link to={`/agreements/${item.agreementId}`}>{item.title}</Link>
            {item.collaborationCode ? <span className="app-muted"> ({item.collaborationCode})</span> : null}
          </p>
          <p className="app-muted">{t('gap.missing', { list: item.gaps.map((g) => t(`gap.${g}`)).join(', ') })}</p>
          {canEdit ? (
            <p>
              <Link to={`/agreements/${item.agreementId}/edit`}>
                {t('dashboard.gaps.complete')}
                <span className="app-visually-hidden">: {item.title}</span>
              </Link>
            </p>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
