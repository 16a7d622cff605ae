import { memo, type Ref } from 'react';
import type { AgreementType } from '@akkoord/shared/domain/enums';
import { wrapText, type AgreementNode, type RestrictedAgreementNode } from '../model/graph-model.ts';
import type { ImpactHighlight } from '../model/impact-highlight.ts';
import { edgePath, LABEL_FONT, type ChainLayout, type PositionedEdge, type PositionedNode } from '../model/layout-chain.ts';
import type { NodeFacts } from './use-chain-texts.ts';
import { CHAIN_THEME } from './chain-svg-theme.ts';
import { fitWidth } from './measure-text.ts';

/** A colour strip per agreement type, named in the legend (the type is also written in the box). */
export const TYPE_ACCENT: Record<AgreementType, string> = {
  service: '#1b6e34',
  governance: '#4b5257',
  cooperation: '#00676b',
  privacy: '#8a4b00',
  processor: '#1c4181',
  subprocessor: '#5b3f8c',
};

export interface ChainSvgTexts {
  typeOf: (type: AgreementType) => string;
  statusOf: (node: AgreementNode) => string;
  /** "Agreement outside your collaborations" (drawn in the box of such an agreement). */
  restricted: string;
  /** "no. 12" */
  restrictedNumber: (agreementId: number) => string;
  /** "no access" */
  noAccess: string;
  kindOf: (node: Extract<PositionedNode['node'], { kind: 'organisation' }>) => string;
  violations: (errors: number, warnings: number) => string;
  thisAgreement: string;
  ends: string;
  losesBasis: string;
  mayLoseBasis: string;
}

export interface ChainSvgProps {
  layout: ChainLayout;
  scale: number;
  facts: Map<string, NodeFacts>;
  texts: ChainSvgTexts;
  focusNodeId: string | null;
  highlight: ImpactHighlight | null;
  /** Drawn in a band above the graph (exports and print). */
  title?: string;
  svgRef?: Ref<SVGSVGElement>;
  idPrefix: string;
  /** Overview of a large chain: organisations are named inside each agreement instead of drawn as nodes. */
  withParties?: boolean;
}

const TITLE_BAND = 32;
const TAG_HEIGHT = 18;

function EdgeShape({ edge, highlight, ids }: { edge: PositionedEdge; highlight: ImpactHighlight | null; ids: { arrow: string; arrowRelation: string; arrowImpact: string } }) {
  const onPath = highlight?.pathEdges.has(edge.id) ?? false;
  const isRelation = edge.kind === 'relation';
  const stroke = onPath ? CHAIN_THEME.error : isRelation ? CHAIN_THEME.relation : CHAIN_THEME.party;
  const marker = onPath ? ids.arrowImpact : isRelation ? ids.arrowRelation : ids.arrow;
  return (
    <path
      d={edgePath(edge.points)}
      fill="none"
      stroke={stroke}
      strokeWidth={onPath ? 3.5 : isRelation ? 2 : 1.5}
      strokeDasharray={edge.basis === 'implied' ? '5 4' : undefined}
      markerEnd={`url(#${marker})`}
      data-edge={edge.id}
      data-on-path={onPath || undefined}
    />
  );
}

function EdgeLabel({ edge, highlight }: { edge: PositionedEdge; highlight: ImpactHighlight | null }) {
  const box = edge.labelBox;
  if (!box) return null;
  const onPath = highlight?.pathEdges.has(edge.id) ?? false;
  const stroke = onPath ? CHAIN_THEME.error : edge.kind === 'relation' ? CHAIN_THEME.relation : '#b1b6ba';
  return (
    <g data-edge-label={edge.id} data-source={edge.source} data-target={edge.target} data-role={edge.role} data-relation={edge.relationKind}>
      <rect x={box.x} y={box.y} width={box.width} height={box.height} rx={3} fill="#fff" stroke={stroke} strokeWidth={onPath ? 1.5 : 1} />
      <text
        x={box.x + box.width / 2}
        y={box.y + box.height / 2 + 4}
        textAnchor="middle"
        fontSize={LABEL_FONT.size}
        fontStyle={edge.kind === 'relation' ? 'italic' : undefined}
        fill={CHAIN_THEME.text}
      >
        {edge.label}
      </text>
    </g>
  );
}

function Tag({ x, y, text, fill, color }: { x: number; y: number; text: string; fill: string; color: string }) {
  const width = Math.ceil(text.length * 6.9 + 12);
  return (
    <g>
      <rect x={x} y={y - TAG_HEIGHT + 2} width={width} height={TAG_HEIGHT} rx={3} fill={fill} />
      <text x={x + 6} y={y - 3} fontSize={11} fontWeight={700} fill={color}>
        {text}
      </text>
    </g>
  );
}

/**
 * An agreement outside the user's collaborations: grey, with a dotted
 * border and the words "no access", and no link (its page would answer
 * "not found"); screen readers hear the same as an image with its label.
 * Impact mode still marks it when it loses its basis.
 */
function RestrictedBox({
  n,
  node,
  facts,
  texts,
  highlight,
}: {
  n: PositionedNode;
  node: RestrictedAgreementNode;
  facts: NodeFacts | undefined;
  texts: ChainSvgTexts;
  highlight: ImpactHighlight | null;
}) {
  const lost = highlight?.lost.get(n.id);
  const lines = wrapText(texts.restricted, 28, 2);
  return (
    <g role="img" aria-label={facts?.description ?? texts.restricted} data-node={n.id} data-restricted="true" data-agreement-id={node.agreementId} data-lost={lost}>
      <rect
        x={n.x}
        y={n.y}
        width={n.width}
        height={n.height}
        rx={6}
        fill={CHAIN_THEME.restrictedFill}
        stroke={lost ? CHAIN_THEME.error : CHAIN_THEME.border}
        strokeWidth={lost ? 3.5 : 1.25}
        strokeDasharray="2 3"
      />
      <g aria-hidden="true" pointerEvents="none">
        <text x={n.x + 14} y={n.y + 15} fontSize={11} fill={CHAIN_THEME.muted}>
          {`${texts.restrictedNumber(node.agreementId)} · ${texts.noAccess}`}
        </text>
        {lines.map((line, i) => (
          <text key={i} x={n.x + 14} y={n.y + 32 + i * 15} fontSize={12.5} fontStyle="italic" fill={CHAIN_THEME.text} {...fitWidth(line, 12.5, n.width - 22, false)}>
            {line}
          </text>
        ))}
        {lost ? <Tag x={n.x} y={n.y - 3} text={lost === 'certain' ? texts.losesBasis : texts.mayLoseBasis} fill={CHAIN_THEME.error} color="#fff" /> : null}
      </g>
    </g>
  );
}

function AgreementBox({
  n,
  facts,
  texts,
  isFocus,
  highlight,
  withParties,
}: {
  n: PositionedNode;
  facts: NodeFacts | undefined;
  texts: ChainSvgTexts;
  isFocus: boolean;
  highlight: ImpactHighlight | null;
  withParties: boolean;
}) {
  const node = n.node as AgreementNode;
  const errors = node.violations.filter((v) => v.severity === 'error').length;
  const warnings = node.violations.length - errors;
  const lost = highlight?.lost.get(n.id);
  const ending = highlight?.ending === n.id;
  const stroke = lost
    ? CHAIN_THEME.error
    : errors
      ? CHAIN_THEME.error
      : warnings
        ? CHAIN_THEME.warning
        : ending
          ? CHAIN_THEME.ending
          : isFocus
            ? CHAIN_THEME.focus
            : CHAIN_THEME.border;
  const strokeWidth = lost || ending || errors ? 3.5 : isFocus || warnings ? 2.5 : 1.25;
  const fill = lost ? CHAIN_THEME.errorFill : errors ? CHAIN_THEME.errorFill : warnings ? CHAIN_THEME.warningFill : '#fff';
  const lines = wrapText(node.title, 28, 2);
  const findings = errors || warnings ? texts.violations(errors, warnings) : null;
  // Texts sit beside the link (see the timeline): the link is named by its full description.
  return (
    <>
      <a
        href={`/agreements/${node.agreementId}`}
        className="akk-chain-node"
        data-node={n.id}
        data-name={node.title}
        data-agreement-id={node.agreementId}
        data-lost={lost}
        data-ending={ending || undefined}
        data-violations={node.violations.length || undefined}
        aria-label={facts?.description ?? node.title}
      >
        <rect
          x={n.x}
          y={n.y}
          width={n.width}
          height={n.height}
          rx={6}
          fill={fill}
          stroke={stroke}
          strokeWidth={strokeWidth}
          strokeDasharray={warnings && !errors && !lost ? '6 3' : undefined}
        />
        <rect x={n.x + 1} y={n.y + 1} width={6} height={n.height - 2} rx={3} fill={TYPE_ACCENT[node.type]} />
        <rect
          className="akk-chain-node__focus"
          x={n.x - 4}
          y={n.y - 4}
          width={n.width + 8}
          height={n.height + 8}
          rx={8}
          fill="none"
          stroke={CHAIN_THEME.text}
          strokeWidth={2.5}
          strokeOpacity={0}
        />
      </a>
      <g aria-hidden="true" pointerEvents="none" data-for={n.id}>
        <text x={n.x + 14} y={n.y + 15} fontSize={11} fill={CHAIN_THEME.muted}>
          {texts.typeOf(node.type)}
        </text>
        {lines.map((line, i) => (
          <text key={i} x={n.x + 14} y={n.y + 31 + i * 15} fontSize={12.5} fontWeight={700} fill={CHAIN_THEME.text} {...fitWidth(line, 12.5, n.width - 22, true)}>
            {line}
          </text>
        ))}
        {withParties && facts?.parties.length ? (
          <text x={n.x + 14} y={n.y + 63} fontSize={11} fill={CHAIN_THEME.text}>
            {wrapText(facts.parties.map((p) => p.name).join(' · '), 34, 1)[0]}
          </text>
        ) : null}
        <text
          x={n.x + 14}
          y={n.y + n.height - 8}
          fontSize={11}
          fill={findings ? (errors ? CHAIN_THEME.error : CHAIN_THEME.warning) : CHAIN_THEME.muted}
          fontWeight={findings ? 700 : 400}
        >
          {findings ? `⚠ ${findings}` : texts.statusOf(node)}
        </text>
        {ending ? <Tag x={n.x} y={n.y - 3} text={texts.ends} fill={CHAIN_THEME.ending} color="#fff" /> : null}
        {lost ? <Tag x={n.x} y={n.y - 3} text={lost === 'certain' ? texts.losesBasis : texts.mayLoseBasis} fill={CHAIN_THEME.error} color="#fff" /> : null}
        {isFocus && !ending && !lost ? <Tag x={n.x} y={n.y - 3} text={texts.thisAgreement} fill={CHAIN_THEME.focus} color="#fff" /> : null}
      </g>
    </>
  );
}

function OrganisationBox({ n, facts, texts }: { n: PositionedNode; facts: NodeFacts | undefined; texts: ChainSvgTexts }) {
  const node = n.node as Extract<PositionedNode['node'], { kind: 'organisation' }>;
  const name = wrapText(node.name, 24, 1)[0] ?? node.name;
  return (
    <>
      <a
        href={`/organisations/${node.organisationId}`}
        className="akk-chain-node"
        data-node={n.id}
        data-name={node.name}
        data-organisation-id={node.organisationId}
        aria-label={facts?.description ?? node.name}
      >
        <rect x={n.x} y={n.y} width={n.width} height={n.height} rx={n.height / 2} fill={CHAIN_THEME.organisationFill} stroke={CHAIN_THEME.border} strokeWidth={1.5} />
        <rect
          className="akk-chain-node__focus"
          x={n.x - 4}
          y={n.y - 4}
          width={n.width + 8}
          height={n.height + 8}
          rx={(n.height + 8) / 2}
          fill="none"
          stroke={CHAIN_THEME.text}
          strokeWidth={2.5}
          strokeOpacity={0}
        />
      </a>
      <g aria-hidden="true" pointerEvents="none" data-for={n.id}>
        <text x={n.x + n.width / 2} y={n.y + 20} textAnchor="middle" fontSize={12} fontWeight={700} fill={CHAIN_THEME.text} {...fitWidth(name, 12, n.width - 24, true)}>
          {name}
        </text>
        <text x={n.x + n.width / 2} y={n.y + 36} textAnchor="middle" fontSize={11} fill={CHAIN_THEME.muted}>
          {texts.kindOf(node)}
        </text>
      </g>
    </>
  );
}

/**
 * The chain drawn as plain SVG: organisations as rounded pills, agreements
 * as boxes with their type, title and status (rule findings in red or
 * amber, with the count in words), relations and party roles as labelled
 * arrows, and in impact mode the ending agreement, what loses its basis and
 * the path in between. Nodes are links, in reading order (left to right).
 */
export const ChainSvg = memo(function ChainSvg({ layout, scale, facts, texts, focusNodeId, highlight, title, svgRef, idPrefix, withParties = false }: ChainSvgProps) {
  const top = title ? TITLE_BAND : 0;
  const width = layout.width;
  const height = layout.height + top;
  const ids = { arrow: `${idPrefix}-arrow`, arrowRelation: `${idPrefix}-arrow-relation`, arrowImpact: `${idPrefix}-arrow-impact` };
  const ordered = [...layout.nodes].sort((a, b) => a.x - b.x || a.y - b.y);
  return (
    <svg
      ref={svgRef}
      className="akk-chain-svg"
      width={Math.ceil(width * scale)}
      height={Math.ceil(height * scale)}
      viewBox={`0 0 ${width} ${height}`}
      fontFamily={CHAIN_THEME.font}
    >
      <defs>
        {(
          [
            [ids.arrow, CHAIN_THEME.party],
            [ids.arrowRelation, CHAIN_THEME.relation],
            [ids.arrowImpact, CHAIN_THEME.error],
          ] as const
        ).map(([id, color]) => (
          <marker
            key={id}
            id={id}
            viewBox="0 0 10 10"
            refX={9}
            refY={5}
            markerWidth={id === ids.arrowImpact ? 12 : 9}
            markerHeight={id === ids.arrowImpact ? 12 : 9}
            markerUnits="userSpaceOnUse"
            orient="auto-start-reverse"
          >
            <path d="M0,0 L10,5 L0,10 z" fill={color} />
          </marker>
        ))}
      </defs>
      <rect width={width} height={height} fill="#fff" />
      {title ? (
        <text x={16} y={22} fontSize={15} fontWeight={700} fill={CHAIN_THEME.text}>
          {title}
        </text>
      ) : null}
      <g transform={`translate(0 ${top})`}>
        <g aria-hidden="true">
          {layout.edges.map((e) => (
            <EdgeShape key={e.id} edge={e} highlight={highlight} ids={ids} />
          ))}
          {layout.edges.map((e) => (
            <EdgeLabel key={e.id} edge={e} highlight={highlight} />
          ))}
        </g>
        {ordered.map((n) =>
          n.node.kind === 'agreement' && n.node.restricted ? (
            <RestrictedBox key={n.id} n={n} node={n.node} facts={facts.get(n.id)} texts={texts} highlight={highlight} />
          ) : n.node.kind === 'agreement' ? (
            <AgreementBox key={n.id} n={n} facts={facts.get(n.id)} texts={texts} isFocus={n.id === focusNodeId} highlight={highlight} withParties={withParties} />
          ) : (
            <OrganisationBox key={n.id} n={n} facts={facts.get(n.id)} texts={texts} />
          ),
        )}
      </g>
    </svg>
  );
});
