import { reminderRulesSchema, type ReminderRules } from '@akkoord/shared/schemas/reminders';
import type { Db, Tx } from '../../db/client.ts';
import { readSetting, type AgreementRuleRow } from './reminders.repo.ts';

export const RULES_SETTING = 'reminders.rules';
export const LAST_RUN_SETTING = 'reminders.lastRun';
export const REMINDER_TIME_ZONE = 'Europe/Amsterdam';

/** Defaults from the issue: notice deadlines 180/90/30/7/1 days ahead, escalation at 14 days. */
export const DEFAULT_REMINDER_RULES: ReminderRules = {
  noticeOffsets: [180, 90, 30, 7, 1],
  termEndOffsets: [90, 30, 7],
  reviewOffsets: [30, 7],
  escalationDays: 14,
};

/** The global rules: stored settings over the defaults (a damaged setting falls back field by field). */
export function loadGlobalRules(db: Db | Tx): ReminderRules {
  const stored = readSetting(db, RULES_SETTING);
  const parsed = reminderRulesSchema.partial().safeParse(stored ?? {});
  return { ...DEFAULT_REMINDER_RULES, ...(parsed.success ? stripUndefined(parsed.data) : {}) };
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

const longestFirst = (list: readonly number[]) => [...new Set(list)].sort((a, b) => b - a);

/**
 * The rules for one agreement: its own reminder rule first, then (notice
 * deadlines only) the agreement's alert lead days, then the global rules.
 */
export function effectiveRules(global: ReminderRules, own: AgreementRuleRow | undefined, alertLeadDays: number[] | null): ReminderRules {
  const notice = own?.noticeOffsets ?? (alertLeadDays && alertLeadDays.length ? alertLeadDays : null) ?? global.noticeOffsets;
  return {
    noticeOffsets: longestFirst(notice),
    termEndOffsets: longestFirst(own?.termEndOffsets ?? global.termEndOffsets),
    reviewOffsets: longestFirst(own?.reviewOffsets ?? global.reviewOffsets),
    escalationDays: own?.escalationDays ?? global.escalationDays,
  };
}

/**
 * The offset whose window `daysLeft` falls in: the smallest offset that is
 * at least `daysLeft`. Null when the date is further away than every offset
 * (or already past). After missed days only the current window is due, so a
 * catch-up never sends a stack of stale reminders.
 */
export function currentWindow(offsets: readonly number[], daysLeft: number): number | null {
  if (daysLeft < 0) return null;
  let window: number | null = null;
  for (const o of offsets) if (o >= daysLeft && (window === null || o < window)) window = o;
  return window;
}
