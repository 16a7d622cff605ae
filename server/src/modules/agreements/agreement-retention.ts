import { computeDestructionDate, isRetentionPassed } from '@akkoord/shared/retention/destruction-date';
import { retentionEndOf } from '@akkoord/shared/retention/retention-end';
import type { AgreementType } from '@akkoord/shared/domain/enums';
import type { AgreementRetention, DestructionRecord, RetentionAction } from '@akkoord/shared/schemas/retention';
import type { UpdateAgreementInput } from '@akkoord/shared/schemas/agreement';
import type { FieldError } from '@akkoord/shared/schemas/common';
import type { Db } from '../../db/client.ts';
import type { AgreementChanges, AgreementRow } from './agreements.repo.ts';
import { findDestructionRecord, findPendingListId, findRetentionRule, findUserLabel, type DestructionRecordRow, type RetentionRuleRow } from './agreement-retention.repo.ts';

type RetentionRow = Pick<AgreementRow, 'id' | 'retentionRuleId' | 'terminationDate' | 'currentTermEnd' | 'legalHoldReason' | 'legalHoldBy' | 'legalHoldAt' | 'destroyedAt'>;

/** The destruction date of an agreement under a rule (decision 061): from the end its term counts from. */
export function destructionDateOf(row: Pick<AgreementRow, 'terminationDate' | 'currentTermEnd'>, rule: Pick<RetentionRuleRow, 'action' | 'years'> | null | undefined) {
  const end = retentionEndOf(row);
  const asRule = !rule ? null : rule.action === 'keep' ? ({ action: 'keep' } as const) : ({ action: 'destroy', years: rule.years ?? 0 } as const);
  return { end, date: computeDestructionDate(end, asRule) };
}

/** The minimal record as the API answers it. */
export function presentDestructionRecord(r: DestructionRecordRow): DestructionRecord {
  return {
    id: r.id,
    agreementId: r.agreementId,
    listId: r.listId,
    destroyedAt: r.destroyedAt,
    proposedBy: { id: r.proposedBy, label: r.proposedByLabel },
    approvedBy: { id: r.approvedBy, label: r.approvedByLabel },
    rule: { code: r.ruleCode, description: r.ruleDescription, years: r.ruleYears, legalBasis: r.ruleLegalBasis },
    agreement: {
      title: r.agreementTitle,
      reference: r.agreementReference,
      type: r.agreementType as AgreementType,
      collaborationCode: r.collaborationCode,
      end: r.endDate,
      destructionDate: r.destructionDate,
    },
    documents: r.documents,
    clearedFields: r.clearedFields,
  };
}

/** An agreement's retention for its page: rule, destruction date (or why none), legal hold, and the record once destroyed. */
export function presentAgreementRetention(db: Db, row: RetentionRow, today: string): AgreementRetention {
  const rule = row.retentionRuleId === null ? undefined : findRetentionRule(db, row.retentionRuleId);
  const { end, date } = destructionDateOf(row, rule);
  const record = row.destroyedAt ? findDestructionRecord(db, row.id) : undefined;
  return {
    rule: rule ? { id: rule.id, code: rule.code, description: rule.description, action: rule.action as RetentionAction, years: rule.years, legalBasis: rule.legalBasis } : null,
    end,
    destructionDate: date.kind === 'date' ? date.day : null,
    noDateReason: date.kind === 'none' ? date.reason : null,
    isPassed: isRetentionPassed(date, today),
    legalHold:
      row.legalHoldReason !== null
        ? {
            reason: row.legalHoldReason,
            by: { id: row.legalHoldBy, label: (row.legalHoldBy !== null ? findUserLabel(db, row.legalHoldBy) : undefined) ?? 'systeem' },
            at: row.legalHoldAt ?? '',
          }
        : null,
    pendingListId: row.destroyedAt ? null : findPendingListId(db, row.id),
    destruction: record ? presentDestructionRecord(record) : null,
  };
}

/** The rule of a create or update: it must exist; null on update clears it, on create leaves the type's default. */
export function retentionChanges(db: Db, input: UpdateAgreementInput, changes: AgreementChanges): FieldError[] {
  if (input.retentionRuleId === undefined) return [];
  if (input.retentionRuleId !== null && !findRetentionRule(db, input.retentionRuleId)) {
    return [{ field: 'body.retentionRuleId', message: `Bewaarregel ${input.retentionRuleId} bestaat niet` }];
  }
  changes.retentionRuleId = input.retentionRuleId;
  return [];
}
