import { toOneLine } from '@akkoord/shared/text/control-characters';
import ical, { ICalAlarmType, ICalCalendarMethod } from 'ical-generator';
import { addDays } from '@akkoord/shared/dates/calendar-day';
import { formatPartialDate } from '@akkoord/shared/dates/format-partial-date';
import { explainAllToText } from '@akkoord/shared/lifecycle/explain-to-text';
import type { DeadlineKind } from '@akkoord/shared/schemas/reminders';
import { DIGEST_TEXTS } from '../reminders/digest-texts.ts';
import { DEFAULT_REMINDER_RULES } from '../reminders/reminder-rules.ts';
import { findDueDeadlines, handlingOf } from '../reminders/due-deadlines.ts';
import { describeDeadlineState } from '@akkoord/shared/lifecycle/deadline-handling';
import type { FeedAgreementRow } from './calendar.repo.ts';

const DAY_SECONDS = 86_400;
/** Alarm lead per kind: notice deadlines at the escalation threshold, the others a week ahead. */
const ALARM_DAYS: Record<DeadlineKind, number> = { notice_deadline: 14, term_end: 7, review: 7 };

/** Every date is "due" under these offsets, so the engine returns all upcoming ones with their explanation. */
const EVERYTHING = { noticeOffsets: [36_500], termEndOffsets: [36_500], reviewOffsets: [36_500], escalationDays: DEFAULT_REMINDER_RULES.escalationDays };

export interface FeedInput {
  name: string;
  locale: 'nl' | 'en';
  on: string;
  now: Date;
  publicUrl: string;
  agreements: FeedAgreementRow[];
}

/**
 * An iCalendar feed: one all-day event per upcoming notice deadline, term
 * end and review date of the agreements, on its earliest possible day, with
 * a display alarm. UIDs are stable per agreement and kind, so a moved date
 * moves the event in subscribed calendars instead of adding one.
 */
export function buildFeed(input: FeedInput): string {
  const t = DIGEST_TEXTS[input.locale];
  const host = new URL(input.publicUrl).hostname || 'akkoord.local';
  const cal = ical({
    name: input.name,
    prodId: { company: 'Akkoord', product: 'Akkoord', language: input.locale.toUpperCase() },
    method: ICalCalendarMethod.PUBLISH,
    ttl: 3600,
  });
  for (const row of input.agreements) {
    const { due } = findDueDeadlines({ ...row, collaborationCode: row.collaborationCode }, input.on, EVERYTHING, false);
    for (const d of due) {
      const precise = d.value !== null && d.value.length === 10;
      const dateText = d.value ? formatPartialDate(d.value, input.locale) : formatPartialDate(d.day, input.locale);
      const url = `${input.publicUrl}/agreements/${row.id}`;
      // In renewal without a decision the event says so: "Verlenging gestart — besluit vóór 30 september 2026: …".
      const label = (d.state ? describeDeadlineState(handlingOf(row), d.value, input.locale) : null) ?? t.kinds[d.kind];
      // Stored text is refused with controls at the door; the feed strips them again (a NUL or CR LF would break or forge lines).
      const summary = `${label}: ${toOneLine(row.title)}${precise ? '' : ` (${t.earliestPossible(formatPartialDate(d.day, input.locale))})`}`;
      const description = [
        `${t.kinds[d.kind]} ${dateText}`,
        row.collaborationCode ? `${t.collaboration} ${row.collaborationCode}` : null,
        '',
        `${t.why}:`,
        ...explainAllToText(d.explanation, input.locale).map((x) => `- ${x}`),
        '',
        `${t.todo}: ${t.whatToDo[d.kind]}`,
        '',
        `${t.open}: ${url}`,
      ].filter((x): x is string => x !== null);
      cal.createEvent({
        id: `akkoord-${row.id}-${d.kind}@${host}`,
        start: d.day,
        end: addDays(d.day, 1),
        allDay: true,
        stamp: input.now,
        summary,
        description: description.map(toOneLine).join('\n'),
        url,
        alarms: [{ type: ICalAlarmType.display, trigger: ALARM_DAYS[d.kind] * DAY_SECONDS, description: summary }],
      });
    }
  }
  return cal.toString();
}
