import type { ImpactEntry } from '@akkoord/shared/chains/impact';
import { computeImpact } from '@akkoord/shared/chains/impact';
import { explainImpactPath } from '@akkoord/shared/chains/render-relation';
import type { Impact, ImpactEntryDto } from '@akkoord/shared/schemas/chain';
import type { Db } from '../../db/client.ts';
import type { AppDeps } from '../../deps.ts';
import type { RequestContext } from '../../http/context.ts';
import { agreementVisibility, hiddenIdsAmong, type AgreementVisibility } from '../agreements/agreement-visibility.ts';
import type { DependentAgreement } from '../agreements/archive-agreement.ts';
import { loadVisibleRow } from '../agreements/agreements.service.ts';
import { buildChainGraph } from './chain-input.ts';
import { presentTitledRelation } from './chains.presenter.ts';
import { findChainAgreements, findImpactSubgraph, type ChainAgreementRow } from './chains.repo.ts';

interface ImpactAnalysis {
  entries: ImpactEntry[];
  rows: Map<number, ChainAgreementRow>;
  relationIds: Map<string, number>;
}

const relationKey = (r: { sourceId: number; kind: string; targetId: number }) => `${r.sourceId}:${r.kind}:${r.targetId}`;

/**
 * What loses its basis if agreement `id` ends with `lastDay` as its last day:
 * recursive SQL narrows the register to the affected agreements and the
 * relations among them, and the shared `computeImpact` (the reference the
 * property tests hold the SQL to) finds each shortest path and certainty.
 */
export function analyseImpact(db: Db, id: number, lastDay: string): ImpactAnalysis {
  const { ids, relations } = findImpactSubgraph(db, id, lastDay);
  const rowList = findChainAgreements(db, ids);
  const graph = buildChainGraph(rowList, [], relations);
  return {
    entries: computeImpact(graph, id, lastDay),
    rows: new Map(rowList.map((r) => [r.id, r])),
    relationIds: new Map(relations.map((r) => [relationKey(r), r.id])),
  };
}

type ShownImpactAgreement = Extract<ImpactEntryDto['agreement'], { restricted: false }>;

/**
 * The entries as the caller may see them: an agreement outside their
 * collaborations stays in the list (it does lose its basis) as its id with
 * `restricted: true`, and paths and explanations name it without its title.
 */
function presentEntries(id: number, analysis: ImpactAnalysis, visibility: AgreementVisibility): ImpactEntryDto[] {
  const titleOf = (n: number) => analysis.rows.get(n)?.title;
  const hidden = hiddenIdsAmong(visibility, analysis.rows.values());
  const endingTitle = titleOf(id) ?? `#${id}`;
  return analysis.entries.map((e) => {
    const row = analysis.rows.get(e.agreementId)!;
    const path = e.path.map((r) => presentTitledRelation({ ...r, id: analysis.relationIds.get(relationKey(r)) ?? null }, titleOf, hidden));
    return {
      agreement: hidden.has(row.id)
        ? { restricted: true, id: row.id }
        : {
            restricted: false,
            id: row.id,
            type: row.type as ShownImpactAgreement['type'],
            title: row.title,
            collaborationCode: row.collaborationCode,
            status: row.status as ShownImpactAgreement['status'],
            currentTermEnd: row.currentTermEnd,
          },
      depth: e.depth,
      certainty: e.certainty,
      agreementIds: e.agreementIds,
      path,
      explanation: { nl: explainImpactPath(endingTitle, path, 'nl'), en: explainImpactPath(endingTitle, path, 'en') },
    };
  });
}

/** `GET /api/agreements/:id/impact`: everything that would lose its basis, each with its path (redacted where the caller may not see). */
export function getImpact(deps: AppDeps, ctx: RequestContext, id: number, on: string | undefined): Impact {
  loadVisibleRow(deps, ctx, id);
  const lastDay = on ?? deps.clock.today();
  return { agreementId: id, on: lastDay, items: presentEntries(id, analyseImpact(deps.db, id, lastDay), agreementVisibility(ctx)) };
}

/**
 * The archive guard's dependents finder: the transitive impact of the
 * agreement ending today, in the shape the archive service reports (409
 * `dependents_exist`), redacted as the impact list is.
 */
export function findImpactedDependents(deps: AppDeps, ctx: RequestContext, id: number): (DependentAgreement & ImpactEntryDto)[] {
  const analysis = analyseImpact(deps.db, id, deps.clock.today());
  return presentEntries(id, analysis, agreementVisibility(ctx)).map((e) => ({
    ...e,
    id: e.agreement.id,
    restricted: e.agreement.restricted,
    title: e.agreement.restricted ? null : e.agreement.title,
    path: e.path.map((r, i) => {
      const reached = e.agreementIds[i + 1]!;
      const title = reached === r.sourceId ? r.sourceTitle : r.targetTitle;
      return { ...r, id: reached, title };
    }),
  }));
}
