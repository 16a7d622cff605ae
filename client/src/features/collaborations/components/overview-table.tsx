import type { Overview, OverviewCell, OverviewRowKey } from '@akkoord/shared/schemas/overview';
import { useFormat } from '../../../lib/format/use-format.ts';
import { useT } from '../../../lib/i18n/use-t.ts';
import { Link } from '../../../components/ui/link.tsx';
import { Table, TableScroll, TBody, Td, Th, THead, Tr } from '../../../components/ui/table.tsx';
import { Unknown } from '../../../components/ui/data-list.tsx';
import { PartialDateText } from '../../../components/domain/partial-date.tsx';
import { ContradictionAlert } from './contradiction-alert.tsx';
import { FundingList } from './funding-list.tsx';

function Cell({ row, cell }: { row: OverviewRowKey; cell: OverviewCell }) {
  const f = useFormat();
  const t = useT();
  const unknown = <Unknown>{f.unknown}</Unknown>;
  switch (row) {
    case 'purpose':
      return cell.purpose ? <p className="utrecht-paragraph app-rich-text">{cell.purpose}</p> : unknown;
    case 'founded':
      return (
        <>
          {cell.foundedYear ?? unknown}
          {cell.foundedNote ? <span className="app-data-list__note">{cell.foundedNote}</span> : null}
        </>
      );
    case 'hostedByVrtSince':
      return <>{cell.hostedByVrtSince ?? unknown}</>;
    case 'capacity':
      return cell.capacityFte !== null ? <>{t('collaboration.fte', { fte: f.number(cell.capacityFte) })}</> : cell.capacityNote ? <>{cell.capacityNote}</> : unknown;
    case 'budget':
      return <>{cell.budgetCents !== null ? f.euros(cell.budgetCents) : unknown}</>;
    case 'funding':
      return (
        <>
          <FundingList lines={cell.funding} />
          <ContradictionAlert contradictions={cell.contradictions} compact />
        </>
      );
    case 'agreements':
      return cell.agreements.length ? (
        <ul>
          {cell.agreements.map((a) => (
            <li key={a.id}>
              <Link to={`/agreements/${a.id}`}>{a.title}</Link> (<PartialDateText value={a.startDate} />)
            </li>
          ))}
        </ul>
      ) : (
        <>{cell.agreementsNote ?? unknown}</>
      );
    case 'legalBasis':
      return cell.legalBasis ? <p className="utrecht-paragraph app-rich-text">{cell.legalBasis}</p> : unknown;
  }
}

/** The source document's comparison table: one column per collaboration, one row per topic. */
export function OverviewTable({ overview }: { overview: Overview }) {
  const t = useT();
  return (
    <TableScroll label={t('collaborations.scrollRegion')}>
      <Table caption={t('collaborations.tableCaption')} className="app-overview-table">
        <THead>
          <Tr>
            <Th>{t('collaborations.topic')}</Th>
            {overview.columns.map((c) => (
              <Th key={c.code}>
                <Link to={`/collaborations/${c.code}`}>{c.name}</Link> <span className="app-muted">({c.code})</span>
              </Th>
            ))}
          </Tr>
        </THead>
        <TBody>
          {overview.rows.map((row) => (
            <Tr key={row}>
              <Th scope="row">{t(`overview.row.${row}`)}</Th>
              {overview.columns.map((c) => {
                const cell = overview.cells[c.code];
                return <Td key={c.code}>{cell ? <Cell row={row} cell={cell} /> : <Unknown>{t('common.unknown')}</Unknown>}</Td>;
              })}
            </Tr>
          ))}
        </TBody>
      </Table>
    </TableScroll>
  );
}
