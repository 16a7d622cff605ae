import { describe, expect, it } from 'vitest';
import { agreementSummary } from '../../testing/fixtures.ts';
import { deadlinesWithin } from './deadlines.ts';
import { findDataGaps } from './data-gaps.ts';

const base = agreementSummary();

describe('deadlines in the next 12 months', () => {
  it('lists notice deadlines, term ends and reviews in the window, earliest first', () => {
    const a = { ...base, id: 2, title: 'B', noticeDeadline: '2027-03-31', currentTermEnd: '2027-06-30' };
    const b = { ...base, id: 3, title: 'A', nextReviewDate: '2026-12', currentTermEnd: '2028-01-01' };
    expect(deadlinesWithin([a, b], '2026-11-29').map((d) => `${d.kind}:${d.date}`)).toEqual(['review:2026-12', 'notice:2027-03-31', 'end:2027-06-30']);
  });
  it('keeps a year-only date that may still fall in the window', () => {
    expect(deadlinesWithin([{ ...base, currentTermEnd: '2026' }], '2026-11-29')).toHaveLength(1);
    expect(deadlinesWithin([{ ...base, currentTermEnd: '2025' }], '2026-11-29')).toHaveLength(0);
  });
});

describe('data gaps', () => {
  it('names what is missing to watch the deadlines', () => {
    expect(findDataGaps([base])[0]?.gaps).toEqual(['startDay', 'end', 'owner', 'parties']);
    const complete = {
      ...base,
      startDate: '2019-01-01',
      termKind: 'indefinite' as const,
      ownerName: 'Jan',
      parties: [{ organisationId: 1, name: 'VRT', role: 'provider' as const }],
    };
    expect(findDataGaps([complete])).toEqual([]);
  });
  it('stops asking for the end once the term is known, also when it follows from a term length', () => {
    const termOnly = {
      ...base,
      startDate: '2025-01-01',
      termKind: 'fixed' as const,
      endDate: null,
      currentTermEnd: '2026-12-31',
      ownerName: 'Jan',
      parties: [{ organisationId: 1, name: 'VRT', role: 'provider' as const }],
    };
    expect(findDataGaps([termOnly])).toEqual([]);
    expect(findDataGaps([{ ...termOnly, currentTermEnd: null }])[0]?.gaps).toEqual(['end']);
  });
});
