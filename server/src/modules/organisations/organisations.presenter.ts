import type { Organisation } from '@akkoord/shared/schemas/organisation';
import type { OrganisationRow } from './organisations.repo.ts';

/** The fields of an organisation that leave the server. */
export function presentOrganisation(r: OrganisationRow): Organisation {
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
    kvkNumber: r.kvkNumber,
    oin: r.oin,
    parentId: r.parentId,
    version: r.version,
  };
}
