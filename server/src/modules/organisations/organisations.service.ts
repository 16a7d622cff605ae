import type { Organisation, OrganisationCollaboration, OrganisationDetail } from '@akkoord/shared/schemas/organisation';
import type { AppDeps } from '../../deps.ts';
import type { RequestContext } from '../../http/context.ts';
import { AppError } from '../../http/errors.ts';
import { agreementVisibility, type AgreementVisibility } from '../agreements/agreement-visibility.ts';
import { findAgreementsOfOrganisation, findCollaborationsOfOrganisation, findOrganisationRow, listOrganisationRows, type OrganisationRow } from './organisations.repo.ts';

function present(r: OrganisationRow): Organisation {
  return {
    id: r.id,
    key: r.key,
    name: r.name,
    shortName: r.shortName,
    kind: r.kind as Organisation['kind'],
    cbsCode: r.cbsCode,
    population:
      r.populationCount !== null && r.populationSource && r.populationReferenceDate
        ? { count: r.populationCount, source: r.populationSource, referenceDate: r.populationReferenceDate }
        : null,
    notes: r.notes,
  };
}

/** All organisations (synthetic ones only on request). */
export function listOrganisations(deps: AppDeps, includeSynthetic: boolean): Organisation[] {
  return listOrganisationRows(deps.db, includeSynthetic).map(present);
}

/** Its collaborations, the caller's by code, then the others without code or name (decision 023). */
function presentCollaborations(rows: { code: string; name: string; role: string }[], visibility: AgreementVisibility): OrganisationCollaboration[] {
  const visible = rows.filter((c) => visibility.canSee(c.code)).map((c) => ({ ...c, restricted: false as const }));
  const hidden = rows.filter((c) => !visibility.canSee(c.code)).map((c) => ({ role: c.role, restricted: true as const }));
  return [...visible, ...hidden];
}

/** One organisation with the agreements it is party to (by role) and its collaborations. */
export function getOrganisation(deps: AppDeps, ctx: RequestContext, id: number): OrganisationDetail {
  const row = findOrganisationRow(deps.db, id);
  if (!row) throw new AppError('not_found', `Organisatie ${id} bestaat niet`);
  const visibility = agreementVisibility(ctx);
  return {
    ...present(row),
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
