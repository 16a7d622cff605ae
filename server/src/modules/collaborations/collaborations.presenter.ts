import type { CollaborationSummary, FundingLine } from '@akkoord/shared/schemas/collaboration';
import type { CollaborationRow, FundingRow } from './collaborations.repo.ts';

/** The list fields of a collaboration. */
export function presentCollaborationSummary(r: { row: CollaborationRow; parentCode: string | null; agreementCount: number; memberCount: number }): CollaborationSummary {
  return {
    id: r.row.id,
    code: r.row.code,
    name: r.row.name,
    parentCode: r.parentCode,
    foundedYear: r.row.foundedYear,
    hostedByVrtSince: r.row.hostedByVrtSince,
    budgetCents: r.row.budgetCents,
    capacityFte: r.row.capacityFte,
    agreementCount: r.agreementCount,
    memberCount: r.memberCount,
  };
}

/** A funding line as the API answers it. */
export function presentFunding(f: FundingRow): FundingLine {
  return {
    id: f.id,
    kind: f.kind as FundingLine['kind'],
    source: f.source,
    amountCents: f.amountCents,
    ratePerInhabitantCents: f.ratePerInhabitantCents,
    note: f.note,
  };
}
