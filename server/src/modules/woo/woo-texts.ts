import type { AgreementType, PartyRole } from '@akkoord/shared/domain/enums';

export type PublicLang = 'nl' | 'en';

/** The words of the public pages (they are served by the server, outside the app and its dictionaries). */
export const PUBLIC_TEXTS = {
  nl: {
    title: 'Openbaar gemaakte overeenkomsten',
    intro:
      'Overeenkomsten en convenanten die actief openbaar zijn gemaakt op grond van de Wet open overheid (Woo). Per overeenkomst: de titel, de partijen, de looptijd, de informatiecategorie en het openbaar gemaakte bestand.',
    empty: 'Er zijn nog geen overeenkomsten openbaar gemaakt.',
    parties: 'Partijen',
    start: 'Ingangsdatum',
    end: 'Einddatum',
    indefinite: 'onbepaalde tijd',
    category: 'Informatiecategorie',
    publishedOn: 'Openbaar gemaakt op',
    partly: 'Gedeeltelijk openbaar gemaakt (delen zijn gelakt op grond van de Woo)',
    file: 'Bestand',
    download: 'Download',
    noFile: 'Er is geen bestand bij deze openbaarmaking.',
    elsewhere: 'Ook gepubliceerd op',
    unknown: 'onbekend',
    back: 'Alle openbaar gemaakte overeenkomsten',
    other: 'English',
    type: {
      service: 'Dienstverleningsovereenkomst',
      governance: 'Bestuursovereenkomst',
      cooperation: 'Samenwerkingsovereenkomst',
      privacy: 'Privacyconvenant',
      processor: 'Verwerkersovereenkomst',
      subprocessor: 'Subverwerkersovereenkomst',
    },
    role: {
      client: 'opdrachtgever',
      provider: 'opdrachtnemer',
      party: 'partij',
      controller: 'verwerkingsverantwoordelijke',
      processor: 'verwerker',
      subprocessor: 'subverwerker',
    },
  },
  en: {
    title: 'Published agreements',
    intro:
      'Agreements and covenants published actively under the Dutch Open Government Act (Wet open overheid, Woo). For each: its title, parties, term, information category and the published file.',
    empty: 'No agreements have been published yet.',
    parties: 'Parties',
    start: 'Start date',
    end: 'End date',
    indefinite: 'indefinite',
    category: 'Information category',
    publishedOn: 'Published on',
    partly: 'Partly published (parts are redacted on grounds of the Woo)',
    file: 'File',
    download: 'Download',
    noFile: 'There is no file with this publication.',
    elsewhere: 'Also published at',
    unknown: 'unknown',
    back: 'All published agreements',
    other: 'Nederlands',
    type: {
      service: 'Service agreement',
      governance: 'Governance agreement',
      cooperation: 'Cooperation agreement',
      privacy: 'Privacy covenant',
      processor: 'Processor agreement',
      subprocessor: 'Sub-processor agreement',
    },
    role: { client: 'client', provider: 'provider', party: 'party', controller: 'controller', processor: 'processor', subprocessor: 'sub-processor' },
  },
} satisfies Record<PublicLang, Record<string, unknown> & { type: Record<AgreementType, string>; role: Record<PartyRole, string> }>;
