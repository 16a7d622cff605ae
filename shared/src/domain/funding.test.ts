import { describe, expect, it } from 'vitest';
import { findFundingContradictions } from './funding.ts';

describe('funding contradictions', () => {
  it("flags ZVHT's figures: 637,000 + 260,000 is not the 837,000 budget", () => {
    expect(findFundingContradictions(83_700_000, [{ amountCents: 63_700_000 }, { amountCents: 26_000_000 }])).toEqual([
      { code: 'funding_sum_differs_from_budget', expectedCents: 83_700_000, actualCents: 89_700_000, differenceCents: 6_000_000 },
    ]);
  });
  it('says nothing when an amount is unknown or the figures agree', () => {
    expect(findFundingContradictions(20_200_000, [{ amountCents: null }])).toEqual([]);
    expect(findFundingContradictions(100, [{ amountCents: 60 }, { amountCents: 40 }])).toEqual([]);
    expect(findFundingContradictions(null, [{ amountCents: 60 }])).toEqual([]);
  });
});
