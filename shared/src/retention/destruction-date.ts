import { daysInMonth, latestDay, type PartialDate } from '../dates/partial-date.ts';

/** Why an agreement has no destruction date (shown as such, never as a guessed date). */
export type NoDestructionDate = 'keep_permanently' | 'end_unknown' | 'no_rule';

export type DestructionDate = { kind: 'date'; day: string } | { kind: 'none'; reason: NoDestructionDate };

/**
 * The first day an agreement may be destroyed under a rule "destroy N years
 * after the agreement ended" (Archiefwet): counted from the latest day the
 * known end can be ("2019" ended on 31 Dec 2019 at the latest, "2025-02" on
 * 28 Feb), so a partial date never makes it earlier than the law allows; a
 * month end stays a month end (28 Feb 2025 + 3 years = 29 Feb 2028; 29 Feb
 * 2024 + 1 year = 28 Feb 2025, the corresponding day). Unknown or open end:
 * no date.
 */
export function computeDestructionDate(end: PartialDate | null, rule: { action: 'keep' } | { action: 'destroy'; years: number } | null): DestructionDate {
  if (!rule) return { kind: 'none', reason: 'no_rule' };
  if (rule.action === 'keep') return { kind: 'none', reason: 'keep_permanently' };
  if (!end) return { kind: 'none', reason: 'end_unknown' };
  const last = latestDay(end);
  const y = Number(last.slice(0, 4)) + rule.years;
  const m = Number(last.slice(5, 7));
  const d = Number(last.slice(8, 10));
  const isMonthEnd = d === daysInMonth(Number(last.slice(0, 4)), m);
  const pad = (n: number) => String(n).padStart(2, '0');
  if (isMonthEnd) return { kind: 'date', day: `${y}-${pad(m)}-${pad(daysInMonth(y, m))}` };
  return { kind: 'date', day: `${y}-${pad(m)}-${pad(d)}` };
}

/** Whether the retention has passed on `today` (a calendar day): only with a known date. */
export const isRetentionPassed = (date: DestructionDate, today: string) => date.kind === 'date' && date.day <= today;
