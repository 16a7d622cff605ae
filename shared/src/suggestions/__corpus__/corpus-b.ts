import type { CorpusText } from './corpus-types.ts';

/** Covenants, governance and processor agreements, written for this corpus. */
export const corpusB: CorpusText[] = [
  {
    name: 'Privacyconvenant ZVHT (indefinite, notice in words, review, numeric signing date)',
    pages: [
      `SAMENWERKINGS- EN PRIVACYCONVENANT ZORG- EN VEILIGHEIDSHUIS TWENTE
Artikel 14 Inwerkingtreding en duur
14.1 Dit convenant treedt in werking op de dag na ondertekening door alle partijen.
14.2 Het convenant geldt voor onbepaalde tijd.
14.3 Iedere partij kan haar deelname aan het convenant beëindigen met inachtneming van een termijn van twaalf maanden.
14.4 Het convenant wordt uiterlijk 1 juli 2025 geëvalueerd.`,
      `Aldus overeengekomen en ondertekend te Almelo op 03-02-2024.`,
    ],
    expected: { termKind: 'indefinite', noticePeriod: { value: 12, unit: 'month' }, reviewDate: '2025-07-01', signedDate: '2024-02-03' },
  },
  {
    name: "Verwerkersovereenkomst RTR (the main agreement's dates are not its own)",
    pages: [
      `VERWERKERSOVEREENKOMST CAMERATOEZICHT
Overwegende dat:
a. de hoofdovereenkomst op 1 maart 2022 in werking is getreden en eindigt op 28 februari 2026;
b. verwerker ten behoeve van verwerkingsverantwoordelijke politiegegevens verwerkt;
Artikel 12 Duur
De looptijd van deze verwerkersovereenkomst is gelijk aan de looptijd van de hoofdovereenkomst.
Ondertekend te Hengelo op 15 februari 2022.`,
    ],
    expected: { signedDate: '2022-02-15' },
  },
  {
    name: 'Samenwerkingsovereenkomst politie–VRT (a date range, no renewal, a quarter)',
    pages: [
      `Samenwerkingsovereenkomst cameratoezicht Politie Oost-Nederland en Veiligheidsregio Twente
Artikel 8 Looptijd
Deze overeenkomst geldt van 1 april 2023 tot en met 31 maart 2027.
Stilzwijgende verlenging is uitgesloten.
Partijen evalueren de samenwerking in het eerste kwartaal van 2026.`,
    ],
    expected: { startDate: '2023-04-01', endDate: '2027-03-31', termKind: 'fixed', tacitRenewal: false },
  },
  {
    name: 'Bestuursovereenkomst IVZ (numeric dates, ends by law, a review year)',
    pages: [
      `BESTUURSOVEREENKOMST PLATFORM INTEGRALE VEILIGHEIDSZORG TWENTE
Artikel 7
7.1 Deze bestuursovereenkomst treedt in werking met ingang van 01-01-2025 en eindigt op 31-12-2028.
7.2 Deze overeenkomst eindigt van rechtswege op de einddatum.
7.3 De overeenkomst wordt in 2027 geëvalueerd.`,
      `Aldus overeengekomen en in tweevoud ondertekend te Almelo, op 9 december 2024.`,
    ],
    expected: {
      startDate: '2025-01-01',
      endDate: '2028-12-31',
      termKind: 'fixed',
      tacitRenewal: false,
      reviewDate: '2027',
      signedDate: '2024-12-09',
    },
  },
  {
    name: 'Convenant with parties signing on different days',
    pages: [
      `Convenant Kenniscentrum Mensenhandel Twente
Artikel 9
Dit convenant treedt in werking op de dag na de datum van de laatste ondertekening.
Het convenant wordt gesloten voor bepaalde tijd, te weten tot en met 31 december 2025.`,
      `Aldus ondertekend te Borne op 3 maart 2024.
Gemeente Borne
Aldus ondertekend te Enschede op 10 maart 2024.
Veiligheidsregio Twente`,
    ],
    expected: { endDate: '2025-12-31', termKind: 'fixed' },
  },
  {
    name: 'Convenant with a review month and "overeengekomen te … op …"',
    pages: [
      `Convenant Zorg en Veiligheid
Dit convenant treedt in werking met ingang van 1 januari 2025.
Dit convenant heeft een looptijd van vijf jaar.
Iedere partij kan het convenant met een opzegtermijn van één maand opzeggen tegen het einde van een kalendermaand.
De samenwerking wordt in juni 2025 geëvalueerd.
Aldus overeengekomen te Enschede op 18 december 2024.`,
    ],
    expected: {
      startDate: '2025-01-01',
      termKind: 'fixed',
      initialTermMonths: 60,
      noticePeriod: { value: 1, unit: 'month' },
      reviewDate: '2025-06',
      signedDate: '2024-12-18',
    },
  },
  {
    name: 'Subsidy-dependent covenant (a conditional end is not an end)',
    pages: [
      `Samenwerkingsovereenkomst Veilig Thuis
Deze overeenkomst treedt in werking op 1 januari 2020.
Deze overeenkomst is aangegaan voor onbepaalde tijd.
Indien de subsidie van het Rijk vervalt, eindigt deze overeenkomst op 31 december 2025.
Elke partij kan de overeenkomst opzeggen met inachtneming van een termijn van twaalf maanden.`,
    ],
    expected: { startDate: '2020-01-01', termKind: 'indefinite', noticePeriod: { value: 12, unit: 'month' } },
  },
  {
    name: 'Governance agreement with a bounded number of renewals',
    pages: [
      `Bestuursovereenkomst Regionale Toezicht Ruimte
Deze overeenkomst wordt aangegaan voor een periode van 4 jaar, ingaande op 1 maart 2022 en eindigend op 28 februari 2026.
De overeenkomst kan ten hoogste tweemaal stilzwijgend worden verlengd met een periode van twee jaar.
De opzegtermijn bedraagt drie maanden.`,
    ],
    expected: {
      startDate: '2022-03-01',
      endDate: '2026-02-28',
      termKind: 'fixed',
      initialTermMonths: 48,
      tacitRenewal: true,
      renewalPeriod: { value: 2, unit: 'year' },
      maxRenewals: 2,
      noticePeriod: { value: 3, unit: 'month' },
    },
  },
  {
    name: "Addendum that names another agreement's date",
    pages: [
      `ADDENDUM 1
Dit addendum wijzigt artikel 4 van de dienstverleningsovereenkomst van 1 januari 2019.
De overige bepalingen van de overeenkomst blijven ongewijzigd van kracht.
Aldus opgemaakt en ondertekend te Enschede op 2 oktober 2023.`,
    ],
    expected: { signedDate: '2023-10-02' },
  },
  {
    name: 'Initial term followed by an indefinite continuation',
    pages: [
      `Samenwerkingsovereenkomst multidisciplinaire oefeningen
Deze overeenkomst treedt in werking op 15 augustus 2022.
De overeenkomst wordt aangegaan voor een periode van twee jaar en wordt daarna voortgezet voor onbepaalde tijd.
De opzegtermijn is 3 maanden.`,
    ],
    expected: { startDate: '2022-08-15', initialTermMonths: 24, noticePeriod: { value: 3, unit: 'month' } },
  },
];
