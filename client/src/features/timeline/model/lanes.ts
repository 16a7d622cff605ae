import { AGREEMENT_TYPES } from '@akkoord/shared/domain/enums';
import { computeBar, type TimelineBar } from './bar-geometry.ts';
import type { TimelineAgreement } from './timeline-agreement.ts';

export const LANE_GROUPINGS = ['collaboration', 'organisation', 'type'] as const;
export type LaneGrouping = (typeof LANE_GROUPINGS)[number];

export interface Lane {
  /** Collaboration code, organisation id or agreement type; '' for "none" (no collaboration, no parties). */
  key: string;
  /** Name to show: the collaboration code, the organisation's name, the type code; '' for none. */
  name: string;
  /** Distinct agreements in the lane. */
  count: number;
  /** Index of its first row in `TimelineLayout.rows`. */
  firstRow: number;
  rowCount: number;
  /** Top of the lane in px, and its height. */
  y: number;
  height: number;
}

export interface TimelineRow {
  lane: number;
  /** Bars that do not overlap, ordered by `from` (hence also by `to`). */
  bars: TimelineBar[];
  y: number;
}

export interface TimelineLayout {
  lanes: Lane[];
  rows: TimelineRow[];
  /** Agreements without any date to place them by. */
  unplaced: TimelineAgreement[];
  /** Earliest and latest day drawn (finite parts only); null when nothing is placed. */
  extent: { from: number; to: number } | null;
  height: number;
}

export interface LayoutOptions {
  rowHeight: number;
  /** Extra space above each lane (its separator). */
  laneGap: number;
  /** Minimum days between two bars that share a row, so their labels do not touch. */
  gapDays: number;
  /** Up to this many agreements each gets a row of its own (every title readable); beyond it rows are shared. */
  ownRowsUpTo: number;
}

export const DEFAULT_LAYOUT: LayoutOptions = { rowHeight: 30, laneGap: 10, gapDays: 60, ownRowsUpTo: 250 };

interface LaneDraft {
  key: string;
  name: string;
  bars: TimelineBar[];
}

function lanesFor(a: TimelineAgreement, grouping: LaneGrouping): { key: string; name: string }[] {
  if (grouping === 'collaboration') return [{ key: a.collaborationCode ?? '', name: a.collaborationCode ?? '' }];
  if (grouping === 'type') return [{ key: a.type, name: a.type }];
  const seen = new Set<number>();
  const out: { key: string; name: string }[] = [];
  for (const p of a.parties) {
    if (seen.has(p.organisationId)) continue;
    seen.add(p.organisationId);
    out.push({ key: String(p.organisationId), name: p.name });
  }
  return out.length ? out : [{ key: '', name: '' }];
}

const TYPE_ORDER = new Map<string, number>(AGREEMENT_TYPES.map((t, i) => [t, i]));
const collator = new Intl.Collator('nl', { numeric: true, sensitivity: 'base' });

function compareLanes(grouping: LaneGrouping, a: LaneDraft, b: LaneDraft): number {
  if (a.key === '' || b.key === '') return a.key === '' ? (b.key === '' ? 0 : 1) : -1;
  if (grouping === 'type') return (TYPE_ORDER.get(a.key) ?? 99) - (TYPE_ORDER.get(b.key) ?? 99);
  return collator.compare(a.name, b.name);
}

/**
 * Greedy interval packing: bars sorted by start go into the first row whose
 * last bar ended (plus the gap) before they begin. Rows never overlap, so
 * each row stays sorted by start and by end — what the viewport search needs.
 */
export function packRows(bars: TimelineBar[], gapDays: number): TimelineBar[][] {
  const sorted = [...bars].sort((x, y) => x.from - y.from || x.agreement.id - y.agreement.id);
  const rows: TimelineBar[][] = [];
  const rowEnds: number[] = [];
  for (const bar of sorted) {
    let row = -1;
    for (let i = 0; i < rowEnds.length; i++) {
      if ((rowEnds[i] as number) + gapDays <= bar.from) {
        row = i;
        break;
      }
    }
    if (row === -1) {
      rows.push([bar]);
      rowEnds.push(bar.to);
    } else {
      (rows[row] as TimelineBar[]).push(bar);
      rowEnds[row] = bar.to;
    }
  }
  return rows;
}

/** One row per bar, in order of start. */
export function oneRowEach(bars: TimelineBar[]): TimelineBar[][] {
  return [...bars].sort((x, y) => x.from - y.from || x.agreement.id - y.agreement.id).map((bar) => [bar]);
}

/**
 * Groups agreements into lanes (one per collaboration, organisation or
 * type), packs each lane into rows and gives every row its y position.
 * By organisation an agreement appears in the lane of each of its parties.
 */
export function layoutTimeline(agreements: readonly TimelineAgreement[], grouping: LaneGrouping, options: LayoutOptions = DEFAULT_LAYOUT): TimelineLayout {
  const drafts = new Map<string, LaneDraft>();
  const unplaced: TimelineAgreement[] = [];
  let extentFrom = Number.POSITIVE_INFINITY;
  let extentTo = Number.NEGATIVE_INFINITY;
  for (const a of agreements) {
    const bar = computeBar(a);
    if (!bar) {
      unplaced.push(a);
      continue;
    }
    extentFrom = Math.min(extentFrom, bar.from);
    for (const s of bar.segments) if (Number.isFinite(s.to)) extentTo = Math.max(extentTo, s.to);
    for (const m of bar.markers) extentTo = Math.max(extentTo, m.to);
    for (const { key, name } of lanesFor(a, grouping)) {
      let draft = drafts.get(key);
      if (!draft) drafts.set(key, (draft = { key, name, bars: [] }));
      draft.bars.push(bar);
    }
  }

  const lanes: Lane[] = [];
  const rows: TimelineRow[] = [];
  let y = 0;
  for (const draft of [...drafts.values()].sort((a, b) => compareLanes(grouping, a, b))) {
    const packed = agreements.length <= options.ownRowsUpTo ? oneRowEach(draft.bars) : packRows(draft.bars, options.gapDays);
    y += options.laneGap;
    const lane: Lane = { key: draft.key, name: draft.name, count: draft.bars.length, firstRow: rows.length, rowCount: packed.length, y, height: packed.length * options.rowHeight };
    for (const bars of packed) {
      rows.push({ lane: lanes.length, bars, y });
      y += options.rowHeight;
    }
    lanes.push(lane);
  }
  const extent = Number.isFinite(extentFrom) ? { from: extentFrom, to: Math.max(extentTo, extentFrom + 1) } : null;
  return { lanes, rows, unplaced, extent, height: y };
}
