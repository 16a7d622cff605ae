import { describe, expect, it } from 'vitest';
import { layoutTimeline } from './lanes.ts';
import { barKeyOf, findBar, neighbourOf, parseBarKey } from './navigation.ts';
import { makeAgreement } from './test-agreement.ts';

const layout = layoutTimeline(
  [
    makeAgreement({ id: 1, collaborationCode: 'A', startDate: '2020-01-01', endDate: '2020-12-31' }),
    makeAgreement({ id: 2, collaborationCode: 'A', startDate: '2022-01-01', endDate: '2022-12-31' }),
    makeAgreement({ id: 3, collaborationCode: 'A', startDate: '2020-06-01', endDate: '2021-06-30' }),
    makeAgreement({ id: 4, collaborationCode: 'B', startDate: '2022-03-01', endDate: '2023-03-31' }),
    makeAgreement({ id: 5, collaborationCode: 'B', startDate: '2019-01-01', endDate: '2019-03-31' }),
  ],
  'collaboration',
  { rowHeight: 30, laneGap: 0, gapDays: 30, ownRowsUpTo: 0 },
);
const end = 1e6;

describe('keyboard navigation between bars', () => {
  it('moves along a row with left and right', () => {
    // row 0 of lane A holds 1 and 2; row 1 holds 3
    expect(neighbourOf(layout, { row: 0, id: 1 }, 'right', end)).toEqual({ row: 0, id: 2 });
    expect(neighbourOf(layout, { row: 0, id: 2 }, 'left', end)).toEqual({ row: 0, id: 1 });
    expect(neighbourOf(layout, { row: 0, id: 2 }, 'right', end)).toBeNull();
  });

  it('moves to the bar closest in time in the row below or above, across lanes', () => {
    expect(neighbourOf(layout, { row: 0, id: 1 }, 'down', end)).toEqual({ row: 1, id: 3 });
    // row 2 (lane B) holds 5 (early 2019) and 4 (2022–2023); the centre of 3 (December 2020) is nearer to 4
    expect(neighbourOf(layout, { row: 1, id: 3 }, 'down', end)).toEqual({ row: 2, id: 4 });
    expect(neighbourOf(layout, { row: 0, id: 2 }, 'up', end)).toBeNull();
  });

  it('round-trips bar keys', () => {
    expect(parseBarKey(barKeyOf({ row: 12, id: 345 }))).toEqual({ row: 12, id: 345 });
    expect(parseBarKey('x')).toBeNull();
    expect(findBar(layout, { row: 0, id: 2 })?.agreement.id).toBe(2);
  });
});
