import type { Contradiction } from '../schemas/collaboration.ts';

/**
 * Compares a budget with the sum of its funding lines. Only when every line
 * names an amount can they disagree; the source is kept as it is and the
 * difference is shown, never corrected.
 */
export function findFundingContradictions(budgetCents: number | null, lines: { amountCents: number | null }[]): Contradiction[] {
  if (budgetCents === null || lines.length === 0 || lines.some((l) => l.amountCents === null)) return [];
  const sum = lines.reduce((acc, l) => acc + (l.amountCents ?? 0), 0);
  if (sum === budgetCents) return [];
  return [{ code: 'funding_sum_differs_from_budget', expectedCents: budgetCents, actualCents: sum, differenceCents: sum - budgetCents }];
}
