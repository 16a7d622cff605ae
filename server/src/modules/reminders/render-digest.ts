import { toOneLine } from '@akkoord/shared/text/control-characters';
import { daysBetween } from '@akkoord/shared/dates/calendar-day';
import { formatDayRange, formatPartialDate } from '@akkoord/shared/dates/format-partial-date';
import { explainAllToText } from '@akkoord/shared/lifecycle/explain-to-text';
import type { DeadlineKind } from '@akkoord/shared/schemas/reminders';
import { renderDigestHtml } from './digest-html.ts';
import { DIGEST_TEXTS, type DigestTexts } from './digest-texts.ts';
import type { DigestEntry } from './reminder-payload.ts';

export type Locale = 'nl' | 'en';

/** One reminder as both renderers show it. */
export interface DigestView {
  kindLabel: string;
  date: string;
  daysLeft: number;
  daysLeftText: string;
  title: string;
  meta: string;
  explanation: string[];
  whatToDo: string;
  escalation: string | null;
  isEscalation: boolean;
  reasons: string;
  url: string;
}

export interface DigestModel {
  t: DigestTexts;
  locale: Locale;
  subject: string;
  isSupplement: boolean;
  views: DigestView[];
}

const KIND_RANK: Record<DeadlineKind, number> = { notice_deadline: 0, term_end: 1, review: 2 };

/** Most urgent first: nearest date, then notice deadlines before term ends before reviews, then title. */
export function compareEntries(a: DigestEntry, b: DigestEntry): number {
  if (a.deadlineDay !== b.deadlineDay) return a.deadlineDay < b.deadlineDay ? -1 : 1;
  if (a.kind !== b.kind) return KIND_RANK[a.kind] - KIND_RANK[b.kind];
  if (a.isEscalation !== b.isEscalation) return a.isEscalation ? -1 : 1;
  return a.payload.title.localeCompare(b.payload.title, 'nl') || a.agreementId - b.agreementId;
}

/** The same agreement and date reached through two offsets (e.g. after a held-over day) shows once. */
function dedupe(entries: DigestEntry[]): DigestEntry[] {
  const seen = new Map<string, DigestEntry>();
  for (const e of entries) {
    const key = `${e.agreementId}|${e.kind}|${e.deadlineDay}`;
    const prior = seen.get(key);
    if (!prior || e.offsetDays < prior.offsetDays || (e.isEscalation && !prior.isEscalation)) seen.set(key, e);
  }
  return [...seen.values()];
}

function formatDate(e: DigestEntry, t: DigestTexts, locale: Locale): string {
  const { deadline, latestDay } = e.payload;
  if (deadline === null) return formatDayRange(e.deadlineDay, latestDay, locale);
  const shown = formatPartialDate(deadline, locale);
  return deadline.length === 10 ? shown : `${shown} (${t.earliestPossible(formatPartialDate(e.deadlineDay, locale))})`;
}

function toView(e: DigestEntry, t: DigestTexts, locale: Locale, digestDay: string, publicUrl: string): DigestView {
  const p = e.payload;
  const daysLeft = daysBetween(digestDay, e.deadlineDay);
  const meta = [
    p.collaborationCode ? `${t.collaboration} ${p.collaborationCode}` : null,
    p.reference ? `${t.reference} ${toOneLine(p.reference)}` : null,
    p.ownerName || p.ownerEmail ? `${t.owner} ${toOneLine(p.ownerName ?? p.ownerEmail ?? '')}` : null,
  ].filter((x): x is string => x !== null);
  let escalation: string | null = null;
  if (p.escalation) {
    escalation = toOneLine(e.isEscalation ? t.escalationToYou(p.escalation.days, p.ownerName ?? p.ownerEmail ?? '—') : t.escalationCopied(p.escalation.days, p.escalation.to));
  }
  return {
    kindLabel: t.kinds[e.kind],
    date: formatDate(e, t, locale),
    daysLeft,
    daysLeftText: t.daysLeft(daysLeft),
    // Subject, plain text and HTML are built from these: no stored control character forges a header or a line.
    title: toOneLine(p.title),
    meta: meta.join(' · '),
    explanation: explainAllToText(p.explanation, locale).map(toOneLine),
    whatToDo: t.whatToDo[e.kind],
    escalation,
    isEscalation: e.isEscalation,
    reasons: p.reasons.map((r) => t.reasons[r](p.collaborationCode)).join(', '),
    url: `${publicUrl}/agreements/${e.agreementId}`,
  };
}

/** Orders, deduplicates and words the reminders of one digest. */
export function buildDigestModel(input: { entries: DigestEntry[]; locale: Locale; digestDay: string; sequence: number; publicUrl: string }): DigestModel {
  const t = DIGEST_TEXTS[input.locale];
  const entries = dedupe(input.entries).sort(compareEntries);
  const views = entries.map((e) => toView(e, t, input.locale, input.digestDay, input.publicUrl));
  const first = views[0];
  const isSupplement = input.sequence > 1;
  let subject = first ? (views.length === 1 ? t.subjectOne(first.kindLabel, first.date, first.title) : t.subjectMany(views.length, first.kindLabel, first.date)) : t.brand;
  if (views.some((v) => v.isEscalation)) subject = t.escalationPrefix + subject;
  if (isSupplement) subject += t.subjectSupplement;
  return { t, locale: input.locale, subject: toOneLine(subject), isSupplement, views };
}

/** The plain-text part: readable in any client, no markup. */
export function renderDigestText(m: DigestModel): string {
  const { t } = m;
  const lines: string[] = [t.greeting, '', m.isSupplement ? t.supplement : t.intro(m.views.length), ''];
  m.views.forEach((v, i) => {
    lines.push(`${i + 1}. ${v.kindLabel.toUpperCase()} ${v.date} (${v.daysLeftText})`);
    lines.push(`   ${v.title}`);
    if (v.meta) lines.push(`   ${v.meta}`);
    if (v.escalation) lines.push(`   ! ${v.escalation}`);
    if (v.explanation.length) {
      lines.push(`   ${t.why}:`);
      for (const x of v.explanation) lines.push(`   - ${x}`);
    }
    lines.push(`   ${t.todo}: ${v.whatToDo}`);
    lines.push(`   ${t.youReceive}: ${v.reasons}.`);
    lines.push(`   ${t.open}: ${v.url}`);
    lines.push('');
  });
  lines.push('-- ', t.footer, t.stopHint, '');
  return lines.join('\n');
}

/** Subject, plain text and HTML of one digest e-mail, plus its most urgent day. */
export function renderDigest(input: { entries: DigestEntry[]; locale: Locale; digestDay: string; sequence: number; publicUrl: string; recipientEmail: string }): {
  subject: string;
  text: string;
  html: string;
  firstDueDay: string | null;
} {
  const model = buildDigestModel(input);
  const firstDueDay = [...input.entries].sort(compareEntries)[0]?.deadlineDay ?? null;
  return { subject: model.subject, text: renderDigestText(model), html: renderDigestHtml(model), firstDueDay };
}
