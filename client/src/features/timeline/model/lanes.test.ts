import { describe, expect, it } from 'vitest';
import { computeBar, type TimelineBar } from './bar-geometry.ts';
import { layoutTimeline, packRows } from './lanes.ts';
import { makeAgreement } from './test-agreement.ts';
import type { TimelineAgreement } from './timeline-agreement.ts';

const vrt = { organisationId: 15, name: 'Veiligheidsregio Twente', role: 'processor' as const };
const police = { organisationId: 16, name: 'Politie', role: 'controller' as const };
const rj = { organisationId: 24, name: 'RJ Security', role: 'subprocessor' as const };

/** The ten agreements of the Twente register as the API lists them (start year only). */
const twente: TimelineAgreement[] = [
  makeAgreement({ id: 1, type: 'service', collaborationCode: 'IVZ', startDate: '2019', parties: [{ ...vrt, role: 'provider' }] }),
  makeAgreement({ id: 2, type: 'governance', collaborationCode: 'IVZ', startDate: '2019' }),
  makeAgreement({ id: 3, type: 'service', collaborationCode: 'ZVHT', startDate: '2018', parties: [{ ...vrt, role: 'provider' }] }),
  makeAgreement({ id: 4, type: 'governance', collaborationCode: 'ZVHT', startDate: '2018' }),
  makeAgreement({ id: 5, type: 'privacy', collaborationCode: 'ZVHT', startDate: '2023' }),
  makeAgreement({ id: 6, type: 'service', collaborationCode: 'RTR', startDate: '2022', parties: [{ ...vrt, role: 'provider' }] }),
  makeAgreement({
    id: 7,
    type: 'cooperation',
    collaborationCode: 'RTR',
    startDate: '2023',
    parties: [
      { ...police, role: 'party' },
      { ...vrt, role: 'party' },
    ],
  }),
  makeAgreement({ id: 8, type: 'processor', collaborationCode: 'RTR', startDate: '2023', parties: [police, vrt] }),
  makeAgreement({
    id: 9,
    type: 'service',
    collaborationCode: 'RTR',
    startDate: '2023',
    parties: [
      { ...vrt, role: 'client' },
      { ...rj, role: 'provider' },
    ],
  }),
  makeAgreement({ id: 10, type: 'subprocessor', collaborationCode: 'RTR', startDate: '2023', parties: [vrt, rj] }),
];

const idsByLane = (agreements: TimelineAgreement[], grouping: 'collaboration' | 'organisation' | 'type') => {
  const layout = layoutTimeline(agreements, grouping);
  return new Map(
    layout.lanes.map((lane) => [
      lane.key,
      layout.rows
        .slice(lane.firstRow, lane.firstRow + lane.rowCount)
        .flatMap((r) => r.bars.map((b) => b.agreement.id))
        .sort((a, b) => a - b),
    ]),
  );
};

describe('layoutTimeline', () => {
  it('puts the Twente register in one lane per collaboration', () => {
    const layout = layoutTimeline(twente, 'collaboration');
    expect(layout.lanes.map((l) => [l.key, l.count])).toEqual([
      ['IVZ', 2],
      ['RTR', 5],
      ['ZVHT', 3],
    ]);
    expect(Object.fromEntries(idsByLane(twente, 'collaboration'))).toEqual({ IVZ: [1, 2], RTR: [6, 7, 8, 9, 10], ZVHT: [3, 4, 5] });
    expect(layout.unplaced).toEqual([]);
  });

  it('puts an agreement in the lane of every party by organisation, and those without parties last', () => {
    const lanes = idsByLane(twente, 'organisation');
    expect([...lanes.keys()]).toEqual(['16', '24', '15', '']); // Politie, RJ Security, Veiligheidsregio Twente, none
    expect(lanes.get('16')).toEqual([7, 8]);
    expect(lanes.get('24')).toEqual([9, 10]);
    expect(lanes.get('15')).toEqual([1, 3, 6, 7, 8, 9, 10]);
    expect(lanes.get('')).toEqual([2, 4, 5]);
  });

  it('orders type lanes like the domain (service first, sub-processor last)', () => {
    expect([...idsByLane(twente, 'type').keys()]).toEqual(['service', 'governance', 'cooperation', 'privacy', 'processor', 'subprocessor']);
  });

  it('stacks lanes without overlap: each row below the previous, lanes separated by the gap', () => {
    const layout = layoutTimeline(twente, 'collaboration', { rowHeight: 20, laneGap: 8, gapDays: 0, ownRowsUpTo: 0 });
    for (let i = 1; i < layout.rows.length; i++) expect(layout.rows[i]!.y).toBeGreaterThanOrEqual(layout.rows[i - 1]!.y + 20);
    const [ivz, rtr] = layout.lanes;
    expect(rtr!.y).toBe(ivz!.y + ivz!.height + 8);
    expect(layout.height).toBe(layout.lanes.at(-1)!.y + layout.lanes.at(-1)!.height);
  });

  it('gives each agreement a row of its own in a small register, and shares rows in a large one', () => {
    const small = layoutTimeline(twente, 'collaboration');
    expect(small.rows).toHaveLength(10);
    const sequential = Array.from({ length: 12 }, (_, i) =>
      makeAgreement({ id: i + 1, collaborationCode: 'A', startDate: `${2000 + i * 2}-01-01`, endDate: `${2000 + i * 2}-12-31` }),
    );
    expect(layoutTimeline(sequential, 'collaboration').rows).toHaveLength(12);
    expect(layoutTimeline(sequential, 'collaboration', { rowHeight: 30, laneGap: 10, gapDays: 60, ownRowsUpTo: 5 }).rows).toHaveLength(1);
  });

  it('keeps agreements without any date apart', () => {
    const layout = layoutTimeline([makeAgreement({ id: 99 }), ...twente.slice(0, 1)], 'collaboration');
    expect(layout.unplaced.map((a) => a.id)).toEqual([99]);
  });
});

describe('packRows', () => {
  const bar = (id: number, start: string, end: string): TimelineBar => computeBar(makeAgreement({ id, startDate: start, endDate: end }))!;

  it('shares a row between agreements that follow each other, and opens a row for overlaps', () => {
    const rows = packRows([bar(1, '2020-01-01', '2020-12-31'), bar(2, '2021-01-01', '2021-12-31'), bar(3, '2020-06-01', '2021-06-30')], 0);
    expect(rows.map((r) => r.map((b) => b.agreement.id))).toEqual([[1, 2], [3]]);
  });

  it('keeps the gap between bars in a row', () => {
    const rows = packRows([bar(1, '2020-01-01', '2020-12-31'), bar(2, '2021-01-01', '2021-12-31')], 30);
    expect(rows).toHaveLength(2);
  });

  it('never overlaps bars in a row and keeps them sorted (random input)', () => {
    let seed = 7;
    const rand = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const bars = Array.from({ length: 400 }, (_, i) => {
      const y = 2000 + Math.floor(rand() * 25);
      const len = 1 + Math.floor(rand() * 5);
      return bar(i + 1, `${y}-0${1 + Math.floor(rand() * 9)}-01`, `${y + len}-12-31`);
    });
    const rows = packRows(bars, 10);
    expect(rows.flat()).toHaveLength(400);
    for (const row of rows) for (let i = 1; i < row.length; i++) expect(row[i]!.from).toBeGreaterThanOrEqual(row[i - 1]!.to + 10);
  });
});
