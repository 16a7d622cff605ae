import { evaluateChainRules } from '@akkoord/shared/chains/evaluate-chain-rules';
import type { FactBasis, OrganisationKind, PartyRole, RelationKind } from '@akkoord/shared/domain/enums';
import type { Chain, ChainEdge, ChainNode } from '@akkoord/shared/schemas/chain';
import type { AppDeps } from '../../deps.ts';
import type { RequestContext } from '../../http/context.ts';
import { agreementVisibility, hiddenIdsAmong } from '../agreements/agreement-visibility.ts';
import { loadVisibleRow } from '../agreements/agreements.service.ts';
import { buildChainGraph } from './chain-input.ts';
import { presentViolation } from './chains.presenter.ts';
import { findChainAgreements, findChainParties, findConnectedIds, findRelationsTouching, type ChainRelationRow } from './chains.repo.ts';
import { coveredCollaborations } from './collaboration-hierarchy.ts';

/** At most this many agreements in one chain view (a graph larger than this is not readable anyway). */
export const CHAIN_NODE_LIMIT = 300;

type AgreementNode = Extract<ChainNode, { kind: 'agreement' }>;
type ShownAgreementNode = Extract<AgreementNode, { restricted: false }>;

/** Distance in relations from the root, breadth-first over relations in either direction. */
function depthsFrom(rootId: number, relations: ChainRelationRow[], shown: Set<number>): Map<number, number> {
  const neighbours = new Map<number, number[]>();
  for (const r of relations) {
    if (!shown.has(r.sourceId) || !shown.has(r.targetId)) continue;
    neighbours.set(r.sourceId, [...(neighbours.get(r.sourceId) ?? []), r.targetId]);
    neighbours.set(r.targetId, [...(neighbours.get(r.targetId) ?? []), r.sourceId]);
  }
  const depth = new Map([[rootId, 0]]);
  for (let frontier = [rootId], d = 1; frontier.length; d++) {
    const next: number[] = [];
    for (const id of frontier) {
      for (const n of neighbours.get(id) ?? []) {
        if (depth.has(n)) continue;
        depth.set(n, d);
        next.push(n);
      }
    }
    frontier = next;
  }
  return depth;
}

/**
 * The chain around an agreement: every agreement connected to it by relations
 * (nearest first, up to CHAIN_NODE_LIMIT), the organisations that are party to
 * them, relation and party edges, and each agreement's status and rule
 * violations — enough for a graph view without further requests.
 *
 * An agreement outside the caller's collaborations stays in the chain as a
 * restricted node (its id and depth): the relations to and beyond it are
 * drawn, but not its title, dates, status, parties, findings, nor the notes
 * of its relations; findings of visible agreements name it without details.
 * The rules are still judged on the whole chain.
 */
export function getChain(deps: AppDeps, ctx: RequestContext, id: number): Chain {
  loadVisibleRow(deps, ctx, id);
  const connected = findConnectedIds(deps.db, id, CHAIN_NODE_LIMIT + 1);
  const truncated = connected.length > CHAIN_NODE_LIMIT;
  const shownIds = connected.slice(0, CHAIN_NODE_LIMIT);
  const shown = new Set(shownIds);
  const relations = findRelationsTouching(deps.db, shownIds);
  // Rules of agreements at the edge of a cut-off chain still see their direct neighbours.
  const neighbourIds = new Set(shownIds);
  for (const r of relations) neighbourIds.add(r.sourceId).add(r.targetId);
  const rows = findChainAgreements(deps.db, [...neighbourIds]);
  const parties = findChainParties(deps.db, [...neighbourIds]);
  const graph = buildChainGraph(rows, parties, relations);
  const depth = depthsFrom(id, relations, shown);
  const covers = coveredCollaborations(deps.db);
  const hidden = hiddenIdsAmong(agreementVisibility(ctx), rows);

  const agreementNodes: AgreementNode[] = rows
    .filter((r) => shown.has(r.id))
    .map((r): AgreementNode => {
      const nodeDepth = depth.get(r.id) ?? 0;
      if (hidden.has(r.id)) return { kind: 'agreement', restricted: true, id: `agreement:${r.id}`, agreementId: r.id, depth: nodeDepth };
      return {
        kind: 'agreement',
        restricted: false,
        id: `agreement:${r.id}`,
        agreementId: r.id,
        type: r.type as ShownAgreementNode['type'],
        title: r.title,
        collaborationCode: r.collaborationCode,
        coversCollaborations: r.collaborationCode ? (covers.get(r.collaborationCode) ?? [r.collaborationCode]) : [],
        status: r.status as ShownAgreementNode['status'],
        startDate: r.startDate,
        endDate: r.endDate,
        currentTermEnd: r.currentTermEnd,
        termKind: r.termKind as ShownAgreementNode['termKind'],
        legalRegime: r.legalRegime as ShownAgreementNode['legalRegime'],
        archived: r.archivedAt !== null,
        depth: nodeDepth,
        violations: evaluateChainRules(graph, r.id).map((v) => presentViolation(v, hidden)),
      };
    })
    .sort((a, b) => a.depth - b.depth || a.agreementId - b.agreementId);

  const organisations = new Map<number, ChainNode>();
  const edges: ChainEdge[] = [];
  for (const r of relations) {
    if (!shown.has(r.sourceId) || !shown.has(r.targetId)) continue;
    const note = hidden.has(r.sourceId) || hidden.has(r.targetId) ? null : r.note;
    edges.push({
      kind: 'relation',
      id: `relation:${r.id}`,
      relationId: r.id,
      relationKind: r.kind as RelationKind,
      source: `agreement:${r.sourceId}`,
      target: `agreement:${r.targetId}`,
      note,
    });
  }
  for (const p of parties) {
    if (!shown.has(p.agreementId) || hidden.has(p.agreementId)) continue;
    const orgNode = `organisation:${p.organisationId}`;
    if (!organisations.has(p.organisationId)) {
      organisations.set(p.organisationId, {
        kind: 'organisation',
        id: orgNode,
        organisationId: p.organisationId,
        name: p.name,
        shortName: p.shortName,
        organisationKind: p.organisationKind as OrganisationKind,
      });
    }
    edges.push({
      kind: 'party',
      id: `party:${p.agreementId}:${p.organisationId}:${p.role}`,
      source: `agreement:${p.agreementId}`,
      target: orgNode,
      role: p.role as PartyRole,
      basis: p.basis as FactBasis,
    });
  }
  const violations = agreementNodes.flatMap((n) => (n.restricted ? [] : n.violations));
  return {
    agreementId: id,
    nodes: [...agreementNodes, ...organisations.values()],
    edges,
    truncated,
    counts: { errors: violations.filter((v) => v.severity === 'error').length, warnings: violations.filter((v) => v.severity === 'warning').length },
  };
}
