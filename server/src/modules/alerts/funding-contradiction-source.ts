import { findFundingContradictions } from '@akkoord/shared/domain/funding';
import { makeMessageAlert } from '@akkoord/shared/lifecycle/compute-alerts';
import { findFunding } from '../collaborations/collaborations.repo.ts';
import { findCollaborationBudgets } from './alerts.repo.ts';
import type { RegisterAlertSource } from './alert-sources.ts';

const euro = (cents: number, locale: 'nl' | 'en') =>
  new Intl.NumberFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }).format(cents / 100);

/** Collaborations whose funding lines do not add up to their budget (the source is shown, never corrected). */
export const fundingContradictionSource: RegisterAlertSource = {
  name: 'contradiction',
  compute: (deps, on) => {
    const collaborations = findCollaborationBudgets(deps.db);
    const funding = findFunding(
      deps.db,
      collaborations.map((c) => c.id),
    );
    return collaborations.flatMap((row) =>
      findFundingContradictions(
        row.budgetCents,
        funding.filter((f) => f.collaborationId === row.id),
      ).map((c) => ({
        ...makeMessageAlert({
          kind: 'contradiction',
          severity: 'medium',
          reasonCode: c.code,
          key: `contradiction:${row.code}:${c.code}`,
          collaborationCode: row.code,
          on,
          nl: `${row.code}: de financieringsregels tellen op tot ${euro(c.actualCents, 'nl')}, de begroting is ${euro(c.expectedCents, 'nl')} (verschil ${euro(c.differenceCents, 'nl')})`,
          en: `${row.code}: the funding lines add up to ${euro(c.actualCents, 'en')}, the budget is ${euro(c.expectedCents, 'en')} (difference ${euro(c.differenceCents, 'en')})`,
        }),
        source: 'contradiction',
        agreementTitle: null,
        collaborationId: row.id,
        ownerName: null,
        ownerEmail: null,
      })),
    );
  },
};
