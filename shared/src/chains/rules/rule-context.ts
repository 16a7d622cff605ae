import type { ChainAgreement, ChainGraph, ChainRelation } from '../chain-graph.ts';
import type { ChainMessageCode, ChainRule, ChainSeverity, ChainViolation, ChainViolationParams } from '../chain-violation.ts';
import type { AgreementType, RelationKind } from '../../domain/enums.ts';

/**
 * What the rules read beyond the judged agreement itself. They reach other
 * agreements only through the two functions below: relations of the
 * `incoming` kinds pointing at it and of the `outgoing` kinds leaving it. They
 * read parties (sideOf) only of agreements of the `partiesOf` types. A graph
 * holding just these relations of an agreement, the agreements at their other
 * ends, and the parties of those types gives it the same violations as the
 * whole register (evaluate-chain-rules.test.ts holds them to it).
 */
export const RULE_READS = {
  incoming: ['covers'],
  outgoing: ['based_on'],
  partiesOf: ['processor', 'subprocessor'],
} as const satisfies { incoming: readonly RelationKind[]; outgoing: readonly RelationKind[]; partiesOf: readonly AgreementType[] };

/** A relation together with the live (not archived) agreement on its other end. */
export interface Neighbour {
  relation: ChainRelation;
  other: ChainAgreement;
}

/** Live agreements that `covers` the subject (incoming covers relations). */
export function coveringAgreements(graph: ChainGraph, subject: ChainAgreement): Neighbour[] {
  const result: Neighbour[] = [];
  for (const relation of graph.incoming.get(subject.id) ?? []) {
    if (relation.kind !== 'covers') continue;
    const other = graph.byId.get(relation.sourceId);
    if (other && !other.archived && other.id !== subject.id) result.push({ relation, other });
  }
  return result;
}

/** Live agreements the subject is `based_on` (outgoing based_on relations). */
export function basisAgreements(graph: ChainGraph, subject: ChainAgreement): Neighbour[] {
  const result: Neighbour[] = [];
  for (const relation of graph.outgoing.get(subject.id) ?? []) {
    if (relation.kind !== 'based_on') continue;
    const other = graph.byId.get(relation.targetId);
    if (other && !other.archived && other.id !== subject.id) result.push({ relation, other });
  }
  return result;
}

interface ViolationSpec {
  rule: ChainRule;
  severity: ChainSeverity;
  messageCode: ChainMessageCode;
  subject: ChainAgreement;
  other?: ChainAgreement;
  params?: ChainViolationParams;
}

/** Builds a violation with the titles of both agreements in its params, so texts need no further lookups. */
export function violation(spec: ViolationSpec): ChainViolation {
  const params: ChainViolationParams = { agreementTitle: spec.subject.title, ...spec.params };
  const v: ChainViolation = { rule: spec.rule, severity: spec.severity, agreementId: spec.subject.id, messageCode: spec.messageCode, params };
  if (spec.other) {
    v.otherAgreementId = spec.other.id;
    params.otherTitle = spec.other.title;
  }
  return v;
}
