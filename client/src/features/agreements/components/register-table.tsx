import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useWindowVirtualizer } from '@tanstack/react-virtual';
import type { AgreementSort, AgreementSummary } from '@akkoord/shared/schemas/agreement';
import { useT } from '../../../lib/i18n/use-t.ts';
import { Link } from '../../../components/ui/link.tsx';
import { StatusBadge } from '../../../components/ui/status-badge.tsx';
import { AgreementStatusBadge } from '../../../components/domain/agreement-status-badge.tsx';
import { PartialDateText } from '../../../components/domain/partial-date.tsx';

const ROW_HEIGHT = 56;
const OVERSCAN = 12;

type SortKey = 'title' | 'type' | 'startDate' | 'endDate' | 'noticeDeadline' | 'status';

export interface RegisterTableProps {
  rows: AgreementSummary[];
  total: number;
  sort: AgreementSort;
  onSort: (sort: AgreementSort) => void;
  hasMore: boolean;
  loadingMore: boolean;
  onNeedMore: () => void;
}

/** Renders every loaded row while printing (the virtual window would print only a screenful). */
function usePrinting(): boolean {
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    const on = () => setPrinting(true);
    const off = () => setPrinting(false);
    window.addEventListener('beforeprint', on);
    window.addEventListener('afterprint', off);
    return () => {
      window.removeEventListener('beforeprint', on);
      window.removeEventListener('afterprint', off);
    };
  }, []);
  return printing;
}

function SortHeader({ column, label, sort, onSort, className }: { column: SortKey; label: string; sort: AgreementSort; onSort: (s: AgreementSort) => void; className?: string }) {
  const t = useT();
  const current = sort === column ? 'ascending' : sort === `-${column}` ? 'descending' : undefined;
  const next: AgreementSort = sort === column ? (`-${column}` as AgreementSort) : column;
  return (
    <th scope="col" className={`utrecht-table__header-cell ${className ?? ''}`} aria-sort={current ?? 'none'}>
      <button type="button" className="app-sort-button" onClick={() => onSort(next)} title={t('register.sortBy', { column: label })}>
        {label}
        <span aria-hidden="true">{current === 'ascending' ? '▲' : current === 'descending' ? '▼' : '↕'}</span>
      </button>
    </th>
  );
}

/**
 * The register table: a real <table> whose rows are virtualised (only the
 * rows in view exist in the DOM), so 100,000 agreements scroll smoothly.
 * It scrolls with the page (no inner scroll box that cuts columns and rows);
 * rows are measured, because on a phone they are cards of varying height.
 * Nearing the end of the loaded rows asks for the next page.
 */
export function RegisterTable({ rows, total, sort, onSort, hasMore, loadingMore, onNeedMore }: RegisterTableProps) {
  const t = useT();
  const wrapperRef = useRef<HTMLDivElement>(null);
  const printing = usePrinting();
  // Where the table starts on the page: the virtual window is measured from there.
  const [scrollMargin, setScrollMargin] = useState(0);
  useLayoutEffect(() => {
    const measure = () => setScrollMargin((wrapperRef.current?.getBoundingClientRect().top ?? 0) + window.scrollY);
    measure();
    const observer = typeof ResizeObserver === 'function' ? new ResizeObserver(measure) : null;
    observer?.observe(document.body);
    return () => observer?.disconnect();
  }, []);
  const virtualizer = useWindowVirtualizer({
    count: rows.length,
    estimateSize: () => ROW_HEIGHT,
    overscan: OVERSCAN,
    scrollMargin,
    initialRect: { width: 1000, height: 900 },
    // A row not laid out (hidden, or a test without layout) keeps its estimate instead of collapsing to 0.
    measureElement: (el) => el.getBoundingClientRect().height || ROW_HEIGHT,
  });
  const items = virtualizer.getVirtualItems();
  const lastIndex = items.length ? (items[items.length - 1]?.index ?? 0) : 0;

  useEffect(() => {
    if (hasMore && !loadingMore && lastIndex >= rows.length - OVERSCAN * 2) onNeedMore();
  }, [hasMore, loadingMore, lastIndex, rows.length, onNeedMore]);

  const visible = printing ? rows.map((_, index) => ({ index, start: index * ROW_HEIGHT })) : items;
  const paddingTop = printing || !items.length ? 0 : (items[0]?.start ?? scrollMargin) - scrollMargin;
  const paddingBottom = printing || !items.length ? 0 : virtualizer.getTotalSize() - ((items[items.length - 1]?.end ?? scrollMargin) - scrollMargin);
  const label = {
    type: t('register.col.type'),
    collaboration: t('register.col.collaboration'),
    parties: t('register.col.parties'),
    start: t('register.col.start'),
    end: t('register.col.end'),
    notice: t('register.col.notice'),
    status: t('register.col.status'),
  };

  return (
    <div ref={wrapperRef} className="app-register-scroll">
      <table className="utrecht-table utrecht-table--html-table app-table app-register-table" aria-rowcount={total + 1}>
        <caption className="app-visually-hidden">{t('register.caption')}</caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row" aria-rowindex={1}>
            <SortHeader column="title" label={t('register.col.title')} sort={sort} onSort={onSort} className="app-col-title" />
            <SortHeader column="type" label={t('register.col.type')} sort={sort} onSort={onSort} className="app-col-type" />
            <th scope="col" className="utrecht-table__header-cell app-col-collaboration">
              {t('register.col.collaboration')}
            </th>
            <th scope="col" className="utrecht-table__header-cell app-col-parties">
              {t('register.col.parties')}
            </th>
            <SortHeader className="app-col-date" column="startDate" label={t('register.col.start')} sort={sort} onSort={onSort} />
            <SortHeader className="app-col-date" column="endDate" label={t('register.col.end')} sort={sort} onSort={onSort} />
            <SortHeader className="app-col-date" column="noticeDeadline" label={t('register.col.notice')} sort={sort} onSort={onSort} />
            <SortHeader column="status" label={t('register.col.status')} sort={sort} onSort={onSort} className="app-col-status" />
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {paddingTop > 0 ? (
            <tr className="app-spacer-row" aria-hidden="true">
              <td colSpan={8} style={{ blockSize: paddingTop }} />
            </tr>
          ) : null}
          {visible.map(({ index }) => {
            const a = rows[index];
            if (!a) return null;
            return (
              <tr key={a.id} ref={printing ? undefined : virtualizer.measureElement} className="utrecht-table__row" aria-rowindex={index + 2} data-index={index}>
                <td className="utrecht-table__cell app-cell-title">
                  <span className="app-cell-clamp">
                    <Link to={`/agreements/${a.id}`}>{a.title}</Link>
                    {a.archived ? <StatusBadge tone="inactive"> {t('common.archived')}</StatusBadge> : null}
                    {a.isSynthetic ? <span className="app-muted"> ({t('common.synthetic')})</span> : null}
                  </span>
                </td>
                <td className="utrecht-table__cell app-cell-type" data-label={label.type}>
                  <span className="app-cell-clamp">{t(`type.${a.type}`)}</span>
                </td>
                <td className="utrecht-table__cell app-cell-collaboration" data-label={label.collaboration}>
                  {a.collaborationCode ?? <span className="app-unknown">{t('common.unknown')}</span>}
                </td>
                <td className="utrecht-table__cell app-cell-parties" data-label={label.parties}>
                  <span className="app-cell-clamp">{a.parties.length ? a.parties.map((p) => p.name).join(', ') : <span className="app-unknown">{t('common.unknown')}</span>}</span>
                </td>
                <td className="utrecht-table__cell app-cell-start" data-label={label.start}>
                  <PartialDateText value={a.startDate} short />
                </td>
                <td className="utrecht-table__cell app-cell-end" data-label={label.end}>
                  {a.termKind === 'indefinite' ? t('termKind.indefinite') : <PartialDateText value={a.currentTermEnd ?? a.endDate} short />}
                </td>
                <td className="utrecht-table__cell app-cell-notice" data-label={label.notice}>
                  <PartialDateText value={a.noticeDeadline} short />
                </td>
                <td className="utrecht-table__cell app-cell-status" data-label={label.status}>
                  <AgreementStatusBadge status={a.status} tacitRenewal={a.tacitRenewal} noticeDeadline={a.noticeDeadline} />
                </td>
              </tr>
            );
          })}
          {paddingBottom > 0 ? (
            <tr className="app-spacer-row" aria-hidden="true">
              <td colSpan={8} style={{ blockSize: paddingBottom }} />
            </tr>
          ) : null}
        </tbody>
      </table>
    </div>
  );
}
