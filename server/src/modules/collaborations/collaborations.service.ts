import { findFundingContradictions } from '@akkoord/shared/domain/funding';
import { commitmentsPerYear } from '@akkoord/shared/money/commitments';
import type { AgreementSummary } from '@akkoord/shared/schemas/agreement';
import type { CollaborationDetail, CollaborationSummary } from '@akkoord/shared/schemas/collaboration';
import type { Overview } from '@akkoord/shared/schemas/overview';
import { OVERVIEW_ROWS } from '@akkoord/shared/schemas/overview';
import type { AppDeps } from '../../deps.ts';
import type { RequestContext } from '../../http/context.ts';
import { AppError } from '../../http/errors.ts';
import { agreementVisibility } from '../agreements/agreement-visibility.ts';
import { listAgreements } from '../agreements/agreements.service.ts';
import { findAgreementHeadlines, findAgreementIdsOf, findCollaborationRow, findFunding, findMembers, listCollaborationRows } from './collaborations.repo.ts';
import { presentCollaborationSummary, presentFunding } from './collaborations.presenter.ts';

/** Every collaboration the caller may see. */
export function listCollaborations(deps: AppDeps, ctx: RequestContext): CollaborationSummary[] {
  return listCollaborationRows(deps.db, ctx.user?.collaborationScope ?? null).map(presentCollaborationSummary);
}

function agreementsOf(deps: AppDeps, ctx: RequestContext, code: string): AgreementSummary[] {
  const all: AgreementSummary[] = [];
  let cursor: string | undefined;
  do {
    const page = listAgreements(deps, ctx, { collaboration: code, sort: 'startDate', limit: 500, archived: 'exclude', synthetic: 'include', ...(cursor ? { cursor } : {}) });
    all.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor && all.length < 5000);
  return all;
}

/** One collaboration with members, funding (and contradictions), agreements and covering agreements. */
export function getCollaboration(deps: AppDeps, ctx: RequestContext, code: string): CollaborationDetail {
  const found = findCollaborationRow(deps.db, code.toUpperCase());
  const scope = ctx.user?.collaborationScope;
  if (!found || (scope && !scope.includes(found.row.code))) throw new AppError('not_found', `Samenwerkingsverband ${code} bestaat niet`);
  const { row } = found;
  const funding = findFunding(deps.db, [row.id]);
  const children = listCollaborationRows(deps.db, null).filter((c) => c.parentCode === row.code);
  // Agreements of every ancestor cover this collaboration's work (KMT is housed within ZVHT).
  // A scope holds exactly the collaborations it lists, not their parents (decision 023, later).
  const visibility = agreementVisibility(ctx);
  const coveredBy: CollaborationDetail['coveredBy'] = [];
  for (let p = found.parentCode; p;) {
    const parent = findCollaborationRow(deps.db, p);
    if (!parent) break;
    coveredBy.push({
      code: p,
      agreements: visibility.canSee(p)
        ? agreementsOf(deps, ctx, p).map((a) => ({ ...a, restricted: false as const }))
        : findAgreementIdsOf(deps.db, parent.row.id).map((id) => ({ restricted: true as const, id })),
    });
    p = parent.parentCode;
    if (coveredBy.length > 10) break;
  }
  const agreements = agreementsOf(deps, ctx, row.code);
  const thisYear = Number(deps.clock.today().slice(0, 4));
  const commitments = commitmentsPerYear(
    agreements.map((a) => ({
      id: a.id,
      title: a.title,
      startDate: a.startDate,
      endDate: a.currentTermEnd ?? a.endDate,
      termKind: a.termKind,
      amountCents: a.value?.amountCents ?? null,
      basis: a.value?.basis ?? null,
    })),
    [thisYear - 2, thisYear - 1, thisYear, thisYear + 1, thisYear + 2],
    row.budgetCents,
  );
  return {
    ...presentCollaborationSummary(found),
    purpose: row.purpose,
    foundedNote: row.foundedNote,
    capacityNote: row.capacityNote,
    budgetNote: row.budgetNote,
    fundingNote: row.fundingNote,
    agreementsNote: row.agreementsNote,
    legalBasis: row.legalBasis,
    source: row.source,
    children: children.map((c) => ({ code: c.row.code, name: c.row.name })),
    members: findMembers(deps.db, row.id).map((m) => ({
      organisationId: m.m.organisationId,
      name: m.name,
      kind: m.kind as CollaborationDetail['members'][number]['kind'],
      role: m.m.role as CollaborationDetail['members'][number]['role'],
      note: m.m.note,
    })),
    funding: funding.map(presentFunding),
    contradictions: findFundingContradictions(row.budgetCents, funding),
    agreements,
    commitments,
    coveredBy,
  };
}

/** The source document's comparison table, regenerated from the database. */
export function getOverview(deps: AppDeps, ctx: RequestContext): Overview {
  const rows = listCollaborationRows(deps.db, ctx.user?.collaborationScope ?? null).filter((r) => !r.row.isSynthetic);
  const funding = findFunding(
    deps.db,
    rows.map((r) => r.row.id),
  );
  const headlines = findAgreementHeadlines(deps.db);
  const cells: Overview['cells'] = {};
  for (const { row } of rows) {
    const lines = funding.filter((f) => f.collaborationId === row.id);
    cells[row.code] = {
      purpose: row.purpose,
      foundedYear: row.foundedYear,
      foundedNote: row.foundedNote,
      hostedByVrtSince: row.hostedByVrtSince,
      capacityFte: row.capacityFte,
      capacityNote: row.capacityNote,
      budgetCents: row.budgetCents,
      funding: lines.map(presentFunding),
      fundingNote: row.fundingNote,
      contradictions: findFundingContradictions(row.budgetCents, lines),
      agreements: headlines.filter((h) => h.collaborationId === row.id).map(({ id, type, title, startDate }) => ({ id, type, title, startDate })),
      agreementsNote: row.agreementsNote,
      legalBasis: row.legalBasis,
    };
  }
  return {
    columns: rows.map((r) => ({ code: r.row.code, name: r.row.name, parentCode: r.parentCode })),
    rows: [...OVERVIEW_ROWS],
    cells,
  };
}
