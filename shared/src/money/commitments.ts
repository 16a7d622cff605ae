import type { ValueBasis } from '../domain/enums.ts';

/** What the commitment sums need of one agreement. Dates are partial dates ("2019", "2019-05", "2019-05-03"). */
export interface CommitmentAgreement {
  id: number;
  title: string;
  startDate: string | null;
  /** The end of the current term (after renewals), or the stated end date; null = unknown or open ended. */
  endDate: string | null;
  /** `indefinite` = no end: a yearly amount runs on. */
  termKind: 'fixed' | 'indefinite' | null;
  amountCents: number | null;
  basis: ValueBasis | null;
}

/** Why an agreement that may fall in a year could not be counted in it. */
export type UnknownReason = 'amount_unknown' | 'basis_unknown' | 'dates_unknown';

export interface YearCommitments {
  year: number;
  /** Sum of the amounts known to fall in this year, in cents. */
  knownCents: number;
  /** The agreements that may fall in this year and are counted, with what each adds. */
  counted: { id: number; title: string; cents: number }[];
  /** The agreements that may fall in this year but could not be counted, and why. */
  unknown: { id: number; title: string; reason: UnknownReason }[];
  /** `over_budget` is certain (an unknown amount only adds); `under_budget` with unknowns may still close. */
  comparison: 'over_budget' | 'under_budget' | 'matches' | 'no_budget';
  /** knownCents − budget (positive = excess, negative = gap); null without a budget. */
  differenceCents: number | null;
}

const yearOf = (d: string | null): number | null => (d ? Number(d.slice(0, 4)) : null);

/**
 * Splits a total over `parts` years in whole cents: the parts differ by at
 * most one cent and add up to the total exactly (the first years carry the
 * remainder).
 */
export function splitCents(totalCents: number, parts: number): number[] {
  if (!Number.isInteger(parts) || parts < 1) throw new RangeError(`splitCents: bad number of parts ${parts}`);
  const base = Math.floor(totalCents / parts);
  const rest = totalCents - base * parts;
  return Array.from({ length: parts }, (_, i) => base + (i < rest ? 1 : 0));
}

type Share = { kind: 'cents'; cents: number } | { kind: 'unknown'; reason: UnknownReason } | { kind: 'none' };

/** What one agreement adds to one calendar year: an amount, unknown (and why), or nothing (it does not fall in that year). */
export function shareOfYear(a: CommitmentAgreement, year: number): Share {
  const start = yearOf(a.startDate);
  const end = a.termKind === 'indefinite' ? null : yearOf(a.endDate);
  // Whether the agreement falls in this year at all; unknown bounds never exclude it.
  if (start !== null && year < start) return { kind: 'none' };
  if (end !== null && year > end) return { kind: 'none' };
  if (a.amountCents === null) return { kind: 'unknown', reason: 'amount_unknown' };
  if (a.basis === null) return { kind: 'unknown', reason: 'basis_unknown' };
  if (a.basis === 'once') {
    if (start === null) return { kind: 'unknown', reason: 'dates_unknown' };
    return year === start ? { kind: 'cents', cents: a.amountCents } : { kind: 'none' };
  }
  if (a.basis === 'per_year') {
    if (start === null) return { kind: 'unknown', reason: 'dates_unknown' };
    return { kind: 'cents', cents: a.amountCents };
  }
  // total: spread over the calendar years of a term known at both ends.
  if (start === null || end === null || end < start) return { kind: 'unknown', reason: 'dates_unknown' };
  return { kind: 'cents', cents: splitCents(a.amountCents, end - start + 1)[year - start]! };
}

/**
 * The committed amounts per calendar year next to a budget: only what is
 * known is summed; what may fall in a year but cannot be counted is listed
 * with its reason. A yearly amount counts in full in every calendar year its
 * term touches; a total is spread evenly over the term's calendar years; a
 * one-off amount falls in the start year.
 */
export function commitmentsPerYear(agreements: CommitmentAgreement[], years: number[], budgetCents: number | null): YearCommitments[] {
  return years.map((year) => {
    const counted: YearCommitments['counted'] = [];
    const unknown: YearCommitments['unknown'] = [];
    for (const a of agreements) {
      const share = shareOfYear(a, year);
      if (share.kind === 'cents') counted.push({ id: a.id, title: a.title, cents: share.cents });
      else if (share.kind === 'unknown') unknown.push({ id: a.id, title: a.title, reason: share.reason });
    }
    const knownCents = counted.reduce((sum, c) => sum + c.cents, 0);
    const differenceCents = budgetCents === null ? null : knownCents - budgetCents;
    const comparison = differenceCents === null ? 'no_budget' : differenceCents > 0 ? 'over_budget' : differenceCents < 0 ? 'under_budget' : 'matches';
    return { year, knownCents, counted, unknown, comparison, differenceCents };
  });
}
