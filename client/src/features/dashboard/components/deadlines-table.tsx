import { useT } from '../../../lib/i18n/use-t.ts';
import { EmptyState } from '../../../components/ui/empty-state.tsx';
import { Link } from '../../../components/ui/link.tsx';
import { Table, TableScroll, TBody, Td, Th, THead, Tr } from '../../../components/ui/table.tsx';
import { PartialDateText } from '../../../components/domain/partial-date.tsx';
import type { Deadline } from '../deadlines.ts';

/** The coming deadlines, earliest first, notice deadlines before ends on the same day. */
export function DeadlinesTable({ deadlines }: { deadlines: Deadline[] }) {
  const t = useT();
  if (!deadlines.length) return <EmptyState>{t('dashboard.deadlines.empty')}</EmptyState>;
  return (
    <TableScroll label={t('dashboard.deadlines.title')}>
      <Table caption={t('dashboard.deadlines.title')} captionHidden>
        <THead>
          <Tr>
            <Th>{t('dashboard.deadlines.date')}</Th>
            <Th>{t('dashboard.deadlines.what')}</Th>
            <Th>{t('dashboard.deadlines.agreement')}</Th>
          </Tr>
        </THead>
        <TBody>
          {deadlines.map((d) => (
            <Tr key={`${d.agreementId}-${d.kind}-${d.date}`}>
              <Td>
                <PartialDateText value={d.date} />
              </Td>
              <Td>{t(`dashboard.deadlines.kind.${d.kind}`)}</Td>
              <Td>
                <Link to={`/agreements/${d.agreementId}`}>{d.title}</Link>
              </Td>
            </Tr>
          ))}
        </TBody>
      </Table>
    </TableScroll>
  );
}
