import type { ChainAgreement, ChainGraph, ChainRelation } from '@akkoord/shared/chains/chain-graph';
import { indexChainGraph } from '@akkoord/shared/chains/chain-graph';
import type { AgreementType, LegalRegime, PartyRole, RelationKind, TermKind } from '@akkoord/shared/domain/enums';
import type { ChainAgreementRow, ChainPartyRow, ChainRelationRow } from './chains.repo.ts';

/** A stored relation as the shared chain functions read it. */
export function toChainRelation(r: ChainRelationRow): ChainRelation {
  return { sourceId: r.sourceId, kind: r.kind as RelationKind, targetId: r.targetId };
}

/** A stored agreement and its parties as the shared chain rules read them. */
export function toChainAgreement(row: ChainAgreementRow, parties: ChainPartyRow[]): ChainAgreement {
  return {
    id: row.id,
    type: row.type as AgreementType,
    title: row.title,
    startDate: row.startDate,
    endDate: row.endDate,
    currentTermEnd: row.currentTermEnd,
    termKind: row.termKind as TermKind | null,
    legalRegime: row.legalRegime as LegalRegime | null,
    parties: parties.map((p) => ({ organisationId: p.organisationId, role: p.role as PartyRole })),
    archived: row.archivedAt !== null,
  };
}

/** Builds the indexed chain graph from stored rows. */
export function buildChainGraph(rows: ChainAgreementRow[], parties: ChainPartyRow[], relations: ChainRelationRow[]): ChainGraph {
  const partiesOf = new Map<number, ChainPartyRow[]>();
  for (const p of parties) partiesOf.set(p.agreementId, [...(partiesOf.get(p.agreementId) ?? []), p]);
  return indexChainGraph({
    agreements: rows.map((r) => toChainAgreement(r, partiesOf.get(r.id) ?? [])),
    relations: relations.map(toChainRelation),
  });
}
