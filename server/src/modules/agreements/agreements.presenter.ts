import type { Agreement, AgreementSummary } from '@akkoord/shared/schemas/agreement';
import type { AgreementRow, PartyRow, RelationRow } from './agreements.repo.ts';

type Row = AgreementRow & { collaborationCode: string | null };

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

/** The full agreement as the API answers it. */
export function presentAgreement(row: Row, parties: PartyRow[], relations: RelationRow[]): Agreement {
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
    relations: relations.map((r) => ({
      id: r.id,
      kind: r.kind as Agreement['relations'][number]['kind'],
      direction: r.otherId === r.targetId && r.sourceId !== r.otherId ? 'outgoing' : 'incoming',
      otherAgreementId: r.otherId,
      otherTitle: r.otherTitle,
      otherType: r.otherType as Agreement['relations'][number]['otherType'],
      otherArchived: r.otherArchivedAt !== null,
      note: r.note,
    })),
  };
}

/** Strong ETag for an agreement version. */
export const etagOf = (row: { id: number; version: number }) => `"${row.id}-${row.version}"`;
