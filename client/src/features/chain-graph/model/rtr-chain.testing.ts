import type { Chain } from '@akkoord/shared/schemas/chain';

const agreement = (id: number, type: 'service' | 'cooperation' | 'processor' | 'subprocessor', title: string, depth: number, startDate = '2023') => ({
  kind: 'agreement' as const,
  restricted: false as const,
  id: `agreement:${id}`,
  agreementId: id,
  type,
  title,
  collaborationCode: 'RTR',
  coversCollaborations: ['RTR'],
  status: 'unknown_dates' as const,
  startDate,
  endDate: null,
  currentTermEnd: null,
  termKind: null,
  legalRegime: type === 'processor' || type === 'subprocessor' ? ('wpg' as const) : null,
  archived: false,
  depth,
  violations: [],
});

const organisation = (id: number, name: string, shortName: string | null, organisationKind: 'municipality' | 'safety_region' | 'police' | 'private_company') => ({
  kind: 'organisation' as const,
  id: `organisation:${id}`,
  organisationId: id,
  name,
  shortName,
  organisationKind,
});

const party = (
  agreementId: number,
  organisationId: number,
  role: 'client' | 'provider' | 'party' | 'controller' | 'processor' | 'subprocessor',
  basis: 'stated' | 'implied' = 'stated',
) => ({
  kind: 'party' as const,
  id: `party:${agreementId}:${organisationId}:${role}`,
  source: `agreement:${agreementId}`,
  target: `organisation:${organisationId}`,
  role,
  basis,
});

const relation = (id: number, source: number, kind: 'covers' | 'based_on', target: number) => ({
  kind: 'relation' as const,
  id: `relation:${id}`,
  relationId: id,
  relationKind: kind,
  source: `agreement:${source}`,
  target: `agreement:${target}`,
  note: null,
});

/** RTR's chain as GET /api/agreements/8/chain answers it for the Twente register (for tests). */
export const RTR_CHAIN: Chain = {
  agreementId: 8,
  nodes: [
    agreement(8, 'processor', 'Verwerkersovereenkomst politie en VRT (RTR)', 0),
    agreement(7, 'cooperation', 'Samenwerkingsovereenkomst politie en VRT (RTR)', 1),
    {
      ...agreement(10, 'subprocessor', 'Subverwerkersovereenkomst VRT en RJ Security (RTR)', 1),
      violations: [
        {
          rule: 'coverage_term',
          severity: 'warning',
          agreementId: 10,
          otherAgreementId: 8,
          messageCode: 'starts_before_cover',
          params: {},
          message: { nl: 'Begint mogelijk vóór de dekkende overeenkomst.', en: 'May start before the covering agreement.' },
        },
      ],
    },
    agreement(9, 'service', 'Dienstverleningsovereenkomst VRT en RJ Security (RTR)', 2),
    agreement(6, 'service', 'Dienstverleningsovereenkomst gemeenten en VRT (RTR)', 3, '2022'),
    organisation(1, 'Gemeente Almelo', 'Almelo', 'municipality'),
    organisation(4, 'Gemeente Enschede', 'Enschede', 'municipality'),
    organisation(15, 'Veiligheidsregio Twente', 'VRT', 'safety_region'),
    organisation(16, 'Politie', null, 'police'),
    organisation(24, 'RJ Security', null, 'private_company'),
  ],
  edges: [
    relation(1, 8, 'covers', 10),
    relation(2, 9, 'based_on', 6),
    relation(3, 10, 'based_on', 9),
    relation(4, 8, 'based_on', 7),
    party(6, 1, 'client', 'implied'),
    party(6, 4, 'client', 'implied'),
    party(6, 15, 'provider'),
    party(7, 16, 'party'),
    party(7, 15, 'party'),
    party(8, 16, 'controller'),
    party(8, 15, 'processor', 'implied'),
    party(9, 15, 'client', 'implied'),
    party(9, 24, 'provider', 'implied'),
    party(10, 15, 'processor', 'implied'),
    party(10, 24, 'subprocessor', 'implied'),
  ],
  truncated: false,
  counts: { errors: 0, warnings: 1 },
};
