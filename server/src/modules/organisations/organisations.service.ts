import type { Organisation, OrganisationCollaboration, OrganisationDetail } from '@akkoord/shared/schemas/organisation';
import type { AppDeps } from '../../deps.ts';
import type { RequestContext } from '../../http/context.ts';
import { AppError } from '../../http/errors.ts';
import { agreementVisibility, type AgreementVisibility } from '../agreements/agreement-visibility.ts';
import { findAgreementsOfOrganisation, findCollaborationsOfOrganisation, findOrganisationRow, listOrganisationRows } from './organisations.repo.ts';
import { presentOrganisation } from './organisations.presenter.ts';

/** All organisations (synthetic ones only on request). */
export function listOrganisations(deps: AppDeps, includeSynthetic: boolean): Organisation[] {
  return listOrganisationRows(deps.db, includeSynthetic).map(presentOrganisation);
}

/** Its collaborations, the caller's by code, then the others without code or name (decisions 023, 033). */
function presentCollaborations(rows: { code: string; name: string; role: string }[], visibility: AgreementVisibility): OrganisationCollaboration[] {
  const visible = rows.filter((c) => visibility.canSee(c.code)).map((c) => ({ ...c, restricted: false as const }));
  const hidden = rows.filter((c) => !visibility.canSee(c.code)).map((c) => ({ role: c.role, restricted: true as const }));
  return [...visible, ...hidden];
}

/** One organisation with its parent, the agreements it is party to (by role, those the caller may see) and its collaborations (others' without code or name). */
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
    collaborations: presentCollaborations(findCollaborationsOfOrganisation(deps.db, id), visibility),
  };
}
