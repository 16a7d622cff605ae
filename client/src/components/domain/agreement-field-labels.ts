import type { PlainMessageKey } from '../../lib/i18n/dictionary.ts';

/** The label of each agreement field, for comparisons and the history. */
export const FIELD_LABELS: Record<string, PlainMessageKey> = {
  type: 'agreement.type',
  title: 'agreement.title',
  collaborationCode: 'agreement.collaboration',
  reference: 'agreement.reference',
  legalRegime: 'agreement.legalRegime',
  startDate: 'agreement.startDate',
  endDate: 'agreement.endDate',
  termKind: 'agreement.termKind',
  initialTermMonths: 'agreement.initialTermMonths',
  noticePeriod: 'agreement.noticePeriod',
  tacitRenewal: 'agreement.tacitRenewal',
  renewalPeriod: 'agreement.renewalPeriod',
  maxRenewals: 'agreement.maxRenewals',
  reviewDate: 'agreement.reviewDate',
  alertLeadDays: 'agreement.alertLeadDays',
  ownerName: 'agreement.ownerName',
  ownerEmail: 'agreement.ownerEmail',
  deputyEmail: 'agreement.deputyEmail',
  notes: 'agreement.notes',
  source: 'agreement.source',
  parties: 'agreement.parties',
  value: 'agreement.value',
  'value.amountCents': 'agreement.value.amount',
  'value.basis': 'agreement.value.basis',
  'value.indexation': 'agreement.value.indexation',
  'value.budgetLine': 'agreement.value.budgetLine',
  'value.payerOrganisationId': 'agreement.value.payer',
  workflowState: 'agreement.workflowState',
  archived: 'common.archived',
  noticeGivenDate: 'agreement.noticeGivenDate',
  terminationDate: 'agreement.terminationDate',
  decision: 'agreement.decision',
  relations: 'agreement.relations',
  // Derived by the lifecycle engine (they change with the facts above).
  status: 'agreement.status.current',
  currentTermStart: 'agreement.status.termStart',
  currentTermEnd: 'agreement.status.termEnd',
  noticeDeadline: 'agreement.status.noticeDeadline',
  nextReviewDate: 'agreement.status.nextReview',
  archivedAt: 'common.archived',
  // Relations (events about a relation of the agreement).
  kind: 'history.field.relationKind',
  note: 'history.field.note',
  sourceId: 'history.field.sourceId',
  targetId: 'history.field.targetId',
};

/** Fields the engine derives: the history marks their changes as computed. */
export const DERIVED_FIELDS: ReadonlySet<string> = new Set(['status', 'currentTermStart', 'currentTermEnd', 'noticeDeadline', 'nextReviewDate']);
