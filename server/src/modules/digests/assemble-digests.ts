import { randomUUID } from 'node:crypto';
import { daysBetween } from '@akkoord/shared/dates/calendar-day';
import type { PlannedReminder, PreviewMessage } from '@akkoord/shared/schemas/reminders';
import type { AppDeps } from '../../deps.ts';
import type { Tx } from '../../db/client.ts';
import { findDigestMessages, insertMessage, rewriteUnattemptedMessage, type OutboxRow } from './outbox.repo.ts';
import { RecipientVisibility } from '../reminder-addresses/recipient-visibility.ts';
import { findLocalesByEmail } from '../reminder-addresses/recipients.repo.ts';
import type { DigestEntry, ReminderPayload } from './reminder-payload.ts';
import { assignItems, deleteUnsentItems, findCollaborationCodesOf, findItemsOfMessage, findUnassignedItems, type ReminderItemRow } from '../reminder-rules/reminders.repo.ts';
import { compareEntries, renderDigest } from './render-digest.ts';

/** A deadline this close cannot wait for tomorrow's digest: it gets a same-day supplement. */
const URGENT_DAYS = 1;

/** The domain for Message-IDs: the sender address's, so they are unique to this installation. */
export function messageIdDomain(from: string): string {
  const m = /@([^>\s]+)>?\s*$/.exec(from);
  return m?.[1] ?? 'akkoord.local';
}

const toEntry = (i: ReminderItemRow): DigestEntry => ({
  agreementId: i.agreementId,
  kind: i.deadlineKind,
  deadlineDay: i.deadlineDay,
  offsetDays: i.offsetDays,
  isEscalation: i.isEscalation,
  payload: i.payload as ReminderPayload,
});

function group(items: ReminderItemRow[]): Map<string, ReminderItemRow[]> {
  const out = new Map<string, ReminderItemRow[]>();
  for (const i of items) {
    const list = out.get(i.recipientEmail);
    if (list) list.push(i);
    else out.set(i.recipientEmail, [i]);
  }
  return out;
}

/**
 * Splits a recipient's reminders into those about agreements it may see now
 * and the rest (decision 023): planning already leaves the rest out, but a
 * reminder planned before an account's scope was narrowed must not go out.
 */
function bySight(tx: Tx, visibility: RecipientVisibility, email: string, items: ReminderItemRow[]): { shown: ReminderItemRow[]; hidden: ReminderItemRow[] } {
  const sight = visibility.ofEmail(email);
  if (!sight.isLimited || !items.length) return { shown: items, hidden: [] };
  const codes = findCollaborationCodesOf(tx, [...new Set(items.map((i) => i.agreementId))]);
  const shown: ReminderItemRow[] = [];
  const hidden: ReminderItemRow[] = [];
  for (const i of items) (sight.canSee(codes.get(i.agreementId) ?? null) ? shown : hidden).push(i);
  return { shown, hidden };
}

type Rendered = ReturnType<typeof renderDigest>;

/**
 * What assembling does with its decisions: the outbox writes them (a run), or a preview collects them and writes
 * nothing. The decisions themselves are made once, in `assemble` (decision 032).
 */
interface DigestWriter {
  /** Reminders of agreements the recipient may no longer see: never sent. */
  drop(tx: Tx, items: ReminderItemRow[]): void;
  /** The day's digest was never attempted: it is rewritten with the fresh reminders added (false: it moved on meanwhile). */
  extend(tx: Tx, open: OutboxRow, all: ReminderItemRow[], fresh: ReminderItemRow[], gone: ReminderItemRow[], r: Rendered): boolean;
  /** A new digest (sequence 1) or a same-day supplement (2+). */
  create(tx: Tx, m: { email: string; locale: 'nl' | 'en'; sequence: number; items: ReminderItemRow[] }, r: Rendered): void;
}

function assemble(deps: AppDeps, tx: Tx, day: string, pending: Map<string, ReminderItemRow[]>, writer: DigestWriter): number {
  if (!pending.size) return 0;
  const locales = findLocalesByEmail(tx, [...pending.keys()]);
  const visibility = new RecipientVisibility(tx);
  let written = 0;
  for (const [email, planned] of pending) {
    const { shown: fresh, hidden } = bySight(tx, visibility, email, planned);
    writer.drop(tx, hidden);
    if (!fresh.length) continue;
    const existing = findDigestMessages(tx, email, day);
    const open = existing.find((m) => m.status === 'pending' && m.attempts === 0);
    const locale = open?.locale ?? locales.get(email) ?? 'nl';
    const render = (items: ReminderItemRow[], sequence: number) =>
      renderDigest({ entries: items.map(toEntry), locale, digestDay: day, sequence, publicUrl: deps.config.publicUrl, recipientEmail: email });
    if (open) {
      // The open digest was never attempted: what it held about agreements now out of sight goes too.
      const { shown: kept, hidden: gone } = bySight(tx, visibility, email, findItemsOfMessage(tx, open.id));
      const all = [...kept, ...fresh];
      if (writer.extend(tx, open, all, fresh, gone, render(all, open.sequence))) written++;
      continue;
    }
    const urgent = fresh.filter((i) => daysBetween(day, i.deadlineDay) <= URGENT_DAYS);
    const items = existing.length === 0 ? fresh : urgent;
    if (!items.length) continue;
    const sequence = existing.length === 0 ? 1 : Math.max(...existing.map((m) => m.sequence)) + 1;
    writer.create(tx, { email, locale, sequence, items }, render(items, sequence));
    written++;
  }
  return written;
}

/**
 * Puts planned reminders that are in no e-mail yet into their recipient's
 * digest for `day`: a new digest, or the day's digest while it has never
 * been attempted. Once the day's digest is on its way, later reminders wait
 * for tomorrow's, unless their date is at most a day away (then a numbered
 * supplement goes out). Returns the number of messages written or extended.
 */
export function assembleDigests(deps: AppDeps, day: string): number {
  const now = deps.clock.now().toISOString();
  const domain = messageIdDomain(deps.config.smtpFrom);
  const outbox: DigestWriter = {
    drop: (tx, items) =>
      deleteUnsentItems(
        tx,
        items.map((i) => i.id),
      ),
    extend: (tx, open, all, fresh, gone, r) => {
      if (!rewriteUnattemptedMessage(tx, open.id, { subject: r.subject, textBody: r.text, htmlBody: r.html, itemCount: all.length, firstDueDay: r.firstDueDay, updatedAt: now }))
        return false;
      assignItems(
        tx,
        fresh.map((i) => i.id),
        open.id,
      );
      deleteUnsentItems(
        tx,
        gone.map((i) => i.id),
      );
      return true;
    },
    create: (tx, m, r) => {
      const message = insertMessage(tx, {
        recipientEmail: m.email,
        locale: m.locale,
        digestDay: day,
        sequence: m.sequence,
        subject: r.subject,
        textBody: r.text,
        htmlBody: r.html,
        messageIdHeader: `<${randomUUID()}@${domain}>`,
        status: 'pending',
        itemCount: m.items.length,
        firstDueDay: r.firstDueDay,
        createdAt: now,
        updatedAt: now,
      });
      assignItems(
        tx,
        m.items.map((i) => i.id),
        message.id,
      );
    },
  };
  return deps.db.transaction((tx: Tx) => assemble(deps, tx, day, group(findUnassignedItems(tx)), outbox));
}

const toPlannedReminder = (i: ReminderItemRow): PlannedReminder => {
  const p = i.payload as ReminderPayload;
  return {
    agreementId: i.agreementId,
    title: p.title,
    kind: i.deadlineKind,
    deadline: p.deadline,
    deadlineDay: i.deadlineDay,
    offsetDays: i.offsetDays,
    isEscalation: i.isEscalation,
    reasons: p.reasons,
  };
};
const byUrgency = (a: ReminderItemRow, b: ReminderItemRow) => compareEntries(toEntry(a), toEntry(b));

/**
 * The e-mails `assembleDigests` would write or extend for these reminders (planned by a dry run, never stored),
 * decided by the same code; nothing is written (decision 032).
 */
export function previewDigests(deps: AppDeps, day: string, items: ReminderItemRow[]): PreviewMessage[] {
  const preview: PreviewMessage[] = [];
  const writer: DigestWriter = {
    drop: () => undefined,
    extend: (_tx, open, all, _fresh, _gone, r) => {
      preview.push({
        to: open.recipientEmail,
        locale: open.locale,
        subject: r.subject,
        sequence: open.sequence,
        extendsMessageId: open.id,
        reminders: [...all].sort(byUrgency).map(toPlannedReminder),
      });
      return true;
    },
    create: (_tx, m, r) => {
      preview.push({
        to: m.email,
        locale: m.locale,
        subject: r.subject,
        sequence: m.sequence,
        extendsMessageId: null,
        reminders: [...m.items].sort(byUrgency).map(toPlannedReminder),
      });
    },
  };
  // Only reads; a transaction keeps them one consistent snapshot.
  deps.db.transaction((tx: Tx) => assemble(deps, tx, day, group(items), writer));
  return preview.sort((a, b) => a.to.localeCompare(b.to) || a.sequence - b.sequence);
}
