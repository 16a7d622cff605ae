import { exportWords } from '@akkoord/shared/csv/register-export-columns';
import type { AgreementType, PartyRole } from '@akkoord/shared/domain/enums';

export type PublicLang = 'nl' | 'en';

/**
 * The words of the public pages (they are served by the server, outside the app and its dictionaries); agreement
 * types and party roles are the exports' words (shared/src/csv/register-export-columns.ts), which a client test holds
 * equal to the app's.
 */
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
    type: exportWords('nl').type,
    role: exportWords('nl').role,
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
    type: exportWords('en').type,
    role: exportWords('en').role,
  },
} satisfies Record<PublicLang, Record<string, unknown> & { type: Record<AgreementType, string>; role: Record<PartyRole, string> }>;
