import type { OutboxMessage, OutboxSummary } from '@akkoord/shared/schemas/reminders';
import type { ReminderItemRow } from '../reminder-rules/reminders.repo.ts';
import type { AttemptRow, OutboxRow } from '../digests/outbox.repo.ts';
import type { ReminderPayload } from '../digests/reminder-payload.ts';
import { compareEntries } from '../digests/render-digest.ts';

/** The fields of an outbox message that the list shows (no bodies). */
export function presentOutboxSummary(m: OutboxRow): OutboxSummary {
  return {
    id: m.id,
    to: m.recipientEmail,
    locale: m.locale,
    digestDay: m.digestDay,
    sequence: m.sequence,
    subject: m.subject,
    status: m.status,
    attempts: m.attempts,
    nextAttemptAt: m.nextAttemptAt,
    lastAttemptAt: m.lastAttemptAt,
    sentAt: m.sentAt,
    smtpResponse: m.smtpResponse,
    lastError: m.lastError,
    itemCount: m.itemCount,
    firstDueDay: m.firstDueDay,
    messageId: m.messageIdHeader,
    createdAt: m.createdAt,
    cancelled: m.cancelledAt ? { at: m.cancelledAt, by: m.cancelledBy ?? '' } : null,
  };
}

/** One outbox message as it would arrive (text and HTML), with its attempts and reminders. */
export function presentOutboxMessage(m: OutboxRow, attempts: AttemptRow[], items: ReminderItemRow[]): OutboxMessage {
  return {
    ...presentOutboxSummary(m),
    text: m.textBody,
    html: m.htmlBody,
    attemptLog: attempts.map((a) => ({ attemptNo: a.attemptNo, startedAt: a.startedAt, finishedAt: a.finishedAt, outcome: a.outcome, response: a.response })),
    items: items
      .map((i) => ({
        agreementId: i.agreementId,
        kind: i.deadlineKind,
        deadlineDay: i.deadlineDay,
        offsetDays: i.offsetDays,
        isEscalation: i.isEscalation,
        payload: i.payload as ReminderPayload,
      }))
      .sort(compareEntries)
      .map((e) => ({
        agreementId: e.agreementId,
        kind: e.kind,
        deadlineDay: e.deadlineDay,
        deadline: e.payload.deadline,
        offsetDays: e.offsetDays,
        isEscalation: e.isEscalation,
        title: e.payload.title,
      })),
  };
}
