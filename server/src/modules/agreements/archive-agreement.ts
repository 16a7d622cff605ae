import type { Agreement } from '@akkoord/shared/schemas/agreement';
import type { AppDeps } from '../../deps.ts';
import type { RequestContext } from '../../http/context.ts';
import { AppError } from '../../http/errors.ts';
import { agreementVisibility } from './agreement-visibility.ts';
import { findDirectDependents } from './agreements.repo.ts';
import { loadVisibleRow, writeAgreementChange } from './agreements.service.ts';

/** An agreement that would lose its basis; outside the caller's collaborations (`restricted`) without its title. */
export interface DependentAgreement {
  id: number;
  restricted: boolean;
  title: string | null;
  /** Why it depends on the archived agreement, as a path of relation kinds. */
  path: { id: number; title: string | null; kind: string }[];
}

/** Finds what would lose its basis, as the caller may see it; replaceable by the chains module's transitive impact analysis. */
export type DependentsFinder = (deps: AppDeps, ctx: RequestContext, id: number) => DependentAgreement[];

export const directDependents: DependentsFinder = (deps, ctx, id) => {
  const visibility = agreementVisibility(ctx);
  return findDirectDependents(deps.db, id).map((d) => {
    const title = visibility.canSee(d.collaborationCode) ? d.title : null;
    return { id: d.id, restricted: title === null, title, path: [{ id: d.id, title, kind: d.kind }] };
  });
};

/** Archives an agreement (never a hard delete); refuses with 409 and the impact list unless confirmed. */
export function archiveAgreement(
  deps: AppDeps,
  ctx: RequestContext,
  id: number,
  opts: { confirm: boolean; reason?: string | undefined },
  findDependents: DependentsFinder = directDependents,
): Agreement {
  const row = loadVisibleRow(deps, ctx, id);
  if (row.archivedAt) throw new AppError('conflict', 'Deze overeenkomst is al gearchiveerd');
  const dependents = findDependents(deps, ctx, id);
  if (dependents.length && !opts.confirm) {
    throw new AppError('dependents_exist', `${dependents.length} overeenkomst(en) verliezen hun grondslag als u deze archiveert. Bevestig met "confirm": true.`, {
      extra: { impact: dependents },
    });
  }
  return writeAgreementChange(deps, ctx, id, 'archive', { archivedAt: deps.clock.now().toISOString() });
}

/** Restores an archived agreement. */
export function restoreAgreement(deps: AppDeps, ctx: RequestContext, id: number): Agreement {
  const row = loadVisibleRow(deps, ctx, id);
  if (!row.archivedAt) throw new AppError('conflict', 'Deze overeenkomst is niet gearchiveerd');
  if (row.destroyedAt) throw new AppError('conflict', 'Deze overeenkomst is vernietigd (Archiefwet); alleen het vernietigingsrecord is er nog en zij kan niet worden teruggezet');
  return writeAgreementChange(deps, ctx, id, 'restore', { archivedAt: null });
}
