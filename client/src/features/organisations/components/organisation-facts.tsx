import type { OrganisationDetail } from '@akkoord/shared/schemas/organisation';
import { useFormat } from '../../../lib/format/use-format.ts';
import { useT } from '../../../lib/i18n/use-t.ts';
import { DataList, Unknown, type DataListItem } from '../../../components/ui/data-list.tsx';
import { CollaborationLink } from '../../../components/domain/collaboration-link.tsx';
import { RestrictedCollaboration } from '../../../components/domain/restricted-collaboration.tsx';
import { Link } from '../../../components/ui/link.tsx';

/** Kind, parent, KvK number, OIN, CBS code, population (only with its source and peildatum) and collaborations (linked where the user may open them; unnamed outside their collaborations). */
export function OrganisationFacts({ organisation: o, canOpenCollaboration }: { organisation: OrganisationDetail; canOpenCollaboration: (code: string) => boolean }) {
  const t = useT();
  const f = useFormat();
  const items: DataListItem[] = [{ key: 'kind', label: t('organisation.kind'), value: t(`orgKind.${o.kind}`) }];
  if (o.parent) items.push({ key: 'parent', label: t('organisation.parent'), value: <Link to={`/organisations/${o.parent.id}`}>{o.parent.name}</Link> });
  if (o.kvkNumber) items.push({ key: 'kvk', label: t('organisation.kvkNumber'), value: o.kvkNumber });
  if (o.oin) items.push({ key: 'oin', label: t('organisation.oin'), value: o.oin });
  if (o.cbsCode) items.push({ key: 'cbs', label: t('organisation.cbsCode'), value: <span lang="nl">{o.cbsCode}</span> });
  items.push({
    key: 'population',
    label: t('organisation.population'),
    value: o.population ? (
      t('organisation.populationValue', { count: o.population.count, source: o.population.source, date: f.date(o.population.referenceDate) })
    ) : (
      <Unknown>{f.unknown}</Unknown>
    ),
  });
  if (o.collaborations.length) {
    items.push({
      key: 'collaborations',
      label: t('organisation.collaborations'),
      value: (
        <ul className="utrecht-unordered-list">
          {o.collaborations.map((c, i) => (
            <li key={c.restricted ? `restricted-${i}` : `${c.code}-${c.role}`} className="utrecht-unordered-list__item">
              {c.restricted ? (
                <RestrictedCollaboration />
              ) : (
                <CollaborationLink code={c.code} canOpen={canOpenCollaboration(c.code)}>
                  {c.name}
                </CollaborationLink>
              )}{' '}
              ({isMemberRole(c.role) ? t(`memberRole.${c.role}`) : c.role})
            </li>
          ))}
        </ul>
      ),
    });
  }
  if (o.notes) items.push({ key: 'notes', label: t('organisation.notes'), value: o.notes });
  return <DataList items={items} />;
}

const MEMBER_ROLE_SET = new Set(['member', 'partner', 'host', 'funder', 'governing_body']);
function isMemberRole(role: string): role is 'member' | 'partner' | 'host' | 'funder' | 'governing_body' {
  return MEMBER_ROLE_SET.has(role);
}
