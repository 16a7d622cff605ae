import type { AgreementStatus, PeriodUnit } from '../domain/enums.ts';
import type { Locale } from '../dates/format-partial-date.ts';
import type { StatusLabel } from './status-label.ts';
import type { DateLabel, DateStepKind, ExplanationNote, MissingFact, PeriodLabel, StatusReason } from './explanation.ts';

/** The words explanations are built from, per language (UI dictionaries may reuse them). */
export interface ExplanationVocabulary {
  dateLabels: Record<DateLabel, string>;
  periodLabels: Record<PeriodLabel, string>;
  stepKinds: Record<DateStepKind, string>;
  notes: Record<ExplanationNote, string>;
  statuses: Record<AgreementStatus, string> & Record<StatusLabel, string>;
  /** `{date}` and `{lead}` are filled in. */
  reasons: Record<StatusReason, string>;
  missing: Record<MissingFact, string>;
  missingPrefix: string;
  units: Record<PeriodUnit, [singular: string, plural: string]>;
}

const nl: ExplanationVocabulary = {
  dateLabels: {
    startDate: 'ingangsdatum',
    endDate: 'einddatum',
    initialTermEnd: 'einde eerste looptijd',
    previousTermEnd: 'einde vorige looptijd',
    currentTermStart: 'begin looptijd',
    currentTermEnd: 'einde looptijd',
    noticeDeadline: 'opzegdatum',
    noticeGivenDate: 'opgezegd op',
    terminationDate: 'beëindigingsdatum',
    reviewDate: 'evaluatiedatum',
    referenceDate: 'peildatum',
  },
  periodLabels: { initialTerm: 'looptijd', noticePeriod: 'opzegtermijn', renewalPeriod: 'verlengingstermijn', leadTime: 'signaleringstermijn', oneDay: '' },
  stepKinds: {
    initial_term_end: 'einde eerste looptijd',
    current_term_start: 'begin looptijd',
    current_term_end: 'einde looptijd',
    notice_deadline: 'opzegdatum',
    next_review: 'evaluatie',
    alert_from: 'signalering vanaf',
  },
  notes: {
    precision_reduced: 'niet preciezer te bepalen',
    tacit_renewal_unknown: 'onbekend of stilzwijgend verlengd wordt; voor de zekerheid berekend',
    max_renewals_reached: 'maximaal aantal verlengingen bereikt',
    notice_given: 'er is opgezegd',
    termination_recorded: 'beëindiging vastgelegd',
    earliest_possible_day: 'vroegst mogelijke dag',
    month_end: 'die maand heeft die dag niet: de laatste dag van de maand',
  },
  statuses: {
    draft: 'concept',
    active: 'actief',
    expiring: 'verloopt binnenkort',
    notice_period: 'opzegdatum verstreken',
    in_renewal: 'in verlenging',
    renewed: 'verlengd',
    terminated: 'opgezegd',
    expired: 'verlopen',
    unknown_dates: 'datums onbekend',
    renews_unless_notice: 'wordt stilzwijgend verlengd, tenzij opgezegd',
    renews_tacitly: 'wordt stilzwijgend verlengd',
  },
  reasons: {
    workflow_draft: 'nog in concept',
    workflow_renewed: 'opgevolgd door een nieuwe overeenkomst',
    workflow_terminated: 'opgezegd; einde {date}',
    notice_given_runs_until: 'opgezegd per {date}; loopt tot en met die dag',
    workflow_in_renewal: 'verlenging in behandeling',
    missing_dates: 'de gegevens bepalen de looptijd niet',
    indefinite_term: 'voor onbepaalde tijd; opzeggen kan altijd; bij opzegging vandaag eindigt zij op {date}',
    indefinite_term_notice_unknown: 'voor onbepaalde tijd; opzeggen kan altijd, maar de opzegtermijn is onbekend',
    outside_lead_time: '{date} valt buiten de signaleringstermijn van {lead} dagen',
    within_lead_time: '{date} valt binnen de signaleringstermijn van {lead} dagen',
    renews_unless_notice: 'zonder opzegging uiterlijk {date} wordt zij stilzwijgend verlengd; die datum valt binnen de signaleringstermijn van {lead} dagen',
    notice_deadline_passed: 'opzegdatum {date} is verstreken; de verlenging staat vast',
    renewal_locked_in: 'opzegdatum {date} is verstreken; zij wordt stilzwijgend verlengd',
    term_ended: 'looptijd geëindigd op {date}',
  },
  missing: {
    start_date: 'ingangsdatum',
    end_or_term: 'einddatum of looptijd',
    notice_period: 'opzegtermijn',
    renewal_period: 'verlengingstermijn',
    owner: 'eigenaar',
    parties: 'partijen',
  },
  missingPrefix: 'ontbreekt',
  units: { day: ['dag', 'dagen'], week: ['week', 'weken'], month: ['maand', 'maanden'], year: ['jaar', 'jaar'] },
};

const en: ExplanationVocabulary = {
  dateLabels: {
    startDate: 'start date',
    endDate: 'end date',
    initialTermEnd: 'end of initial term',
    previousTermEnd: 'end of previous term',
    currentTermStart: 'start of term',
    currentTermEnd: 'end of term',
    noticeDeadline: 'notice deadline',
    noticeGivenDate: 'notice given',
    terminationDate: 'termination date',
    reviewDate: 'review date',
    referenceDate: 'reference date',
  },
  periodLabels: { initialTerm: 'term', noticePeriod: 'notice period', renewalPeriod: 'renewal period', leadTime: 'lead time', oneDay: '' },
  stepKinds: {
    initial_term_end: 'end of initial term',
    current_term_start: 'start of term',
    current_term_end: 'end of term',
    notice_deadline: 'notice deadline',
    next_review: 'review',
    alert_from: 'alert from',
  },
  notes: {
    precision_reduced: 'cannot be stated more precisely',
    tacit_renewal_unknown: 'not known whether it renews tacitly; computed to be safe',
    max_renewals_reached: 'maximum number of renewals reached',
    notice_given: 'notice has been given',
    termination_recorded: 'termination recorded',
    earliest_possible_day: 'earliest possible day',
    month_end: 'that month has no such day: its last day',
  },
  statuses: {
    draft: 'draft',
    active: 'active',
    expiring: 'expiring',
    notice_period: 'notice deadline passed',
    in_renewal: 'in renewal',
    renewed: 'renewed',
    terminated: 'terminated',
    expired: 'expired',
    unknown_dates: 'dates unknown',
    renews_unless_notice: 'renews tacitly unless notice is given',
    renews_tacitly: 'renews tacitly',
  },
  reasons: {
    workflow_draft: 'still a draft',
    workflow_renewed: 'a successor agreement took over',
    workflow_terminated: 'terminated; ends {date}',
    notice_given_runs_until: 'notice given, ending on {date}; in force until then',
    workflow_in_renewal: 'renewal in progress',
    missing_dates: 'the data do not determine the term',
    indefinite_term: 'indefinite term; notice can be given at any time; notice given today ends it on {date}',
    indefinite_term_notice_unknown: 'indefinite term; notice can be given at any time, but the notice period is unknown',
    outside_lead_time: '{date} is more than {lead} days away',
    within_lead_time: '{date} is within the lead time of {lead} days',
    renews_unless_notice: 'without notice by {date} it renews tacitly; that date is within the lead time of {lead} days',
    notice_deadline_passed: 'notice deadline {date} has passed; the renewal is locked in',
    renewal_locked_in: 'notice deadline {date} has passed; it renews tacitly',
    term_ended: 'the term ended on {date}',
  },
  missing: {
    start_date: 'start date',
    end_or_term: 'end date or term',
    notice_period: 'notice period',
    renewal_period: 'renewal period',
    owner: 'owner',
    parties: 'parties',
  },
  missingPrefix: 'missing',
  units: { day: ['day', 'days'], week: ['week', 'weeks'], month: ['month', 'months'], year: ['year', 'years'] },
};

/** Explanation vocabulary per language. */
export const EXPLANATION_VOCABULARY: Record<Locale, ExplanationVocabulary> = { nl, en };
