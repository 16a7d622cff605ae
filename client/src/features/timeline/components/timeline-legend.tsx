import { useId, type ReactNode } from 'react';
import type { AgreementStatus } from '@akkoord/shared/domain/enums';
import { useT } from '../../../lib/i18n/use-t.ts';
import type { PlainMessageKey } from '../../../lib/i18n/dictionary.ts';
import { MARKER_INK, STATUS_STYLES } from '../model/status-style.ts';
import { defIds, safeIdPrefix, TimelineDefs, type DefIds } from './timeline-defs.tsx';

const W = 44;
const H = 16;

/** A small drawing of a status: its colour, stripe and texture — the texture tells statuses apart without colour. */
export function StatusSwatch({ status, ids }: { status: AgreementStatus; ids: DefIds }) {
  const style = STATUS_STYLES[status];
  return (
    <>
      <rect x={0} y={0} width={W} height={H} fill={style.fill} />
      {style.pattern !== 'none' ? <rect x={0} y={0} width={W} height={H} fill={`url(#${ids.pattern(status)})`} /> : null}
      {style.dashed ? (
        <rect x={0.75} y={0.75} width={W - 1.5} height={H - 1.5} fill="none" stroke={style.ink} strokeWidth={1.5} strokeDasharray="4 2" />
      ) : (
        <rect x={0} y={H - 3} width={W} height={3} fill={style.ink} />
      )}
    </>
  );
}

type SymbolKind = 'fadeIn' | 'fadeOut' | 'next' | 'boundary' | 'open' | 'notice' | 'noticePartial' | 'review' | 'today';

export function SymbolSwatch({ kind, ids }: { kind: SymbolKind; ids: DefIds }) {
  const ink = STATUS_STYLES.active.ink;
  const fill = STATUS_STYLES.active.fill;
  const bar = (
    <>
      <rect x={0} y={0} width={W} height={H} fill={fill} />
      <rect x={0} y={H - 3} width={W} height={3} fill={ink} />
    </>
  );
  switch (kind) {
    case 'fadeIn':
      return <g mask={`url(#${ids.fadeIn})`}>{bar}</g>;
    case 'fadeOut':
      return <g mask={`url(#${ids.fadeOut})`}>{bar}</g>;
    case 'next':
      return <rect x={0.75} y={0.75} width={W - 1.5} height={H - 1.5} fill="#fff" stroke={ink} strokeWidth={1.5} strokeDasharray="5 3" />;
    case 'boundary':
      return (
        <>
          {bar}
          <line x1={W / 2} x2={W / 2} y1={-2} y2={H + 1} stroke={ink} strokeWidth={2} />
        </>
      );
    case 'open':
      return (
        <>
          <rect x={0} y={0} width={W - 8} height={H} fill={fill} />
          <rect x={0} y={H - 3} width={W - 8} height={3} fill={ink} />
          <path d={`M${W - 9},-2 l8,${H / 2 + 2} l-8,${H / 2 + 2} z`} fill={ink} />
        </>
      );
    case 'notice':
      return <path d={`M${W / 2},1 l7,7 l-7,7 l-7,-7 z`} fill={MARKER_INK.notice} />;
    case 'noticePartial':
      return (
        <>
          <rect x={W / 2} y={H - 2} width={W / 2} height={2} fill={MARKER_INK.notice} />
          <path d={`M${W / 2},1 l6,7 l-6,7 l-6,-7 z`} fill="#fff" stroke={MARKER_INK.notice} strokeWidth={2} />
        </>
      );
    case 'review':
      return <circle cx={W / 2} cy={H / 2} r={5.5} fill={MARKER_INK.review} />;
    case 'today':
      return <line x1={W / 2} x2={W / 2} y1={-2} y2={H + 2} stroke={MARKER_INK.today} strokeWidth={2} />;
  }
}

const SYMBOLS: { kind: SymbolKind; label: PlainMessageKey }[] = [
  { kind: 'fadeIn', label: 'timeline.legend.fadeIn' },
  { kind: 'fadeOut', label: 'timeline.legend.fadeOut' },
  { kind: 'open', label: 'timeline.legend.open' },
  { kind: 'boundary', label: 'timeline.legend.boundary' },
  { kind: 'next', label: 'timeline.legend.next' },
  { kind: 'notice', label: 'timeline.legend.notice' },
  { kind: 'noticePartial', label: 'timeline.legend.noticePartial' },
  { kind: 'review', label: 'timeline.legend.review' },
  { kind: 'today', label: 'timeline.legend.today' },
];

function Item({ children, label }: { children: ReactNode; label: string }) {
  return (
    <li className="akk-tl-legend__item">
      <svg width={W} height={H + 4} viewBox={`0 -2 ${W} ${H + 4}`} aria-hidden="true" focusable="false">
        {children}
      </svg>
      <span>{label}</span>
    </li>
  );
}

/** What the colours, textures and symbols mean, in words (so nothing depends on colour alone). */
export function TimelineLegend({ statuses }: { statuses: readonly AgreementStatus[] }) {
  const t = useT();
  const ids = defIds(safeIdPrefix(useId()));
  const headingId = `${ids.clip}-legend`;
  return (
    <section className="akk-tl-legend" aria-labelledby={headingId}>
      <p id={headingId} className="akk-tl-legend__title">
        {t('timeline.legend')}
      </p>
      <svg width={0} height={0} className="akk-tl-legend__defs" aria-hidden="true" focusable="false">
        <TimelineDefs ids={ids} />
      </svg>
      <div className="akk-tl-legend__groups">
        <div>
          <p className="akk-tl-legend__group">{t('timeline.legend.status')}</p>
          <ul className="akk-tl-legend__list">
            {statuses.map((status) => (
              <Item key={status} label={t(`status.${status}`)}>
                <StatusSwatch status={status} ids={ids} />
              </Item>
            ))}
          </ul>
        </div>
        <div>
          <p className="akk-tl-legend__group">{t('timeline.legend.symbols')}</p>
          <ul className="akk-tl-legend__list">
            {SYMBOLS.map((s) => (
              <Item key={s.kind} label={t(s.label)}>
                <SymbolSwatch kind={s.kind} ids={ids} />
              </Item>
            ))}
          </ul>
        </div>
      </div>
    </section>
  );
}
