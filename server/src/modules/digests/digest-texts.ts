import type { DeadlineKind } from '@akkoord/shared/schemas/reminders';
import type { RecipientReason } from './reminder-payload.ts';

/** Every word of the reminder e-mails, Dutch (default) and English. */
export interface DigestTexts {
  brand: string;
  greeting: string;
  intro: (count: number) => string;
  supplement: string;
  subjectOne: (kindLabel: string, date: string, title: string) => string;
  subjectMany: (count: number, kindLabel: string, date: string) => string;
  subjectSupplement: string;
  escalationPrefix: string;
  kinds: Record<DeadlineKind, string>;
  daysLeft: (days: number) => string;
  earliestPossible: (day: string) => string;
  why: string;
  todo: string;
  whatToDo: Record<DeadlineKind, string>;
  escalationToYou: (days: number, owner: string) => string;
  escalationCopied: (days: number, to: string) => string;
  youReceive: string;
  reasons: Record<RecipientReason, (collaboration: string | null) => string>;
  open: string;
  reference: string;
  collaboration: string;
  owner: string;
  footer: string;
  stopHint: string;
}

const nl: DigestTexts = {
  brand: 'Akkoord',
  greeting: 'Beste collega,',
  intro: (n) => (n === 1 ? 'Akkoord herinnert u aan een datum die nadert.' : `Akkoord herinnert u aan ${n} datums die naderen, de dringendste eerst.`),
  supplement: 'Dit is een aanvulling op de herinnering van vandaag: deze datum kan niet tot morgen wachten.',
  subjectOne: (kind, date, title) => `Herinnering: ${kind.toLowerCase()} ${date} – ${title}`,
  subjectMany: (n, kind, date) => `Akkoord: ${n} herinneringen, eerst ${kind.toLowerCase()} ${date}`,
  subjectSupplement: ' (aanvulling)',
  escalationPrefix: '[Escalatie] ',
  kinds: { notice_deadline: 'Opzegdatum', term_end: 'Einde looptijd', review: 'Evaluatiemoment' },
  daysLeft: (d) => (d === 0 ? 'vandaag' : d === 1 ? 'morgen' : d > 1 ? `nog ${d} dagen` : `${-d} dagen geleden`),
  earliestPossible: (day) => `vroegst mogelijke dag ${day}`,
  why: 'Hoe deze datum is berekend',
  todo: 'Wat te doen',
  whatToDo: {
    notice_deadline:
      'Besluit vóór deze datum of de overeenkomst moet doorlopen. Wilt u opzeggen of andere afspraken maken, zeg dan uiterlijk op de opzegdatum schriftelijk op; doet u niets, dan wordt de overeenkomst stilzwijgend verlengd. Leg de opzegging of het besluit over de verlenging vast in Akkoord, of bevestig deze herinnering; dan stoppen de herinneringen voor deze datum. Alleen een verlenging starten is nog geen besluit.',
    term_end: 'De overeenkomst eindigt op deze datum en wordt niet vanzelf verlengd. Regel op tijd een opvolger (verlenging of nieuwe overeenkomst) of leg vast dat zij eindigt.',
    review: 'Plan de evaluatie met de partijen en leg de uitkomst vast in Akkoord.',
  },
  escalationToYou: (days, owner) =>
    `Escalatie: deze opzegdatum valt binnen ${days} dagen en niemand heeft haar bevestigd. Daarom krijgt u deze herinnering ook, naast de eigenaar (${owner}).`,
  escalationCopied: (days, to) => `Escalatie: deze opzegdatum valt binnen ${days} dagen en niemand heeft haar bevestigd; ${to} krijgt deze herinnering daarom ook.`,
  youReceive: 'U ontvangt dit als',
  reasons: {
    owner: () => 'eigenaar van de overeenkomst',
    follower: () => 'volger van deze overeenkomst',
    collaboration_follower: (c) => (c ? `volger van samenwerkingsverband ${c}` : 'volger van het samenwerkingsverband'),
    deputy: () => 'plaatsvervanger van de eigenaar',
    team_address: (c) => (c ? `teamadres van ${c}` : 'teamadres'),
  },
  open: 'Openen in Akkoord',
  reference: 'kenmerk',
  collaboration: 'samenwerkingsverband',
  owner: 'eigenaar',
  footer: 'Dit bericht is automatisch verstuurd door Akkoord, het overeenkomstenregister.',
  stopHint:
    'Geen herinneringen meer voor een datum? Bevestig haar in Akkoord of leg de opzegging of het besluit over de verlenging vast. Volgen stopt u op de pagina van de overeenkomst.',
};

const en: DigestTexts = {
  brand: 'Akkoord',
  greeting: 'Hello,',
  intro: (n) => (n === 1 ? 'Akkoord reminds you of a date that is coming up.' : `Akkoord reminds you of ${n} dates that are coming up, most urgent first.`),
  supplement: "This adds to today's reminder: this date cannot wait until tomorrow.",
  subjectOne: (kind, date, title) => `Reminder: ${kind.toLowerCase()} ${date} – ${title}`,
  subjectMany: (n, kind, date) => `Akkoord: ${n} reminders, first ${kind.toLowerCase()} ${date}`,
  subjectSupplement: ' (supplement)',
  escalationPrefix: '[Escalation] ',
  kinds: { notice_deadline: 'Notice deadline', term_end: 'End of term', review: 'Review date' },
  daysLeft: (d) => (d === 0 ? 'today' : d === 1 ? 'tomorrow' : d > 1 ? `${d} days left` : `${-d} days ago`),
  earliestPossible: (day) => `earliest possible day ${day}`,
  why: 'How this date was worked out',
  todo: 'What to do',
  whatToDo: {
    notice_deadline:
      'Decide before this date whether the agreement should continue. To terminate or renegotiate, give written notice no later than the notice deadline; if nothing happens, the agreement renews automatically. Record the notice or the renewal decision in Akkoord, or acknowledge this reminder, and the reminders for this date stop. Only starting a renewal is not yet a decision.',
    term_end: 'The agreement ends on this date and does not renew by itself. Arrange a successor in time (renewal or new agreement) or record that it ends.',
    review: 'Schedule the review with the parties and record the outcome in Akkoord.',
  },
  escalationToYou: (days, owner) =>
    `Escalation: this notice deadline is within ${days} days and nobody has acknowledged it, so you receive this reminder too, besides the owner (${owner}).`,
  escalationCopied: (days, to) => `Escalation: this notice deadline is within ${days} days and nobody has acknowledged it; ${to} receives this reminder too.`,
  youReceive: 'You receive this as',
  reasons: {
    owner: () => 'owner of the agreement',
    follower: () => 'follower of this agreement',
    collaboration_follower: (c) => (c ? `follower of collaboration ${c}` : 'follower of the collaboration'),
    deputy: () => "the owner's deputy",
    team_address: (c) => (c ? `team address of ${c}` : 'team address'),
  },
  open: 'Open in Akkoord',
  reference: 'reference',
  collaboration: 'collaboration',
  owner: 'owner',
  footer: 'This message was sent automatically by Akkoord, the agreements register.',
  stopHint: "No more reminders for a date? Acknowledge it in Akkoord or record the notice or the renewal decision. Stop following on the agreement's page.",
};

export const DIGEST_TEXTS: Record<'nl' | 'en', DigestTexts> = { nl, en };
