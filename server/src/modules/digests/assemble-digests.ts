import { randomUUID } from 'node:crypto';
import { daysBetween } from '@akkoord/shared/dates/calendar-day';
import type { AppDeps } from '../../deps.ts';
import type { Tx } from '../../db/client.ts';
import { findDigestMessages, insertMessage, rewriteUnattemptedMessage } from './outbox.repo.ts';
import { RecipientVisibility } from '../reminder-addresses/recipient-visibility.ts';
import { findLocalesByEmail } from '../reminder-addresses/recipients.repo.ts';
import type { DigestEntry, ReminderPayload } from './reminder-payload.ts';
import { assignItems, deleteUnsentItems, findCollaborationCodesOf, findItemsOfMessage, findUnassignedItems, type ReminderItemRow } from '../reminder-rules/reminders.repo.ts';
import { renderDigest } from './render-digest.ts';

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
  return deps.db.transaction((tx: Tx) => {
    const pending = group(findUnassignedItems(tx));
    if (!pending.size) return 0;
    const locales = findLocalesByEmail(tx, [...pending.keys()]);
    const visibility = new RecipientVisibility(tx);
    let written = 0;
    for (const [email, planned] of pending) {
      const { shown: fresh, hidden } = bySight(tx, visibility, email, planned);
      deleteUnsentItems(tx, hidden.map((i) => i.id));
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
        const r = render(all, open.sequence);
        if (rewriteUnattemptedMessage(tx, open.id, { subject: r.subject, textBody: r.text, htmlBody: r.html, itemCount: all.length, firstDueDay: r.firstDueDay, updatedAt: now })) {
          assignItems(tx, fresh.map((i) => i.id), open.id);
          deleteUnsentItems(tx, gone.map((i) => i.id));
          written++;
        }
        continue;
      }
      const urgent = fresh.filter((i) => daysBetween(day, i.deadlineDay) <= URGENT_DAYS);
      const items = existing.length === 0 ? fresh : urgent;
      if (!items.length) continue;
      const sequence = existing.length === 0 ? 1 : Math.max(...existing.map((m) => m.sequence)) + 1;
      const r = render(items, sequence);
      const message = insertMessage(tx, {
        recipientEmail: email,
        locale,
        digestDay: day,
        sequence,
        subject: r.subject,
        textBody: r.text,
        htmlBody: r.html,
        messageIdHeader: `<${randomUUID()}@${domain}>`,
        status: 'pending',
        itemCount: items.length,
        firstDueDay: r.firstDueDay,
        createdAt: now,
        updatedAt: now,
      });
      assignItems(tx, items.map((i) => i.id), message.id);
      written++;
    }
    return written;
  });
}
