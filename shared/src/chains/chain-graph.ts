import type { AgreementType, LegalRegime, PartyRole, RelationKind, TermKind } from '../domain/enums.ts';
import type { PartialDate } from '../dates/partial-date.ts';

/** One party of an agreement as the chain rules see it. */
export interface ChainParty {
  organisationId: number;
  role: PartyRole;
}

/** The facts of an agreement that the chain rules read. */
export interface ChainAgreement {
  id: number;
  type: AgreementType;
  title: string;
  startDate: PartialDate | null;
  endDate: PartialDate | null;
  /** End of the current term (after tacit renewals); preferred over endDate when known. */
  currentTermEnd?: PartialDate | null;
  /** `indefinite` means the agreement has no end at all (not merely an unknown one). */
  termKind?: TermKind | null;
  legalRegime: LegalRegime | null;
  parties: readonly ChainParty[];
  archived: boolean;
}

/** A directed relation, read as "source <kind> target" (the processor agreement `covers` the sub-processor agreement). */
export interface ChainRelation {
  sourceId: number;
  kind: RelationKind;
  targetId: number;
}

/** An agreement and its neighbourhood: every agreement a relation below mentions should be present. */
export interface ChainGraphInput {
  agreements: readonly ChainAgreement[];
  relations: readonly ChainRelation[];
}

/** The input with lookups by id and by direction. */
export interface ChainGraph {
  byId: ReadonlyMap<number, ChainAgreement>;
  outgoing: ReadonlyMap<number, readonly ChainRelation[]>;
  incoming: ReadonlyMap<number, readonly ChainRelation[]>;
  relations: readonly ChainRelation[];
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Indexes a graph input once so that rules look up neighbours in constant time. */
export function indexChainGraph(input: ChainGraphInput): ChainGraph {
  const byId = new Map<number, ChainAgreement>();
  for (const a of input.agreements) byId.set(a.id, a);
  const outgoing = new Map<number, ChainRelation[]>();
  const incoming = new Map<number, ChainRelation[]>();
  for (const r of input.relations) {
    push(outgoing, r.sourceId, r);
    push(incoming, r.targetId, r);
  }
  return { byId, outgoing, incoming, relations: input.relations };
}

/** Kinds whose dependent loses its basis when the basis ends (renewals and successors do not). */
export const BASIS_KINDS: readonly RelationKind[] = ['covers', 'based_on', 'amends'];

/** Whether a relation of this kind makes one agreement the basis of the other. */
export function isBasisKind(kind: RelationKind): boolean {
  return BASIS_KINDS.includes(kind);
}

/**
 * A relation as an edge from the later/dependent agreement to the earlier/basis one:
 * "P covers S" gives S → P; "Y based_on X", "A amends B", "N renews O", "N supersedes O"
 * give source → target. Cycles and impact are judged on these edges.
 */
export function dependencyEdge(r: ChainRelation): { dependentId: number; basisId: number } {
  return r.kind === 'covers' ? { dependentId: r.targetId, basisId: r.sourceId } : { dependentId: r.sourceId, basisId: r.targetId };
}

/** The end of the agreement's current term, or null when it has none or none is known. */
export function effectiveEnd(a: ChainAgreement): PartialDate | null {
  if (a.termKind === 'indefinite') return null;
  return a.currentTermEnd ?? a.endDate;
}

/** True when the agreement runs without end (as opposed to an end nobody recorded). */
export function isIndefinite(a: ChainAgreement): boolean {
  return a.termKind === 'indefinite';
}

/** Organisation ids of the parties holding one of the roles, in the order of the first role that has any. */
export function sideOf(a: ChainAgreement, roles: readonly PartyRole[]): number[] {
  for (const role of roles) {
    // Distinct, in party order, without the intermediate arrays and set (the rules ask this for every agreement).
    const ids: number[] = [];
    for (const p of a.parties) if (p.role === role && !ids.includes(p.organisationId)) ids.push(p.organisationId);
    if (ids.length > 0) return ids;
  }
  return [];
}
