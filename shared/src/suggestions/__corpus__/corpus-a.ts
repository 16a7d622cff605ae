import type { CorpusText } from './corpus-types.ts';

/** Service agreements (DVO's) and their usual phrasing, written for this corpus. */
export const corpusA: CorpusText[] = [
  {
    name: 'DVO brandweerzorg Enschede (the classic phrasing)',
    pages: [
      `DIENSTVERLENINGSOVEREENKOMST BRANDWEERZORG
De ondergetekenden:
1. De gemeente Enschede, hierna te noemen: "de gemeente";
2. Veiligheidsregio Twente, hierna te noemen: "VRT";
komen het volgende overeen.
Artikel 1 Ingangsdatum en looptijd
1.1 Deze overeenkomst treedt in werking op 1 januari 2024.
1.2 De overeenkomst wordt aangegaan voor een periode van drie jaar.
1.3 Na afloop van deze periode wordt de overeenkomst stilzwijgend verlengd met telkens één jaar.`,
      `Artikel 2 Opzegging
2.1 Elk der partijen kan de overeenkomst schriftelijk opzeggen tegen het einde van de looptijd, met een opzegtermijn van 3 (drie) maanden.
Artikel 3 Vergoeding
3.1 De gemeente betaalt VRT een jaarlijkse vergoeding volgens bijlage 1. Facturen worden binnen 30 dagen betaald.
Aldus overeengekomen en ondertekend te Enschede op 12 december 2023.
De gemeente Enschede                Veiligheidsregio Twente`,
    ],
    expected: {
      startDate: '2024-01-01',
      termKind: 'fixed',
      initialTermMonths: 36,
      tacitRenewal: true,
      renewalPeriod: { value: 1, unit: 'year' },
      noticePeriod: { value: 3, unit: 'month' },
      signedDate: '2023-12-12',
    },
  },
  {
    name: 'DVO beveiliging camerawaarneming (months in digits and words, maximum renewals)',
    pages: [
      `Dienstverleningsovereenkomst camerawaarneming RTR
Artikel 5 Duur van de overeenkomst
5.1 De overeenkomst wordt aangegaan voor de duur van 24 (vierentwintig) maanden, ingaande 1 mei 2024.
5.2 Na afloop wordt de overeenkomst automatisch verlengd voor een periode van 12 maanden, met een maximum van twee verlengingen.
5.3 Opzegging geschiedt schriftelijk, uiterlijk twee maanden voor het einde van de lopende periode.
Artikel 6 Datalekken
6.1 Opdrachtnemer meldt een datalek binnen een termijn van 24 uur aan opdrachtgever.`,
    ],
    expected: {
      startDate: '2024-05-01',
      termKind: 'fixed',
      initialTermMonths: 24,
      tacitRenewal: true,
      renewalPeriod: { value: 12, unit: 'month' },
      maxRenewals: 2,
      noticePeriod: { value: 2, unit: 'month' },
    },
  },
  {
    name: 'DVO with two start dates and two notice periods (contradictory)',
    pages: [
      `Dienstverleningsovereenkomst ICT-ondersteuning
Artikel 2 Looptijd
2.1 Deze overeenkomst treedt in werking op 1 januari 2024 en wordt aangegaan voor een periode van twee jaar.
2.2 De opzegtermijn bedraagt drie maanden.`,
      `Artikel 11 Slotbepalingen
11.1 Deze overeenkomst treedt in werking op 1 februari 2024.
11.2 Partijen kunnen de overeenkomst opzeggen met een opzegtermijn van zes maanden.`,
    ],
    expected: { termKind: 'fixed', initialTermMonths: 24 },
  },
  {
    name: 'DVO template with placeholders (nothing settled)',
    pages: [
      `MODEL DIENSTVERLENINGSOVEREENKOMST
Artikel 1 Looptijd
Deze overeenkomst treedt in werking op [datum] en wordt aangegaan voor een periode van … jaar.
De overeenkomst wordt na afloop stilzwijgend verlengd met telkens [aantal] jaar, tenzij ...
Opzegtermijn: ... maanden.
Aldus overeengekomen en ondertekend te ……………… op ………………`,
    ],
    expected: {},
  },
  {
    name: 'DVO with indexation and payment terms as traps',
    pages: [
      `Dienstverleningsovereenkomst meldkamerdiensten
Artikel 3 Looptijd
Deze overeenkomst gaat in op 1 januari 2024 en heeft een looptijd van vier jaar.
Artikel 4 Tarieven
De tarieven worden met ingang van 1 januari 2025 jaarlijks geïndexeerd. Betaling geschiedt binnen een termijn van 30 dagen na factuurdatum.
Artikel 9 Beëindiging
De overeenkomst kan door elk der partijen worden opgezegd met inachtneming van een opzegtermijn van zes maanden.`,
    ],
    expected: {
      startDate: '2024-01-01',
      termKind: 'fixed',
      initialTermMonths: 48,
      noticePeriod: { value: 6, unit: 'month' },
    },
  },
  {
    name: 'DVO with abbreviated months and a signature "d.d."',
    pages: [
      `DVO opleiden en oefenen
De overeenkomst vangt aan op 1 jan. 2023 en loopt tot en met 31 dec. 2025.
Partijen kunnen de overeenkomst niet tussentijds opzeggen.
Getekend te Oldenzaal d.d. 14-12-2022`,
    ],
    expected: { startDate: '2023-01-01', endDate: '2025-12-31', termKind: 'fixed', signedDate: '2022-12-14' },
  },
  {
    name: 'DVO renewed "telkens voor een jaar" after an initial term in months',
    pages: [
      `Overeenkomst gebruik oefenterrein
Artikel 1
Deze overeenkomst treedt op 1 juli 2021 in werking.
Artikel 2
Na het verstrijken van de initiële looptijd van 36 maanden wordt de overeenkomst telkens stilzwijgend verlengd voor een jaar, tenzij een der partijen uiterlijk 6 maanden voor het einde van de lopende termijn schriftelijk opzegt.`,
    ],
    expected: {
      startDate: '2021-07-01',
      termKind: 'fixed',
      initialTermMonths: 36,
      tacitRenewal: true,
      renewalPeriod: { value: 1, unit: 'year' },
      noticePeriod: { value: 6, unit: 'month' },
    },
  },
  {
    name: 'DVO with ISO dates and no tacit renewal',
    pages: [
      `Dienstverleningsovereenkomst piketregeling
Deze overeenkomst gaat in per 2024-04-01 en eindigt op 2025-03-31.
Deze overeenkomst wordt niet stilzwijgend verlengd.`,
    ],
    expected: { startDate: '2024-04-01', endDate: '2025-03-31', termKind: 'fixed', tacitRenewal: false },
  },
  {
    name: 'DVO with slashes, a calendar-year renewal and a notice in days',
    pages: [
      `DVO Gezamenlijke Brandweerkazerne
Deze DVO treedt in werking op 1/1/2023.
De DVO eindigt op 31/12/2023 en wordt daarna stilzwijgend verlengd met telkens een kalenderjaar.
De opzegtermijn bedraagt 90 dagen.`,
      `Voor akkoord getekend te Enschede op 20 december 2022.`,
    ],
    expected: {
      startDate: '2023-01-01',
      endDate: '2023-12-31',
      termKind: 'fixed',
      tacitRenewal: true,
      renewalPeriod: { value: 1, unit: 'year' },
      noticePeriod: { value: 90, unit: 'day' },
      signedDate: '2022-12-20',
    },
  },
  {
    name: 'DVO with an impossible date and a data-breach term',
    pages: [
      `Dienstverleningsovereenkomst ademluchtonderhoud
Deze overeenkomst treedt in werking op 31 april 2024 en heeft een looptijd van 2 jaar.
Melding van een datalek geschiedt binnen een termijn van 24 uur.`,
    ],
    expected: { termKind: 'fixed', initialTermMonths: 24 },
  },
];
