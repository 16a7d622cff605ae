import type { ChainAgreement, ChainGraph, ChainRelation } from '../chain-graph.ts';
import type { ChainMessageCode, ChainRule, ChainSeverity, ChainViolation, ChainViolationParams } from '../chain-violation.ts';

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
