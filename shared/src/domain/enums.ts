/** Canonical codes of the Akkoord domain (see docs/architecture.md and domain.md). */

export const AGREEMENT_TYPES = ['service', 'governance', 'cooperation', 'privacy', 'processor', 'subprocessor'] as const;
export type AgreementType = (typeof AGREEMENT_TYPES)[number];

export const PARTY_ROLES = ['client', 'provider', 'party', 'controller', 'processor', 'subprocessor'] as const;
export type PartyRole = (typeof PARTY_ROLES)[number];

/** How a fact about a party is known: said by the source, or directly implied by it. */
export const FACT_BASES = ['stated', 'implied'] as const;
export type FactBasis = (typeof FACT_BASES)[number];

/** Read as "source <kind> target": the processor agreement `covers` the sub-processor agreement. */
export const RELATION_KINDS = ['covers', 'based_on', 'amends', 'renews', 'supersedes'] as const;
export type RelationKind = (typeof RELATION_KINDS)[number];

/** `none` = no personal data regime applies (n.v.t.); unknown is `null`. */
export const LEGAL_REGIMES = ['avg', 'wpg', 'none'] as const;
export type LegalRegime = (typeof LEGAL_REGIMES)[number];

export const TERM_KINDS = ['fixed', 'indefinite'] as const;
export type TermKind = (typeof TERM_KINDS)[number];

export const PERIOD_UNITS = ['day', 'week', 'month', 'year'] as const;
export type PeriodUnit = (typeof PERIOD_UNITS)[number];

/** The stored workflow state that users move an agreement through. */
export const WORKFLOW_STATES = ['draft', 'active', 'in_renewal', 'renewed', 'terminated'] as const;
export type WorkflowState = (typeof WORKFLOW_STATES)[number];

/** The computed status of an agreement on a reference date (lifecycle engine). */
export const AGREEMENT_STATUSES = ['draft', 'active', 'expiring', 'notice_period', 'in_renewal', 'renewed', 'terminated', 'expired', 'unknown_dates'] as const;
export type AgreementStatus = (typeof AGREEMENT_STATUSES)[number];

export const ORGANISATION_KINDS = [
  'municipality',
  'safety_region',
  'police',
  'public_prosecutor',
  'expertise_centre',
  'care',
  'fire_service',
  'administrative_body',
  'central_government',
  'private_company',
  'other',
] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

export const MEMBER_ROLES = ['member', 'partner', 'host', 'funder', 'governing_body'] as const;
export type MemberRole = (typeof MEMBER_ROLES)[number];

export const FUNDING_KINDS = ['municipal_contribution', 'central_government_grant', 'centre_municipality', 'participating_municipalities', 'other'] as const;
export type FundingKind = (typeof FUNDING_KINDS)[number];

/** Account roles (issue "Accounts, roles"): admin > legal > manager > viewer. */
export const ROLES = ['admin', 'legal', 'manager', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

/** The register's sort orders (a leading '-' sorts descending). */
export const AGREEMENT_SORTS = [
  'title',
  '-title',
  'startDate',
  '-startDate',
  'endDate',
  '-endDate',
  'noticeDeadline',
  '-noticeDeadline',
  'type',
  '-type',
  'status',
  '-status',
  'id',
  '-id',
  'value',
  '-value',
] as const;
export type AgreementSort = (typeof AGREEMENT_SORTS)[number];

/** How an agreement's amount is meant: once, every year of the term, or in total over the term. */
export const VALUE_BASES = ['once', 'per_year', 'total'] as const;
export type ValueBasis = (typeof VALUE_BASES)[number];
