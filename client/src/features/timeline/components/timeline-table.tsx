import { useState } from 'react';
import { useT } from '../../../lib/i18n/use-t.ts';
import { Button } from '../../../components/ui/button.tsx';
import { Link } from '../../../components/ui/link.tsx';
import { Table, TableScroll, TBody, Td, Th, THead, Tr } from '../../../components/ui/table.tsx';
import type { Lane, TimelineLayout } from '../model/lanes.ts';
import type { TimelineBar } from '../model/bar-geometry.ts';
import type { AgreementFacts } from './use-agreement-facts.ts';

const PAGE = 200;

/**
 * The timeline as a table with the same content: one row group per lane,
 * one row per agreement with its status, start, end, notice deadline,
 * review and renewal — for screen readers, keyboard users and anyone who
 * would rather read than look.
 */
export function TimelineTable({
  layout,
  caption,
  laneNameOf,
  laneCountOf,
  factsOf,
  hrefOf,
}: {
  layout: TimelineLayout;
  caption: string;
  laneNameOf: (lane: Lane) => string;
  laneCountOf: (lane: Lane) => string;
  factsOf: (bar: TimelineBar) => AgreementFacts;
  hrefOf: (id: number) => string;
}) {
  const t = useT();
  const [limit, setLimit] = useState(PAGE);
  const total = layout.lanes.reduce((n, l) => n + l.count, 0);
  const none = t('timeline.none');
  let budget = limit;
  return (
    <>
      <TableScroll label={caption}>
        <Table caption={caption} className="akk-tl-table">
          <THead>
            <Tr>
              <Th>{t('timeline.fact.agreement')}</Th>
              <Th>{t('timeline.fact.type')}</Th>
              <Th>{t('timeline.fact.status')}</Th>
              <Th>{t('timeline.fact.start')}</Th>
              <Th>{t('timeline.fact.end')}</Th>
              <Th>{t('timeline.fact.notice')}</Th>
              <Th>{t('timeline.fact.review')}</Th>
              <Th>{t('timeline.fact.renewal')}</Th>
            </Tr>
          </THead>
          {layout.lanes.map((lane) => {
            if (budget <= 0) return null;
            const bars = layout.rows
              .slice(lane.firstRow, lane.firstRow + lane.rowCount)
              .flatMap((r) => r.bars)
              .sort((a, b) => a.from - b.from || a.agreement.id - b.agreement.id)
              .slice(0, budget);
            budget -= bars.length;
            return (
              <TBody key={lane.key} data-lane={lane.key}>
                <Tr className="akk-tl-table__lane">
                  <Th scope="rowgroup" colSpan={8}>
                    {laneNameOf(lane)} <span className="akk-tl-table__count">({laneCountOf(lane)})</span>
                  </Th>
                </Tr>
                {bars.map((bar) => {
                  const a = bar.agreement;
                  const facts = factsOf(bar);
                  return (
                    <Tr key={a.id} data-agreement-id={a.id}>
                      <Th scope="row">
                        <Link to={hrefOf(a.id)}>{a.title}</Link>
                      </Th>
                      <Td>{t(`type.${a.type}`)}</Td>
                      <Td>{t(`status.${a.status}`)}</Td>
                      <Td>{facts.start}</Td>
                      <Td>{facts.end}</Td>
                      <Td>{facts.notice ?? none}</Td>
                      <Td>{facts.review ?? none}</Td>
                      <Td>{facts.renewal ?? none}</Td>
                    </Tr>
                  );
                })}
              </TBody>
            );
          })}
        </Table>
      </TableScroll>
      {total > limit ? (
        <div className="akk-tl-table__more">
          <p className="utrecht-paragraph" aria-live="polite">
            {t('timeline.table.shown', { shown: limit, total })}
          </p>
          <Button onClick={() => setLimit((l) => l + PAGE)}>{t('timeline.table.more')}</Button>
        </div>
      ) : null}
    </>
  );
}
