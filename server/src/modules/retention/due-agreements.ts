import { computeDestructionDate, isRetentionPassed } from '@akkoord/shared/retention/destruction-date';
import { retentionEndOf } from '@akkoord/shared/retention/retention-end';
import type { AgreementType } from '@akkoord/shared/domain/enums';
import type { DueAgreement } from '@akkoord/shared/schemas/retention';
import type { Db } from '../../db/client.ts';
import type { RequestContext } from '../../http/context.ts';
import { agreementVisibility } from '../agreements/agreement-visibility.ts';
import { findDestroyCandidates, type CandidateRow } from './destruction.repo.ts';

/** A candidate with its end and destruction date computed (decision 061), or null when it has none. */
export function withDestructionDate(c: CandidateRow, today: string) {
  const end = retentionEndOf(c);
  const date = computeDestructionDate(end, { action: 'destroy', years: c.ruleYears ?? 0 });
  if (date.kind !== 'date' || !end) return null;
  return { ...c, end, destructionDate: date.day, isPassed: isRetentionPassed(date, today) };
}

/** Agreements the caller may see whose retention has passed on `today`, oldest destruction date first. */
export function listDueAgreements(db: Db, ctx: RequestContext, today: string): DueAgreement[] {
  const visibility = agreementVisibility(ctx);
  return findDestroyCandidates(db)
    .filter((c) => visibility.canSee(c.collaborationCode))
    .map((c) => withDestructionDate(c, today))
    .filter((c) => c !== null && c.isPassed)
    .map((c) => c!)
    .sort((a, b) => a.destructionDate.localeCompare(b.destructionDate) || a.id - b.id)
    .map((c) => ({
      id: c.id,
      title: c.title,
      reference: c.reference,
      type: c.type as AgreementType,
      collaborationCode: c.collaborationCode,
      end: c.end,
      destructionDate: c.destructionDate,
      rule: { id: c.ruleId, code: c.ruleCode, description: c.ruleDescription, years: c.ruleYears ?? 0 },
      legalHold: c.legalHoldReason !== null,
      pendingListId: c.pendingListId,
      documentCount: c.documentCount,
    }));
}
