import type { CollaborationDetail } from '@akkoord/shared/schemas/collaboration';
import { useFormat } from '../../../lib/format/use-format.ts';
import { useT } from '../../../lib/i18n/use-t.ts';
import { DataList, Unknown } from '../../../components/ui/data-list.tsx';
import { CollaborationLink } from '../../../components/domain/collaboration-link.tsx';
import { ContradictionAlert } from './contradiction-alert.tsx';
import { FundingList } from './funding-list.tsx';

/**
 * Founded, hosted since, capacity, budget and funding, each with the source's
 * own note; the parts within it link only where the user may open them.
 */
export function CollaborationFacts({ collaboration: c, canOpenCollaboration }: { collaboration: CollaborationDetail; canOpenCollaboration: (code: string) => boolean }) {
  const t = useT();
  const f = useFormat();
  const unknown = <Unknown>{f.unknown}</Unknown>;
  const fundingSum = c.funding.every((l) => l.amountCents !== null) && c.funding.length > 1 ? c.funding.reduce((s, l) => s + (l.amountCents ?? 0), 0) : null;
  return (
    <>
      <DataList
        items={[
          { key: 'founded', label: t('collaboration.founded'), value: c.foundedYear ?? unknown, note: c.foundedNote },
          { key: 'hosted', label: t('collaboration.hostedSince'), value: c.hostedByVrtSince ?? unknown },
          {
            key: 'capacity',
            label: t('collaboration.capacity'),
            value: c.capacityFte !== null ? t('collaboration.fte', { fte: f.number(c.capacityFte) }) : (c.capacityNote ?? unknown),
            note: c.capacityFte !== null ? c.capacityNote : null,
          },
          { key: 'budget', label: t('collaboration.budget'), value: c.budgetCents !== null ? f.euros(c.budgetCents) : unknown, note: c.budgetNote },
          {
            key: 'funding',
            label: t('collaboration.funding'),
            value: <FundingList lines={c.funding} />,
            note: fundingSum !== null ? `${t('collaboration.funding.total')}: ${f.euros(fundingSum)}` : null,
          },
          ...(c.children.length
            ? [
                {
                  key: 'children',
                  label: t('collaboration.children'),
                  value: (
                    <ul className="app-tags">
                      {c.children.map((ch) => (
                        <li key={ch.code}>
                          <CollaborationLink code={ch.code} canOpen={canOpenCollaboration(ch.code)}>
                            {ch.name}
                          </CollaborationLink>
                        </li>
                      ))}
                    </ul>
                  ),
                },
              ]
            : []),
        ]}
      />
      <ContradictionAlert contradictions={c.contradictions} />
    </>
  );
}
