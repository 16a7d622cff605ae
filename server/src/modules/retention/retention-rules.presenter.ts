import type { AgreementType } from '@akkoord/shared/domain/enums';
import type { RetentionAction, RetentionRule } from '@akkoord/shared/schemas/retention';
import type { listRetentionRules } from './retention-rules.repo.ts';

/** A rule of the selection list as the API answers it. */
export function presentRetentionRule(r: ReturnType<typeof listRetentionRules>[number]): RetentionRule {
  return {
    id: r.id,
    code: r.code,
    description: r.description,
    action: r.action as RetentionAction,
    years: r.years,
    legalBasis: r.legalBasis,
    defaultForTypes: r.defaultForTypes as AgreementType[],
    agreementCount: r.agreementCount,
  };
}
