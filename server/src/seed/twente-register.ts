/**
 * The Twente register: every fact of the source document
 * `shared/seed/000_c9af441b99a45410.txt` ("overzicht samenwerkingsverbanden
 * VRT"), as data. Nothing is invented: what the document does not say stays
 * null. Parties marked `implied` follow directly from the document's words
 * (e.g. "Verwerkersovereenkomst politie en VRT" with the police as
 * verwerkingsverantwoordelijke makes VRT the processor). The 14 municipalities
 * and their CBS codes come from docs/domain.md. See docs/decisions/003-twente-register.md.
 */
import type { AgreementType, FactBasis, FundingKind, LegalRegime, MemberRole, OrganisationKind, PartyRole, RelationKind } from '@akkoord/shared/domain/enums';

export const REGISTER_VERSION = 1;
export const SOURCE = 'Overzicht samenwerkingsverbanden VRT (bron 000_c9af441b99a45410.txt)';

export interface SeedOrganisation {
  key: string;
  name: string;
  shortName?: string;
  kind: OrganisationKind;
  cbsCode?: string;
  notes?: string;
}

const municipality = (key: string, name: string, cbsCode: string): SeedOrganisation => ({
  key,
  name: `Gemeente ${name}`,
  shortName: name,
  kind: 'municipality',
  cbsCode,
  notes: 'Een van de 14 Twentse gemeenten (CBS-code volgens domeinbeschrijving).',
});

export const MUNICIPALITIES: SeedOrganisation[] = [
  municipality('almelo', 'Almelo', 'GM0141'),
  municipality('borne', 'Borne', 'GM0147'),
  municipality('dinkelland', 'Dinkelland', 'GM1774'),
  municipality('enschede', 'Enschede', 'GM0153'),
  municipality('haaksbergen', 'Haaksbergen', 'GM0158'),
  municipality('hellendoorn', 'Hellendoorn', 'GM0163'),
  municipality('hengelo', 'Hengelo (O.)', 'GM0164'),
  municipality('hof-van-twente', 'Hof van Twente', 'GM1735'),
  municipality('losser', 'Losser', 'GM0168'),
  municipality('oldenzaal', 'Oldenzaal', 'GM0173'),
  municipality('rijssen-holten', 'Rijssen-Holten', 'GM1742'),
  municipality('tubbergen', 'Tubbergen', 'GM0183'),
  municipality('twenterand', 'Twenterand', 'GM1700'),
  municipality('wierden', 'Wierden', 'GM0189'),
];

export const ORGANISATIONS: SeedOrganisation[] = [
  ...MUNICIPALITIES,
  {
    key: 'vrt',
    name: 'Veiligheidsregio Twente',
    shortName: 'VRT',
    kind: 'safety_region',
    notes: 'Gemeenschappelijke regeling van de 14 Twentse gemeenten; huisvest de vier samenwerkingsverbanden.',
  },
  { key: 'politie', name: 'Politie', kind: 'police', notes: 'Verwerkingsverantwoordelijke voor camerabeelden (politiegegevens, art. 151c Gemeentewet).' },
  { key: 'om', name: 'Openbaar Ministerie', shortName: 'OM', kind: 'public_prosecutor' },
  { key: 'riec-on', name: 'Regionaal Informatie en Expertisecentrum Oost-Nederland', shortName: 'RIEC ON', kind: 'expertise_centre' },
  {
    key: 'zvht-org',
    name: 'Zorg en Veiligheidshuis Twente',
    shortName: 'ZVHT',
    kind: 'other',
    notes: 'Als veiligheidspartner vertegenwoordigd in het Platform IVZ; zelf een samenwerkingsverband ondergebracht bij VRT.',
  },
  { key: 'brandweer', name: 'Brandweer', kind: 'fire_service', notes: 'In de bron genoemd als veiligheidspartner van het Platform IVZ.' },
  { key: 'ozjt', name: 'Zorgkolom (OZJT)', shortName: 'OZJT', kind: 'care', notes: 'In de bron genoemd als "de zorgkolom (OZJT)".' },
  {
    key: 'dvo-overleg',
    name: 'Districtelijk Veiligheidsoverleg',
    shortName: 'DVO',
    kind: 'administrative_body',
    notes: 'Bestuur van het Platform IVZ (voorheen het Regionaal College).',
  },
  { key: 'rijk', name: 'Rijk', kind: 'central_government', notes: 'Verstrekt de rijksbijdrage aan ZVHT.' },
  {
    key: 'rj-security',
    name: 'RJ Security',
    kind: 'private_company',
    notes: 'Private partij via welke VRT camera-observanten inhuurt voor het uitkijken van camerabeelden (RTR).',
  },
];

export interface SeedFunding {
  kind: FundingKind;
  source: string;
  amountCents: number | null;
  ratePerInhabitantCents: number | null;
  note?: string;
}
export interface SeedMember {
  org: string;
  role: MemberRole;
  note?: string;
}
export interface SeedCollaboration {
  code: string;
  name: string;
  parent?: string;
  purpose: string;
  foundedYear: number;
  foundedNote: string | null;
  hostedByVrtSince: number;
  capacityFte: number | null;
  capacityNote: string | null;
  budgetCents: number;
  fundingNote: string;
  funding: SeedFunding[];
  agreementsNote: string;
  legalBasis: string;
  members: SeedMember[];
}

const ALL_14 = MUNICIPALITIES.map((m) => m.key);
const RTR_4 = ['almelo', 'borne', 'enschede', 'hengelo'];

export const COLLABORATIONS: SeedCollaboration[] = [
  {
    code: 'IVZ',
    name: 'Platform Integrale Veiligheidszorg',
    purpose: [
      'Het Platform Integrale Veiligheidszorg (IVZ) werkt aan het verhogen van de veiligheid en de bestrijding van (georganiseerde) criminaliteit en overlast binnen Twente. Het is een ambtelijk, structureel en integraal samenwerkingsverband van de 14 Twentse gemeenten (IVZ-coördinatoren) en vaste vertegenwoordigers van haar veiligheidspartners; politie, Openbaar Ministerie, het Regionaal Informatie en Expertisecentrum (RIEC ON), het Zorg en Veiligheidshuis Twente (ZVHT), Veiligheidsregio Twente (VRT), brandweer en de zorgkolom (OZJT). Deze professionals streven verschillende doelen na:',
      '- Het bundelen van krachten qua slagkracht en efficiëntie.',
      '- Het delen van kennis, ervaring en expertise.',
      '- Het gezamenlijk verwerven van subsidies.',
      '- Het optreden als één georganiseerde overheid tegen criminaliteit en het voorkomen van verplaatsingseffecten.',
      '- Het creëren van een gezamenlijk doorzettingskracht (1 stem vanuit Twente).',
      '- Het anticiperen op veiligheidsontwikkelingen ..... het veiligheidsveld staat nooit stil.',
      '- Het integraal adviseren van het bestuur in het Districtelijke Veiligheidsoverleg DVO).',
    ].join('\n'),
    foundedYear: 2008,
    foundedNote: 'voorheen bij gemeente Enschede',
    hostedByVrtSince: 2011,
    capacityFte: 1.33,
    capacityNote: null,
    budgetCents: 20_200_000,
    fundingNote: 'Gemeentelijke bijdrage € 0,30 per inwoner',
    funding: [{ kind: 'municipal_contribution', source: 'Gemeentelijke bijdrage', amountCents: null, ratePerInhabitantCents: 30 }],
    agreementsNote: 'Dienstverleningsovereenkomst (2019) Bestuursovereenkomst (2019)',
    legalBasis:
      "Op verzoek van het bestuur, het Districtelijk Veiligheidsoverleg (DVO)/het voormalig Regionaal College is het Platform IVZ ingesteld. Er bestond behoefte om naast politie gerelateerde vraagstukken ook op het terrein van integrale veiligheidsvraagstukken samen te werken. Het Platform IVZ werkt daarbij uitsluitend op aangeven en goedkeuring van het bestuur (DVO) met een nadrukkelijke relatie naar de lokale gezagsdriehoeken. Voor ieder veiligheidsthema's is een bestuurlijk portefeuillehouder aangewezen binnen het DVO en wordt deze ambtelijk ondersteund door een projectleider met een project- of expertgroep. De werkstructuur en bijbehorende afspraken zijn vastgelegd in een werkprocesbeschrijving.",
    members: [
      ...ALL_14.map((org) => ({ org, role: 'member' as const, note: 'IVZ-coördinator' })),
      ...['politie', 'om', 'riec-on', 'zvht-org', 'vrt', 'brandweer', 'ozjt'].map((org) => ({
        org,
        role: 'partner' as const,
        note: 'Vaste vertegenwoordiger (veiligheidspartner)',
      })),
      { org: 'vrt', role: 'host', note: 'Ondergebracht bij VRT sinds 2011' },
      { org: 'dvo-overleg', role: 'governing_body', note: 'Het Platform werkt uitsluitend op aangeven en goedkeuring van het DVO' },
    ],
  },
  {
    code: 'ZVHT',
    name: 'Zorg en Veiligheidshuis Twente',
    purpose: [
      'Sommige problemen van Twentse inwoners zijn zo complex dat er geen oplossing is binnen de reguliere processen van zorg en veiligheid. Regie en coördinatie zijn dan nodig om tot een doorbraak te komen. Dit gebeurt binnen Zorg en Veiligheidshuis Twente (ZVHT). Hier werken professionals uit de domeinen zorg en veiligheid samen met gemeenten onder eenduidige procesregie aan complexe zorg- en veiligheidsproblematiek.',
      '',
      'ZVHT zorgt voor gecoördineerde actie, bewaakt de uitvoering van de afspraken en komen tot vooruitgang als het proces stagneert. Zo worden complexe problemen integraal aangepakt en beter beheersbaar. Hiermee levert ZVHT een bijdrage aan de algemene veiligheid, het verbeteren van de persoonlijke situatie en het voorkomen en verminderen van recidive, (ernstige) overlast, criminaliteit en/of maatschappelijke uitval.',
    ].join('\n'),
    foundedYear: 2010,
    foundedNote: 'voorheen 3 veiligheidshuizen in gemeenten Almelo, Hengelo en Enschede',
    hostedByVrtSince: 2018,
    capacityFte: 7.7,
    capacityNote: null,
    budgetCents: 83_700_000,
    fundingNote: 'Rijksbijdrage € 637.000 Gemeentelijke bijdrage € 260.000 (€ 0,38 per inwoner)',
    funding: [
      { kind: 'central_government_grant', source: 'Rijksbijdrage', amountCents: 63_700_000, ratePerInhabitantCents: null },
      { kind: 'municipal_contribution', source: 'Gemeentelijke bijdrage', amountCents: 26_000_000, ratePerInhabitantCents: 38 },
    ],
    agreementsNote: 'Dienstverleningsovereenkomst (2018) Bestuursovereenkomst (2018) Samenwerkings- en privacyconvenant (2023)',
    legalBasis: 'In 2013 besloot het Rijk om de verantwoordelijkheid van de veiligheidshuizen onder te brengen van het Openbaar Ministerie naar de gemeenten.',
    members: [
      { org: 'vrt', role: 'host', note: 'Ondergebracht bij VRT sinds 2018' },
      { org: 'rijk', role: 'funder', note: 'Rijksbijdrage' },
    ],
  },
  {
    code: 'KMT',
    name: 'Kenniscentrum Mensenhandel Twente',
    parent: 'ZVHT',
    purpose: [
      'Het KMT heeft een centrale rol in de aanpak van mensenhandel. Zij houdt zich onder andere bezig met preventie, het in beeld brengen van aard en omvang van mensenhandel, deskundigheidsbevordering en daderaanpak. Uiteraard werkt het KMT daarin samen met de gemeenten en partners. De meldroute mensenhandel is voor gemeenten een helder hulpmiddel bij het veilig melden van signalen. Via de gemeentelijke aandacht functionaris mensenhandel komt het signaal vervolgens bij het kenniscentrum.',
      '',
      'Een casustafel rond mensenhandel moet zorgen voor afgestemde acties om slachtoffers te helpen en daders aan te pakken. Soms is het nodig om slachtoffers op een veilige manier op te vangen. Daar zijn voldoende, passende plekken voor nodig.',
    ].join('\n'),
    foundedYear: 2021,
    foundedNote: null,
    hostedByVrtSince: 2021,
    capacityFte: 3.8,
    capacityNote: null,
    budgetCents: 37_300_000,
    fundingNote: 'Via gelden centrumgemeente Enschede',
    funding: [{ kind: 'centre_municipality', source: 'Gelden centrumgemeente Enschede', amountCents: null, ratePerInhabitantCents: null }],
    agreementsNote: 'Ondergebracht als onderdeel van ZVHT',
    legalBasis:
      "Het Rijk vraagt gemeenten en regio's om een gerichte aanpak te ontwikkelen op mensenhandel. De overheid heeft de verantwoordelijkheid en de belangrijke taak om de aanpak van mensenhandel te organiseren. Omdat gemeenten het dichtst bij hun inwoners staan, is het logisch en handig dat zij een belangrijke rol hebben in de aanpak van mensenhandel. En omdat mensenhandel niet binnen de eigen gemeentegrenzen blijft, zijn in Twente de handen ineengeslagen en wordt mensenhandel gezamenlijk als 14 Twentse gemeenten opgepakt.",
    members: [
      ...ALL_14.map((org) => ({ org, role: 'member' as const })),
      { org: 'vrt', role: 'host', note: 'Ondergebracht bij VRT sinds 2021, als onderdeel van ZVHT' },
      { org: 'enschede', role: 'funder', note: 'Via gelden centrumgemeente Enschede' },
    ],
  },
  {
    code: 'RTR',
    name: 'Regionale Toezicht Ruimte (cameratoezicht)',
    purpose:
      'De Regionale Toezicht Ruimte (RTR) is de regionale voorziening t.b.v. cameratoezicht in het publieke domein in Twente. Op dit moment zijn de gemeenten Enschede, Hengelo, Almelo en Borne hierbij aangesloten.',
    foundedYear: 2011,
    foundedNote: null,
    hostedByVrtSince: 2016,
    capacityFte: null,
    capacityNote: 'n.v.t. (camera observanten worden ingehuurd door VRT via een private partij voor uitkijken van camerabeelden)',
    budgetCents: 29_000_000,
    fundingNote: 'Kosten worden volledig gefinancierd door de 4 deelnemende gemeenten Almelo, Borne, Enschede en Hengelo',
    funding: [
      {
        kind: 'participating_municipalities',
        source: 'De 4 deelnemende gemeenten Almelo, Borne, Enschede en Hengelo',
        amountCents: null,
        ratePerInhabitantCents: null,
        note: 'Kosten worden volledig gefinancierd door deze gemeenten',
      },
    ],
    agreementsNote:
      'Dienstverleningsovereenkomst (gemeenten en VRT 2022) Samenwerkingsovereenkomst politie en VRT (2023) Verwerkersovereenkomst politie en VRT (2023) Dienstverleningsovereenkomst VRT en RJ Security (2023) Subverwerkersovereenkomst VRT en RJ Security (2023)',
    legalBasis:
      "De burgemeester is belast met de handhaving van de openbare orde (artikel 172 Gemeentewet). De burgemeester kan als dit noodzakelijk is ter handhaving van de openbare orde cameratoezicht instellen (artikel 151c Gemeentewet). Het doel van het cameratoezicht is in dit geval dus gerelateerd aan de wettelijke taak van de burgemeester. In artikel 151c van de Gemeentewet staat dat de camerabeelden politiegegevens zijn. Dat betekent dat de politie de verwerkingsverantwoordelijke voor de verwerking van de beelden is. Maar het is de burgemeester die het besluit neemt om cameratoezicht in te stellen. Verder staat in dit artikel dat de burgemeester samen met de officier van justitie de periode vaststelt waarin daadwerkelijk gebruik van de camera's plaatsvindt en de gemaakte beelden rechtstreeks worden bekeken. Dit alles maakt dat het instellen van cameratoezicht een driehoeksbesluit is.",
    members: [
      ...RTR_4.map((org) => ({ org, role: 'member' as const, note: 'Aangesloten gemeente' })),
      ...RTR_4.map((org) => ({ org, role: 'funder' as const, note: 'Financiert de kosten volledig, samen met de andere drie' })),
      { org: 'vrt', role: 'host', note: 'Ondergebracht bij VRT sinds 2016' },
    ],
  },
];

export interface SeedParty {
  org: string;
  role: PartyRole;
  basis: FactBasis;
}
export interface SeedAgreement {
  key: string;
  collaboration: string;
  type: AgreementType;
  title: string;
  /** The year the source gives in brackets, kept at year precision. */
  startDate: string;
  legalRegime: LegalRegime | null;
  parties: SeedParty[];
  /** The source's own words for this agreement. */
  sourceText: string;
  notes?: string;
}

const src = (code: string, text: string) => `${SOURCE}, kolom ${code}, rij "Overeenkomsten": "${text}"`;

export const AGREEMENTS: SeedAgreement[] = [
  {
    key: 'ivz-dvo-2019',
    collaboration: 'IVZ',
    type: 'service',
    title: 'Dienstverleningsovereenkomst Platform IVZ',
    startDate: '2019',
    legalRegime: null,
    parties: [{ org: 'vrt', role: 'provider', basis: 'implied' }],
    sourceText: src('Platform IVZ', 'Dienstverleningsovereenkomst (2019)'),
    notes: 'De bron noemt de andere partij(en) niet.',
  },
  {
    key: 'ivz-bo-2019',
    collaboration: 'IVZ',
    type: 'governance',
    title: 'Bestuursovereenkomst Platform IVZ',
    startDate: '2019',
    legalRegime: null,
    parties: [],
    sourceText: src('Platform IVZ', 'Bestuursovereenkomst (2019)'),
    notes: 'De bron noemt de partijen niet.',
  },
  {
    key: 'zvht-dvo-2018',
    collaboration: 'ZVHT',
    type: 'service',
    title: 'Dienstverleningsovereenkomst ZVHT',
    startDate: '2018',
    legalRegime: null,
    parties: [{ org: 'vrt', role: 'provider', basis: 'implied' }],
    sourceText: src('ZVHT', 'Dienstverleningsovereenkomst (2018)'),
    notes: 'De bron noemt de andere partij(en) niet.',
  },
  {
    key: 'zvht-bo-2018',
    collaboration: 'ZVHT',
    type: 'governance',
    title: 'Bestuursovereenkomst ZVHT',
    startDate: '2018',
    legalRegime: null,
    parties: [],
    sourceText: src('ZVHT', 'Bestuursovereenkomst (2018)'),
    notes: 'De bron noemt de partijen niet.',
  },
  {
    key: 'zvht-privacy-2023',
    collaboration: 'ZVHT',
    type: 'privacy',
    title: 'Samenwerkings- en privacyconvenant ZVHT',
    startDate: '2023',
    legalRegime: null,
    parties: [],
    sourceText: src('ZVHT', 'Samenwerkings- en privacyconvenant (2023)'),
    notes: 'De bron noemt de convenantpartners en het toepasselijke regime niet.',
  },
  {
    key: 'rtr-dvo-2022',
    collaboration: 'RTR',
    type: 'service',
    title: 'Dienstverleningsovereenkomst gemeenten en VRT (RTR)',
    startDate: '2022',
    legalRegime: null,
    parties: [...RTR_4.map((org) => ({ org, role: 'client' as const, basis: 'implied' as const })), { org: 'vrt', role: 'provider', basis: 'stated' }],
    sourceText: src('Cameratoezicht (RTR)', 'Dienstverleningsovereenkomst (gemeenten en VRT 2022)'),
    notes: 'De bron zegt "gemeenten"; aangesloten bij de RTR zijn Enschede, Hengelo, Almelo en Borne.',
  },
  {
    key: 'rtr-coop-2023',
    collaboration: 'RTR',
    type: 'cooperation',
    title: 'Samenwerkingsovereenkomst politie en VRT (RTR)',
    startDate: '2023',
    legalRegime: null,
    parties: [
      { org: 'politie', role: 'party', basis: 'stated' },
      { org: 'vrt', role: 'party', basis: 'stated' },
    ],
    sourceText: src('Cameratoezicht (RTR)', 'Samenwerkingsovereenkomst politie en VRT (2023)'),
  },
  {
    key: 'rtr-processor-2023',
    collaboration: 'RTR',
    type: 'processor',
    title: 'Verwerkersovereenkomst politie en VRT (RTR)',
    startDate: '2023',
    legalRegime: 'wpg',
    parties: [
      { org: 'politie', role: 'controller', basis: 'stated' },
      { org: 'vrt', role: 'processor', basis: 'implied' },
    ],
    sourceText: src('Cameratoezicht (RTR)', 'Verwerkersovereenkomst politie en VRT (2023)'),
    notes: 'Camerabeelden zijn politiegegevens (art. 151c Gemeentewet): de politie is verwerkingsverantwoordelijke, dus de Wpg geldt.',
  },
  {
    key: 'rtr-dvo-rj-2023',
    collaboration: 'RTR',
    type: 'service',
    title: 'Dienstverleningsovereenkomst VRT en RJ Security (RTR)',
    startDate: '2023',
    legalRegime: null,
    parties: [
      { org: 'vrt', role: 'client', basis: 'implied' },
      { org: 'rj-security', role: 'provider', basis: 'implied' },
    ],
    sourceText: src('Cameratoezicht (RTR)', 'Dienstverleningsovereenkomst VRT en RJ Security (2023)'),
    notes: 'Camera-observanten worden ingehuurd door VRT via een private partij (rij "Capaciteit in fte").',
  },
  {
    key: 'rtr-subprocessor-2023',
    collaboration: 'RTR',
    type: 'subprocessor',
    title: 'Subverwerkersovereenkomst VRT en RJ Security (RTR)',
    startDate: '2023',
    legalRegime: 'wpg',
    parties: [
      { org: 'vrt', role: 'processor', basis: 'implied' },
      { org: 'rj-security', role: 'subprocessor', basis: 'implied' },
    ],
    sourceText: src('Cameratoezicht (RTR)', 'Subverwerkersovereenkomst VRT en RJ Security (2023)'),
  },
];

export interface SeedRelation {
  source: string;
  kind: RelationKind;
  target: string;
  note: string;
}

export const RELATIONS: SeedRelation[] = [
  {
    source: 'rtr-processor-2023',
    kind: 'covers',
    target: 'rtr-subprocessor-2023',
    note: 'Politie (verwerkingsverantwoordelijke) → VRT (verwerker) → RJ Security (subverwerker)',
  },
  {
    source: 'rtr-dvo-rj-2023',
    kind: 'based_on',
    target: 'rtr-dvo-2022',
    note: 'VRT huurt via RJ Security camera-observanten in om de dienst aan de gemeenten te leveren',
  },
  {
    source: 'rtr-subprocessor-2023',
    kind: 'based_on',
    target: 'rtr-dvo-rj-2023',
    note: 'Afgeleid: RJ Security verwerkt de camerabeelden voor de dienst die het aan VRT levert (zelfde partijen, zelfde jaar)',
  },
  {
    source: 'rtr-processor-2023',
    kind: 'based_on',
    target: 'rtr-coop-2023',
    note: 'Afgeleid: VRT verwerkt politiegegevens (camerabeelden) in het kader van de samenwerking met de politie voor de RTR',
  },
];
