import { describe, expect, it } from 'vitest';
import { earliestDay, isPartialDate, latestDay, precisionOf } from './partial-date.ts';

describe('partial dates', () => {
  it('accepts year, month and day precision and keeps it', () => {
    expect(isPartialDate('2019')).toBe(true);
    expect(precisionOf('2019')).toBe('year');
    expect(precisionOf('2019-05')).toBe('month');
    expect(precisionOf('2019-05-03')).toBe('day');
  });
  it('rejects impossible dates', () => {
    for (const bad of ['2023-02-29', '2019-13', '19', '2019-1-1', '2019-04-31', '']) expect(isPartialDate(bad)).toBe(false);
    expect(isPartialDate('2024-02-29')).toBe(true);
  });
  it('spans the days a partial date may stand for', () => {
    expect([earliestDay('2019'), latestDay('2019')]).toEqual(['2019-01-01', '2019-12-31']);
    expect(latestDay('2024-02')).toBe('2024-02-29');
    expect(latestDay('2023-02')).toBe('2023-02-28');
  });
});
