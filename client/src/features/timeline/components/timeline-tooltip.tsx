import { useT } from '../../../lib/i18n/use-t.ts';
import type { TimelineBar } from '../model/bar-geometry.ts';
import type { AgreementFacts } from './use-agreement-facts.ts';

export interface TooltipState {
  key: string;
  x: number;
  y: number;
  /** Opens upwards from `y` (bars in the lower half of the chart). */
  above: boolean;
  /** Shown because of keyboard focus (stays until focus moves) rather than hover. */
  byFocus: boolean;
}

/**
 * The facts of the bar under the pointer or in focus. It can be hovered
 * itself and is dismissed with Escape (WCAG 1.4.13); screen readers get
 * the same facts from the bar's own label, so it is hidden from them.
 */
export function TimelineTooltip({
  bar,
  facts,
  x,
  y,
  above,
  containerWidth,
  onPointerEnter,
  onPointerLeave,
}: {
  bar: TimelineBar;
  facts: AgreementFacts;
  x: number;
  y: number;
  above: boolean;
  containerWidth: number;
  onPointerEnter: () => void;
  onPointerLeave: () => void;
}) {
  const t = useT();
  const a = bar.agreement;
  const width = Math.min(340, containerWidth - 16);
  const left = Math.max(8, Math.min(x, containerWidth - width - 8));
  const rows: [string, string][] = [
    [t('timeline.fact.type'), t(`type.${a.type}`)],
    [t('timeline.fact.status'), t(`status.${a.status}`)],
    [t('timeline.fact.start'), facts.start],
    [t('timeline.fact.end'), facts.end],
  ];
  if (facts.notice) rows.push([t('timeline.fact.notice'), facts.notice]);
  if (facts.review) rows.push([t('timeline.fact.review'), facts.review]);
  if (facts.renewal) rows.push([t('timeline.fact.renewal'), facts.renewal]);
  if (a.collaborationCode) rows.push([t('timeline.fact.collaboration'), a.collaborationCode]);
  if (facts.parties) rows.push([t('timeline.fact.parties'), facts.parties]);
  return (
    <div
      className={above ? 'akk-tl-tooltip akk-tl-tooltip--above' : 'akk-tl-tooltip'}
      style={{ left, top: y, width }}
      aria-hidden="true"
      onPointerEnter={onPointerEnter}
      onPointerLeave={onPointerLeave}
    >
      <p className="akk-tl-tooltip__title">{a.title}</p>
      <dl className="akk-tl-tooltip__facts">
        {rows.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <p className="akk-tl-tooltip__hint">{t('timeline.tooltip.open')}</p>
    </div>
  );
}
