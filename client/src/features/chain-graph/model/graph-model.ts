import type { FactBasis, PartyRole, RelationKind } from '@akkoord/shared/domain/enums';
import type { Chain, ChainNode } from '@akkoord/shared/schemas/chain';

/** Any agreement of the chain: one the user may see, or one outside their collaborations. */
export type ChainAgreementNode = Extract<ChainNode, { kind: 'agreement' }>;
/** An agreement the user may see, with its title, dates, status and findings. */
export type AgreementNode = Extract<ChainAgreementNode, { restricted: false }>;
/** An agreement outside the user's collaborations: only its id and place in the chain. */
export type RestrictedAgreementNode = Extract<ChainAgreementNode, { restricted: true }>;
export type OrganisationNode = Extract<ChainNode, { kind: 'organisation' }>;

export const isShownAgreement = (n: ChainNode): n is AgreementNode => n.kind === 'agreement' && !n.restricted;

/** Sizes of the drawn boxes; text is wrapped to fit them. */
export const NODE_SIZE = {
  agreement: { width: 220, height: 76 },
  organisation: { width: 176, height: 44 },
  /** In an overview an agreement box also names its parties. */
  agreementWithParties: { width: 220, height: 92 },
  /** Outside the user's collaborations: no title, dates or parties to show. */
  restricted: { width: 220, height: 62 },
} as const;

const sizeOf = (node: ChainNode, withParties = false) =>
  node.kind === 'organisation' ? NODE_SIZE.organisation : node.restricted ? NODE_SIZE.restricted : withParties ? NODE_SIZE.agreementWithParties : NODE_SIZE.agreement;

export interface GraphNode {
  id: string;
  node: ChainNode;
  width: number;
  height: number;
}

export interface GraphEdge {
  id: string;
  kind: 'relation' | 'party';
  /** Layout direction (left → right): controller → processor → sub-processor, basis → what rests on it. */
  source: string;
  target: string;
  label: string;
  /** The drawing runs against the relation's own direction (e.g. "basis for" drawn for `based_on`). */
  reversed: boolean;
  role?: PartyRole;
  basis?: FactBasis;
  relationKind?: RelationKind;
  relationId?: number;
}

export interface GraphModel {
  nodes: GraphNode[];
  edges: GraphEdge[];
}

export interface EdgeTexts {
  role: (role: PartyRole) => string;
  /** Relation label read in the drawn direction: `covers` as is, the others as seen from their target ("basis for"). */
  relation: (kind: RelationKind, reversed: boolean) => string;
}

/**
 * Roles in chain order: who instructs (controller, client) comes before who
 * carries out (processor, provider), and the processor before its
 * sub-processor. `party` (covenant and cooperation partners) has no order.
 */
const ROLE_RANK: Record<PartyRole, number> = { controller: 0, client: 0, party: 0, processor: 1, provider: 1, subprocessor: 2 };

/**
 * Whether an organisation is drawn before (upstream) or after the agreement
 * it is party to. The lowest-ranked role of an agreement is its instructing
 * side: in a processor agreement that is the controller, in a sub-processor
 * agreement the processor. Equal partners (`party`) are drawn after their
 * covenant, so a cooperation never ties its partners in a loop.
 */
export function isUpstreamRole(role: PartyRole, rolesOfAgreement: readonly PartyRole[]): boolean {
  if (role === 'party') return false;
  const ranked = rolesOfAgreement.filter((r) => r !== 'party').map((r) => ROLE_RANK[r]);
  return ROLE_RANK[role] === Math.min(...ranked);
}

/**
 * The chain as a directed graph for a left-to-right layout: relation edges
 * point from what others rest on (the covering or basis agreement) to what
 * rests on it; party edges run from the instructing organisation into the
 * agreement and out to the one carrying it out. RTR reads: police →
 * processor agreement → VRT → sub-processor agreement → security firm.
 */
export function buildGraphModel(chain: Chain, texts: EdgeTexts, options: { organisations: boolean } = { organisations: true }): GraphModel {
  if (!options.organisations) return buildOverviewModel(chain, texts);
  const nodes: GraphNode[] = chain.nodes.map((node) => ({ id: node.id, node, ...sizeOf(node) }));
  const known = new Set(nodes.map((n) => n.id));
  const rolesOf = new Map<string, PartyRole[]>();
  for (const e of chain.edges) if (e.kind === 'party') rolesOf.set(e.source, [...(rolesOf.get(e.source) ?? []), e.role]);

  const edges: GraphEdge[] = [];
  for (const e of chain.edges) {
    if (!known.has(e.source) || !known.has(e.target)) continue;
    if (e.kind === 'relation') {
      const reversed = e.relationKind !== 'covers';
      edges.push({
        id: e.id,
        kind: 'relation',
        source: reversed ? e.target : e.source,
        target: reversed ? e.source : e.target,
        label: texts.relation(e.relationKind, reversed),
        reversed,
        relationKind: e.relationKind,
        relationId: e.relationId,
      });
    } else {
      const upstream = isUpstreamRole(e.role, rolesOf.get(e.source) ?? []);
      edges.push({
        id: e.id,
        kind: 'party',
        source: upstream ? e.target : e.source,
        target: upstream ? e.source : e.target,
        label: texts.role(e.role),
        reversed: upstream,
        role: e.role,
        basis: e.basis,
      });
    }
  }
  return { nodes, edges };
}

/** The overview of a large chain: agreements and their relations only (parties are named inside each agreement). */
function buildOverviewModel(chain: Chain, texts: EdgeTexts): GraphModel {
  const agreements = chain.nodes.filter((n): n is ChainAgreementNode => n.kind === 'agreement');
  const nodes: GraphNode[] = agreements.map((node) => ({ id: node.id, node, ...sizeOf(node, true) }));
  const relationsOnly: Chain = { ...chain, nodes: agreements, edges: chain.edges.filter((e) => e.kind === 'relation') };
  return { nodes, edges: buildGraphModel(relationsOnly, texts).edges };
}

/** Words wrapped into at most `maxLines` lines of `maxChars`; what does not fit ends in an ellipsis. */
export function wrapText(text: string, maxChars: number, maxLines: number): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  let i = 0;
  for (; i < words.length && lines.length < maxLines; i++) {
    const word = words[i] as string;
    const candidate = line ? `${line} ${word}` : word;
    if (candidate.length <= maxChars) {
      line = candidate;
      continue;
    }
    if (line) i--; // the word starts the next line
    lines.push(line || word);
    line = '';
  }
  if (line && lines.length < maxLines) lines.push(line);
  const truncated = i < words.length || (line !== '' && lines.at(-1) !== line);
  const fitted = lines.map((l) => (l.length > maxChars ? `${l.slice(0, maxChars - 1)}…` : l));
  if (truncated && fitted.length) {
    const last = fitted[fitted.length - 1] as string;
    if (!last.endsWith('…')) fitted[fitted.length - 1] = `${last.length >= maxChars ? last.slice(0, maxChars - 1).trimEnd() : last}…`;
  }
  return fitted;
}
