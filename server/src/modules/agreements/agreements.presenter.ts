import type { Agreement, AgreementSummary, Relation } from '@akkoord/shared/schemas/agreement';
import { agreementVisibilityForAll, type AgreementVisibility } from './agreement-visibility.ts';
import type { AgreementRow, PartyRow, RelationRow } from './agreements.repo.ts';
import { presentWoo } from './agreement-woo.ts';

type Row = AgreementRow & { collaborationCode: string | null };

/** The financial terms, or null when no part of them is known (the register's SQL builds the same). */
export function presentValue(
  row: Pick<AgreementRow, 'valueAmountCents' | 'valueBasis' | 'valueIndexation' | 'valueBudgetLine' | 'valuePayerOrganisationId'>,
): AgreementSummary['value'] {
  const value = {
    amountCents: row.valueAmountCents,
    basis: row.valueBasis as NonNullable<AgreementSummary['value']>['basis'],
    indexation: row.valueIndexation,
    budgetLine: row.valueBudgetLine,
    payerOrganisationId: row.valuePayerOrganisationId,
  };
  return Object.values(value).every((v) => v === null) ? null : value;
}

const period = (value: number | null, unit: string | null) => (value !== null && unit ? { value, unit } : null);

/**
 * The summary fields of an agreement. The register list builds the same shape
 * in SQL (agreements.repo.ts SUMMARY_ITEM_JSON); a test holds the two equal.
 */
export function presentAgreementSummary(row: Row, parties: PartyRow[]): AgreementSummary {
  return {
    id: row.id,
    type: row.type as AgreementSummary['type'],
    title: row.title,
    collaborationCode: row.collaborationCode,
    reference: row.reference,
    startDate: row.startDate,
    endDate: row.endDate,
    termKind: row.termKind as AgreementSummary['termKind'],
    tacitRenewal: row.tacitRenewal,
    renewalPeriod: period(row.renewalPeriodValue, row.renewalPeriodUnit) as AgreementSummary['renewalPeriod'],
    workflowState: row.workflowState as AgreementSummary['workflowState'],
    ownerName: row.ownerName,
    value: presentValue(row),
    parties: parties.map((p) => ({ organisationId: p.organisationId, name: p.organisationName, role: p.role as AgreementSummary['parties'][number]['role'] })),
    archived: row.archivedAt !== null,
    isSynthetic: row.isSynthetic,
    version: row.version,
    status: row.status as AgreementSummary['status'],
    currentTermStart: row.currentTermStart,
    currentTermEnd: row.currentTermEnd,
    noticeDeadline: row.noticeDeadline,
    nextReviewDate: row.nextReviewDate,
    computedOn: row.computedOn,
  };
}

/**
 * A relation seen from agreement `id`: the other agreement's headline and the
 * note, or, when the caller may not see the other agreement, only its id
 * and `restricted: true` (the chain continues, its content stays hidden).
 */
export function presentRelation(r: RelationRow, id: number, visibility: AgreementVisibility): Relation {
  const base = { id: r.id, kind: r.kind as Relation['kind'], direction: r.sourceId === id ? ('outgoing' as const) : ('incoming' as const), otherAgreementId: r.otherId };
  if (!visibility.canSee(r.otherCollaborationCode)) return { ...base, restricted: true };
  return {
    ...base,
    restricted: false,
    otherTitle: r.otherTitle,
    otherType: r.otherType as Extract<Relation, { restricted: false }>['otherType'],
    otherArchived: r.otherArchivedAt !== null,
    note: r.note,
  };
}

/** The full agreement as the API answers it; its relations as the caller may see them (everything for audit snapshots). */
export function presentAgreement(row: Row, parties: PartyRow[], relations: RelationRow[], visibility: AgreementVisibility = agreementVisibilityForAll): Agreement {
  return {
    ...presentAgreementSummary(row, parties),
    legalRegime: row.legalRegime as Agreement['legalRegime'],
    initialTermMonths: row.initialTermMonths,
    noticePeriod: period(row.noticePeriodValue, row.noticePeriodUnit) as Agreement['noticePeriod'],
    maxRenewals: row.maxRenewals,
    reviewDate: row.reviewDate,
    alertLeadDays: row.alertLeadDays ?? null,
    ownerEmail: row.ownerEmail,
    deputyEmail: row.deputyEmail,
    noticeGivenDate: row.noticeGivenDate,
    decision: row.decision as Agreement['decision'],
    terminationDate: row.terminationDate,
    notes: row.notes,
    source: row.source,
    archivedAt: row.archivedAt,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    parties: parties.map((p) => ({
      organisationId: p.organisationId,
      organisationName: p.organisationName,
      role: p.role as Agreement['parties'][number]['role'],
      basis: p.basis as Agreement['parties'][number]['basis'],
      signatoryName: p.signatoryName,
      signatoryTitle: p.signatoryTitle,
      signatoryMandate: p.signatoryMandate,
      signedDate: p.signedDate,
    })),
    relations: relations.map((r) => presentRelation(r, row.id, visibility)),
    ...presentWoo(row),
    retentionRuleId: row.retentionRuleId,
    legalHold: row.legalHoldReason !== null ? { reason: row.legalHoldReason, byUserId: row.legalHoldBy, at: row.legalHoldAt ?? '' } : null,
    destroyed: row.destroyedAt !== null,
  };
}

/** Strong ETag for an agreement version. */
export const etagOf = (row: { id: number; version: number }) => `"${row.id}-${row.version}"`;
