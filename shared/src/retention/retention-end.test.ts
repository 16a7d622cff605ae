import { describe, expect, it } from 'vitest';
import { computeDestructionDate } from './destruction-date.ts';
import { retentionEndOf } from './retention-end.ts';

describe('the end a retention counts from', () => {
  it('is the termination date when notice ended the agreement early, else the current term end', () => {
    expect(retentionEndOf({ terminationDate: '2024-06-30', currentTermEnd: '2025-12-31' })).toBe('2024-06-30');
    expect(retentionEndOf({ terminationDate: null, currentTermEnd: '2025-12' })).toBe('2025-12');
    expect(retentionEndOf({ terminationDate: null, currentTermEnd: null })).toBeNull();
  });
  it('gives no destruction date for an indefinite or unknown term', () => {
    expect(computeDestructionDate(retentionEndOf({ terminationDate: null, currentTermEnd: null }), { action: 'destroy', years: 10 })).toEqual({
      kind: 'none',
      reason: 'end_unknown',
    });
  });
});
