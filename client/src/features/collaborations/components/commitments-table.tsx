import type { CollaborationDetail } from '@akkoord/shared/schemas/collaboration';
import { useFormat } from '../../../lib/format/use-format.ts';
import { useT } from '../../../lib/i18n/use-t.ts';
import { Paragraph } from '../../../components/ui/heading.tsx';
import { Link } from '../../../components/ui/link.tsx';
import { Table, TableScroll, TBody, Td, Th, THead, Tr } from '../../../components/ui/table.tsx';

/**
 * The agreements' committed amounts per calendar year next to the budget from
 * the source: only known amounts are summed; the agreements that could not be
 * counted are counted and listed, so a gap is never shown as certain.
 */
export function CommitmentsTable({ collaboration: c }: { collaboration: CollaborationDetail }) {
  const t = useT();
  const f = useFormat();
  const fundingTotal = c.funding.length && c.funding.every((l) => l.amountCents !== null) ? c.funding.reduce((s, l) => s + (l.amountCents ?? 0), 0) : null;
  const verdict = (y: CollaborationDetail['commitments'][number]) => {
    if (y.comparison === 'no_budget') return t('commitments.noBudget');
    if (y.comparison === 'matches') return y.unknown.length ? t('commitments.matchesSoFar') : t('commitments.matches');
    const amount = f.euros(Math.abs(y.differenceCents ?? 0));
    if (y.comparison === 'over_budget') return t('commitments.excess', { amount });
    return y.unknown.length ? t('commitments.gapUncertain', { amount }) : t('commitments.gap', { amount });
  };
  return (
    <>
      <Paragraph>
        {t('commitments.intro', { budget: f.euros(c.budgetCents) })}
        {fundingTotal !== null ? ` ${t('commitments.fundingTotal', { amount: f.euros(fundingTotal) })}` : null}
      </Paragraph>
      <TableScroll label={t('commitments.caption')}>
        <Table caption={t('commitments.caption')}>
          <THead>
            <Tr>
              <Th>{t('commitments.year')}</Th>
              <Th>{t('commitments.known')}</Th>
              <Th>{t('collaboration.budget')}</Th>
              <Th>{t('commitments.comparison')}</Th>
              <Th>{t('commitments.unknown')}</Th>
            </Tr>
          </THead>
          <TBody>
            {c.commitments.map((y) => (
              <Tr key={y.year}>
                <Th scope="row">{y.year}</Th>
                <Td>{f.euros(y.knownCents)}</Td>
                <Td>{f.euros(c.budgetCents)}</Td>
                <Td>
                  <span className={y.comparison === 'over_budget' ? 'app-commitments--excess' : undefined}>{verdict(y)}</span>
                </Td>
                <Td>
                  {y.unknown.length ? (
                    <details>
                      <summary>{t('commitments.unknownCount', { count: y.unknown.length })}</summary>
                      <ul className="utrecht-unordered-list">
                        {y.unknown.map((u) => (
                          <li key={u.id} className="utrecht-unordered-list__item">
                            <Link to={`/agreements/${u.id}`}>{u.title}</Link> — {t(`commitments.reason.${u.reason}`)}
                          </li>
                        ))}
                      </ul>
                    </details>
                  ) : (
                    t('commitments.unknownNone')
                  )}
                </Td>
              </Tr>
            ))}
          </TBody>
        </Table>
      </TableScroll>
    </>
  );
}
