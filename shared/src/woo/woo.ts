import type { AgreementType } from '../domain/enums.ts';

/**
 * The information categories of the Wet open overheid, art. 3.3 (lid 1 a–e,
 * lid 2 a–l), with their identifiers in the TOOI thesaurus that DiWoo
 * metadata names them by (https://identifier.overheid.nl/tooi/def/thes/kern/…),
 * as the DiWoo 0.9.8 value list `informatiecategorielijst` (TOOI
 * scw_woo_informatiecategorieen, version 4) gives them (decision 058).
 * `none` = not in any category (nothing to publish actively).
 */
export const WOO_CATEGORIES = {
  wetten_avv: { article: '3.3, eerste lid, onder a', tooi: 'c_139c6280', nl: 'Wetten en algemeen verbindende voorschriften' },
  overige_besluiten_as: { article: '3.3, eerste lid, onder b', tooi: 'c_aab6bfc7', nl: 'Overige besluiten van algemene strekking' },
  ontwerpen_regelgeving: { article: '3.3, eerste lid, onder c', tooi: 'c_759721e2', nl: 'Ontwerpen van wet- en regelgeving met adviesaanvraag' },
  organisatie_werkwijze: { article: '3.3, eerste lid, onder d', tooi: 'c_40a05794', nl: 'Organisatie en werkwijze' },
  bereikbaarheid: { article: '3.3, eerste lid, onder e', tooi: 'c_89ee6784', nl: 'Bereikbaarheidsgegevens' },
  ingekomen_stukken: { article: '3.3, tweede lid, onder a', tooi: 'c_8c840238', nl: 'Bij vertegenwoordigende organen ingekomen stukken' },
  vergaderstukken_sg: { article: '3.3, tweede lid, onder b', tooi: 'c_c76862ab', nl: 'Vergaderstukken Staten-Generaal' },
  vergaderstukken_decentraal: { article: '3.3, tweede lid, onder c', tooi: 'c_db4862c3', nl: 'Vergaderstukken decentrale overheden' },
  agendas_besluitenlijsten: { article: '3.3, tweede lid, onder d', tooi: 'c_3a248e3a', nl: 'Agenda’s en besluitenlijsten bestuurscolleges' },
  adviezen: { article: '3.3, tweede lid, onder e', tooi: 'c_99a836c7', nl: 'Adviezen' },
  convenanten: { article: '3.3, tweede lid, onder f', tooi: 'c_8fc2335c', nl: 'Convenanten' },
  jaarplannen_jaarverslagen: { article: '3.3, tweede lid, onder g', tooi: 'c_c6cd1213', nl: 'Jaarplannen en jaarverslagen' },
  subsidieverplichtingen: { article: '3.3, tweede lid, onder h', tooi: 'c_cf268088', nl: 'Subsidieverplichtingen anders dan met beschikking' },
  woo_verzoeken: { article: '3.3, tweede lid, onder i', tooi: 'c_3baef532', nl: 'Woo-verzoeken en -besluiten' },
  onderzoeksrapporten: { article: '3.3, tweede lid, onder j', tooi: 'c_fdaee95e', nl: 'Onderzoeksrapporten' },
  beschikkingen: { article: '3.3, tweede lid, onder k', tooi: 'c_46a81018', nl: 'Beschikkingen' },
  klachtoordelen: { article: '3.3, tweede lid, onder l', tooi: 'c_a870c43d', nl: 'Klachtoordelen' },
} as const;
export type WooInformationCategory = keyof typeof WOO_CATEGORIES;
export const WOO_CATEGORY_CODES = [...(Object.keys(WOO_CATEGORIES) as WooInformationCategory[]), 'none'] as const;
export type WooCategory = WooInformationCategory | 'none';

/** The TOOI URI of an information category, as DiWoo metadata names it. */
export const tooiUriOf = (c: WooInformationCategory) => `https://identifier.overheid.nl/tooi/def/thes/kern/${WOO_CATEGORIES[c].tooi}`;

/**
 * The number the Woo-index's naming convention gives an information category
 * (`sitemapindex-diwoo-infocat011.xml` for convenanten): the categories of
 * art. 3.3 in the law's order, lid 1 a–e = 001–005, lid 2 a–l = 006–017.
 */
export const infocatOf = (c: WooInformationCategory) => String(Object.keys(WOO_CATEGORIES).indexOf(c) + 1).padStart(3, '0');
/** The information category of a Woo-index number, or undefined. */
export const categoryOfInfocat = (n: string) => (Object.keys(WOO_CATEGORIES) as WooInformationCategory[]).find((c) => infocatOf(c) === n);

/** Publication states of an agreement. */
export const WOO_STATES = ['not_required', 'to_publish', 'published', 'partly_published', 'withheld'] as const;
export type WooState = (typeof WOO_STATES)[number];

/**
 * The exception grounds of the Woo, art. 5.1 and 5.2, as the law names them
 * (code = article.lid.letter). Art. 5.1 lid 1 (a–e) are absolute grounds; lid 2
 * (a–i) and lid 5 apply only after weighing them against the interest of
 * publication; 5.1 lid 4 defers publication. A withheld or partly published
 * agreement names at least one.
 */
export const WOO_GROUNDS = {
  '5.1.1.a': 'de eenheid van de Kroon',
  '5.1.1.b': 'de veiligheid van de Staat',
  '5.1.1.c': 'bedrijfs- en fabricagegegevens die door natuurlijke personen of rechtspersonen vertrouwelijk aan de overheid zijn meegedeeld',
  '5.1.1.d': 'persoonsgegevens als bedoeld in paragraaf 3.1 onderscheidenlijk paragraaf 3.2 van de Uitvoeringswet Algemene verordening gegevensbescherming',
  '5.1.1.e':
    'nummers die dienen ter identificatie van personen die bij wet of algemene maatregel van bestuur zijn voorgeschreven als bedoeld in artikel 46 van de Uitvoeringswet Algemene verordening gegevensbescherming',
  '5.1.2.a': 'de betrekkingen van Nederland met andere landen en staten en met internationale organisaties',
  '5.1.2.b': 'de economische of financiële belangen van de Staat, andere publiekrechtelijke lichamen of bestuursorganen',
  '5.1.2.c': 'de opsporing en vervolging van strafbare feiten',
  '5.1.2.d': 'de inspectie, controle en toezicht door bestuursorganen',
  '5.1.2.e': 'de eerbiediging van de persoonlijke levenssfeer',
  '5.1.2.f': 'de bescherming van andere dan in het eerste lid, onderdeel c, genoemde concurrentiegevoelige bedrijfs- en fabricagegegevens',
  '5.1.2.g': 'de bescherming van het milieu waarop deze informatie betrekking heeft',
  '5.1.2.h': 'de beveiliging van personen en bedrijven en het voorkomen van sabotage',
  '5.1.2.i': 'het goed functioneren van de Staat, andere publiekrechtelijke lichamen of bestuursorganen',
  '5.1.4': 'het belang van de geadresseerde om als eerste kennis te nemen van de informatie (tijdelijk)',
  '5.1.5': 'onevenredige benadeling van een ander belang dan genoemd in het eerste of tweede lid',
  '5.1.6': 'milieu-informatie: ernstige schade aan het in het eerste lid, onderdeel c, genoemde belang',
  '5.2.1': 'persoonlijke beleidsopvattingen in documenten opgesteld ten behoeve van intern beraad',
} as const;
export type WooGround = keyof typeof WOO_GROUNDS;
export const WOO_GROUND_CODES = Object.keys(WOO_GROUNDS) as WooGround[];

/** The category an agreement of this type has until someone chooses another: covenants for cooperation agreements and (privacy) covenants. */
export function defaultWooCategory(type: AgreementType): WooCategory {
  return type === 'cooperation' || type === 'privacy' ? 'convenanten' : 'none';
}

/** The state an agreement is in until someone records one: to publish when its category must be published actively. */
export function defaultWooState(category: WooCategory): WooState {
  return category === 'none' ? 'not_required' : 'to_publish';
}

/** Whether the agreement's category must be published and it is not (yet): an alert for its owner. */
export function isPublicationOverdue(category: WooCategory, state: WooState): boolean {
  return category !== 'none' && state === 'to_publish';
}

/** Whether anything of the agreement is public (its public page, the sitemap). */
export const isPublic = (state: WooState) => state === 'published' || state === 'partly_published';

export interface WooPublicationFacts {
  state: WooState;
  publishedOn: string | null;
  url: string | null;
  grounds: readonly string[];
}

/** What does not fit a publication state: a date only when published, grounds exactly when something is withheld. */
export function findWooProblems(p: WooPublicationFacts): { field: 'publishedOn' | 'grounds' | 'url'; message: string }[] {
  const problems: { field: 'publishedOn' | 'grounds' | 'url'; message: string }[] = [];
  if (isPublic(p.state) && !p.publishedOn) problems.push({ field: 'publishedOn', message: 'Een openbaar gemaakte overeenkomst heeft een publicatiedatum' });
  if (!isPublic(p.state) && p.publishedOn) problems.push({ field: 'publishedOn', message: 'Alleen een openbaar gemaakte overeenkomst heeft een publicatiedatum' });
  if (!isPublic(p.state) && p.url) problems.push({ field: 'url', message: 'Alleen een openbaar gemaakte overeenkomst heeft een openbare URL' });
  const needsGrounds = p.state === 'withheld' || p.state === 'partly_published';
  if (needsGrounds && p.grounds.length === 0) problems.push({ field: 'grounds', message: 'Noem de uitzonderingsgrond(en) uit de Woo (art. 5.1 of 5.2)' });
  if (!needsGrounds && p.grounds.length > 0) problems.push({ field: 'grounds', message: 'Uitzonderingsgronden horen alleen bij niet of gedeeltelijk openbaar maken' });
  return problems;
}
