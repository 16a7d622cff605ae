import type { CorpusText } from './corpus-types.ts';

/** Mixed phrasing, mismatches and correspondence, written for this corpus. */
export const corpusC: CorpusText[] = [
  {
    name: 'Notice period whose digits and words disagree',
    pages: [
      `Overeenkomst gegevensuitwisseling
Ingangsdatum: 1 september 2023
Deze overeenkomst geldt voor onbepaalde tijd.
Opzegging geschiedt met een opzegtermijn van 3 (vier) maanden.`,
    ],
    expected: { startDate: '2023-09-01', termKind: 'indefinite' },
  },
  {
    name: 'Notice period in weeks, signed in Hof van Twente',
    pages: [
      `Samenwerkingsafspraken jeugdpreventie
De samenwerking wordt aangegaan voor onbepaalde tijd.
Ieder der partijen kan de samenwerking beëindigen met inachtneming van een opzegtermijn van vier weken.`,
      `Ondertekend te Hof van Twente, op 5 mei 2023.`,
    ],
    expected: { termKind: 'indefinite', noticePeriod: { value: 4, unit: 'week' }, signedDate: '2023-05-05' },
  },
  {
    name: 'A term up to an exclusive date ("tot")',
    pages: [
      `Huurovereenkomst opslagruimte
Deze overeenkomst loopt van 1 januari 2024 tot 1 januari 2026.`,
    ],
    expected: { startDate: '2024-01-01', termKind: 'fixed' },
  },
  {
    name: 'Start on signing, a review deadline and an end date',
    pages: [
      `Convenant Aanpak Ondermijning Twente
Dit convenant treedt in werking op de datum van ondertekening door alle partijen en eindigt op 31 december 2027.
Partijen evalueren dit convenant vóór 1 oktober 2026.
Aldus overeengekomen en ondertekend te _____________ op _____________`,
    ],
    expected: { endDate: '2027-12-31', termKind: 'fixed', reviewDate: '2026-10-01' },
  },
  {
    name: 'Everything in one long sentence',
    pages: [
      `Artikel 2 Duur
Deze overeenkomst, die ingaat op 1 november 2022, heeft een initiële looptijd van 12 maanden en wordt daarna stilzwijgend verlengd met telkens 12 maanden, met inachtneming van een opzegtermijn van 1 (één) maand.`,
    ],
    expected: {
      startDate: '2022-11-01',
      termKind: 'fixed',
      initialTermMonths: 12,
      tacitRenewal: true,
      renewalPeriod: { value: 12, unit: 'month' },
      noticePeriod: { value: 1, unit: 'month' },
    },
  },
  {
    name: 'Tacit renewal said and excluded (contradictory)',
    pages: [
      `Overeenkomst onderhoud voertuigen
Artikel 3 De overeenkomst wordt aangegaan voor een periode van één jaar en wordt stilzwijgend verlengd met een jaar.
Artikel 4 De opzegtermijn bedraagt twee maanden.`,
      `Artikel 12 Slotbepalingen
Stilzwijgende verlenging is uitgesloten.`,
    ],
    expected: { termKind: 'fixed', initialTermMonths: 12, noticePeriod: { value: 2, unit: 'month' } },
  },
  {
    name: 'Renewal as an option of the client (not tacit)',
    pages: [
      `Overeenkomst levering persoonlijke beschermingsmiddelen
Deze overeenkomst treedt in werking op 1 juli 2024.
Deze overeenkomst wordt aangegaan voor bepaalde tijd en eindigt op 30 juni 2026.
De opdrachtgever heeft het recht de overeenkomst maximaal twee keer te verlengen met telkens een jaar.`,
    ],
    expected: {
      startDate: '2024-07-01',
      endDate: '2026-06-30',
      termKind: 'fixed',
      maxRenewals: 2,
      renewalPeriod: { value: 1, unit: 'year' },
    },
  },
  {
    name: 'Term stated as "de looptijd vijf jaar bedraagt"',
    pages: [
      `Samenwerkingsovereenkomst Twentse Crisisbeheersing
Deze samenwerkingsovereenkomst treedt in werking op 1 oktober 2024 en eindigt op 30 september 2029, zodat de looptijd vijf jaar bedraagt.
Evaluatie vindt plaats in het najaar van 2027.
Opzegging is slechts mogelijk met een termijn van zes maanden.`,
    ],
    expected: {
      startDate: '2024-10-01',
      endDate: '2029-09-30',
      termKind: 'fixed',
      initialTermMonths: 60,
      noticePeriod: { value: 6, unit: 'month' },
    },
  },
  {
    name: 'Two different end dates on different pages',
    pages: [
      `Overeenkomst inhuur coördinator
Artikel 3
Deze overeenkomst treedt in werking op 1 januari 2024 en eindigt op 31 december 2026.`,
      `Artikel 9
De overeenkomst loopt tot en met 31 december 2027.`,
    ],
    expected: { startDate: '2024-01-01', termKind: 'fixed' },
  },
  {
    name: 'E-mail confirming the end of an agreement',
    pages: [
      `Van: j.jansen@vrtwente.nl
Onderwerp: Beëindiging overeenkomst schoonmaak
Beste Jan,
Zoals besproken verlengen wij de overeenkomst niet. De overeenkomst eindigt dus op 31 maart 2025.
Met vriendelijke groet,
Jan Jansen`,
    ],
    expected: { endDate: '2025-03-31', termKind: 'fixed' },
  },
  {
    name: 'Number words with the digits in parentheses after them',
    pages: [
      `Overeenkomst gebruik meldkamersoftware
Deze overeenkomst treedt in werking op 1 maart 2023 en wordt aangegaan voor een periode van drie (3) jaar.
Hierna wordt de overeenkomst stilzwijgend verlengd met telkens twee (2) jaar, tenzij tijdig is opgezegd.
Opzegging dient te geschieden met inachtneming van een opzegtermijn van ten minste zes maanden.`,
    ],
    expected: {
      startDate: '2023-03-01',
      termKind: 'fixed',
      initialTermMonths: 36,
      tacitRenewal: true,
      renewalPeriod: { value: 2, unit: 'year' },
      noticePeriod: { value: 6, unit: 'month' },
    },
  },
  {
    name: 'A preamble about an earlier agreement and a start "per"',
    pages: [
      `Overwegende dat de vorige overeenkomst eindigt op 31 december 2023;
Deze overeenkomst treedt per 1 januari 2024 in werking en wordt gesloten voor de duur van één jaar.
Deze overeenkomst wordt automatisch verlengd met telkens één jaar, met een maximum van drie verlengingen.`,
    ],
    expected: {
      startDate: '2024-01-01',
      termKind: 'fixed',
      initialTermMonths: 12,
      tacitRenewal: true,
      renewalPeriod: { value: 1, unit: 'year' },
      maxRenewals: 3,
    },
  },
];
