import type { Agreement } from '@akkoord/shared/schemas/agreement';
import type { AppDeps } from '../../deps.ts';
import type { RequestContext } from '../../http/context.ts';
import { AppError } from '../../http/errors.ts';
import { findDirectDependents } from './agreements.repo.ts';
import { loadVisibleRow, writeAgreementChange } from './agreements.service.ts';

export interface DependentAgreement {
  id: number;
  title: string;
  /** Why it depends on the archived agreement, as a path of relation kinds. */
  path: { id: number; title: string; kind: string }[];
}

/** Finds what would lose its basis; replaceable by the chains module's transitive impact analysis. */
export type DependentsFinder = (deps: AppDeps, id: number) => DependentAgreement[];

export const directDependents: DependentsFinder = (deps, id) =>
  findDirectDependents(deps.db, id).map((d) => ({ id: d.id, title: d.title, path: [d] }));

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
  const dependents = findDependents(deps, id);
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
  return writeAgreementChange(deps, ctx, id, 'restore', { archivedAt: null });
}
