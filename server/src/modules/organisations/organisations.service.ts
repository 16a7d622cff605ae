import type { Organisation, OrganisationDetail } from '@akkoord/shared/schemas/organisation';
import type { AppDeps } from '../../deps.ts';
import type { RequestContext } from '../../http/context.ts';
import { AppError } from '../../http/errors.ts';
import { agreementVisibility } from '../agreements/agreement-visibility.ts';
import { findAgreementsOfOrganisation, findCollaborationsOfOrganisation, findOrganisationRow, listOrganisationRows } from './organisations.repo.ts';
import { presentOrganisation } from './organisations.presenter.ts';

/** All organisations (synthetic ones only on request). */
export function listOrganisations(deps: AppDeps, includeSynthetic: boolean): Organisation[] {
  return listOrganisationRows(deps.db, includeSynthetic).map(presentOrganisation);
}

/** One organisation with its parent, the agreements it is party to (by role, those the caller may see) and its collaborations. */
export function getOrganisation(deps: AppDeps, ctx: RequestContext, id: number): OrganisationDetail {
  const row = findOrganisationRow(deps.db, id);
  if (!row) throw new AppError('not_found', `Organisatie ${id} bestaat niet`);
  const visibility = agreementVisibility(ctx);
  const parent = row.parentId === null ? undefined : findOrganisationRow(deps.db, row.parentId);
  return {
    ...presentOrganisation(row),
    parent: parent ? { id: parent.id, name: parent.name } : null,
    agreements: findAgreementsOfOrganisation(deps.db, id)
      .filter((a) => visibility.canSee(a.collaborationCode))
      .map((a) => ({
        agreementId: a.agreementId,
        title: a.title,
        type: a.type,
        role: a.role as OrganisationDetail['agreements'][number]['role'],
        status: a.status,
        archived: a.archivedAt !== null,
      })),
    collaborations: findCollaborationsOfOrganisation(deps.db, id),
  };
}
