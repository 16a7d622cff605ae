import { useMemo } from 'react';
import { AGREEMENT_STATUSES, AGREEMENT_TYPES, LEGAL_REGIMES, PARTY_ROLES, RELATION_KINDS, TERM_KINDS, WORKFLOW_STATES } from '@akkoord/shared/domain/enums';
import { isPartialDate } from '@akkoord/shared/dates/partial-date';
import { isAuditAction } from '@akkoord/shared/domain/audit-vocabulary';
import type { Period } from '@akkoord/shared/schemas/agreement';
import { useFormat } from '../../lib/format/use-format.ts';
import { useT } from '../../lib/i18n/use-t.ts';
import type { PlainMessageKey } from '../../lib/i18n/dictionary.ts';
import { DERIVED_FIELDS, FIELD_LABELS } from './agreement-field-labels.ts';

/** The audit actions written about an agreement (or its relations), by entity type and action code. */
const ACTION_LABELS: Record<string, PlainMessageKey> = {
  'agreement:create': 'history.action.create',
  'agreement:update': 'history.action.update',
  'agreement:archive': 'history.action.archive',
  'agreement:restore': 'history.action.restore',
  'agreement:terminate': 'history.action.terminate',
  'agreement:start': 'history.action.start',
  'agreement:start_renewal': 'history.action.start',
  'agreement:decide': 'history.action.decide',
  'agreement:record_decision': 'history.action.decide',
  'agreement:activate': 'history.action.activate',
  'agreement:create_successor': 'history.action.create_successor',
  'agreement:renewed_by_successor': 'history.action.renewed_by_successor',
  'agreement:cancel_renewal': 'history.action.cancel_renewal',
  'agreement:renewal_cancelled': 'history.action.renewal_cancelled',
  'agreement:withdraw_notice': 'history.action.withdraw_notice',
  'agreement_relation:create': 'history.action.relate',
  'agreement_relation:delete': 'history.action.unrelate',
  'document:upload': 'history.action.document_upload',
  'document:add_version': 'history.action.document_add_version',
  'document:download': 'history.action.document_download',
  'document:archive': 'history.action.document_archive',
  'document:restore': 'history.action.document_restore',
};

const DATE_FIELDS = new Set([
  'startDate',
  'endDate',
  'reviewDate',
  'currentTermStart',
  'currentTermEnd',
  'noticeDeadline',
  'nextReviewDate',
  'noticeGivenDate',
  'terminationDate',
  'signedDate',
]);
const TIMESTAMP_FIELDS = new Set(['archivedAt', 'createdAt', 'updatedAt']);

const isIn = <T extends string>(list: readonly T[], v: unknown): v is T => typeof v === 'string' && (list as readonly string[]).includes(v);
const isPeriod = (v: unknown): v is Period => typeof v === 'object' && v !== null && 'value' in v && 'unit' in v;

/** "noticeGivenDate" → "notice given date": an unknown code still reads as words, never as a code. */
export const humanise = (code: string): string =>
  code
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/_/g, ' ')
    .toLowerCase();

/**
 * Words for audit events about agreements: the action, each field's label and
 * its values formatted as the rest of the app shows them (dates as dates,
 * enums by their labels, periods in words), in the interface language.
 */
export function useAuditText() {
  const t = useT();
  const f = useFormat();
  return useMemo(() => {
    const value = (field: string, v: unknown): string => {
      if (v === null || v === undefined || v === '') return '—';
      if (DATE_FIELDS.has(field) && typeof v === 'string' && isPartialDate(v)) return f.date(v);
      if (TIMESTAMP_FIELDS.has(field) && typeof v === 'string') return f.dateTime(v);
      if (field === 'type' && isIn(AGREEMENT_TYPES, v)) return t(`type.${v}`);
      if (field === 'status' && isIn(AGREEMENT_STATUSES, v)) return t(`status.${v}`);
      if (field === 'workflowState' && isIn(WORKFLOW_STATES, v)) return t(`workflow.${v}`);
      if (field === 'termKind' && isIn(TERM_KINDS, v)) return t(`termKind.${v}`);
      if (field === 'legalRegime' && isIn(LEGAL_REGIMES, v)) return t(`regime.${v}`);
      if (field === 'decision' && isIn(['renew', 'renegotiate', 'terminate'] as const, v)) return t(`agreement.decision.${v}`);
      if (field === 'kind' && isIn(RELATION_KINDS, v)) return t(`relation.${v}.outgoing`);
      if (isPeriod(v)) return f.period(v);
      if (typeof v === 'boolean') return v ? t('common.yes') : t('common.no');
      if (field === 'initialTermMonths' && typeof v === 'number') return t('months.count', { count: v });
      if (field === 'alertLeadDays' && Array.isArray(v)) return t('history.value.leadDays', { days: v.join(', ') });
      if (field === 'parties' && Array.isArray(v)) {
        return (
          v
            .map((p: { name?: string; organisationId?: number; role?: string }) => {
              const name = p.name ?? `#${p.organisationId ?? '?'}`;
              return isIn(PARTY_ROLES, p.role) ? `${name} (${t(`role.${p.role}`)})` : name;
            })
            .join('; ') || '—'
        );
      }
      if (field === 'relations' && Array.isArray(v)) return t('history.value.relations', { count: v.length });
      if (typeof v === 'string' || typeof v === 'number') return String(v);
      return JSON.stringify(v);
    };
    return {
      /** "verlenging gestart", or the code in words when the app has no label for it yet. */
      action: (entityType: string, action: string): string => {
        const key = ACTION_LABELS[`${entityType}:${action}`];
        if (key) return t(key);
        // Any other action of the shared audit vocabulary has its words in the audit trail's dictionary.
        return isAuditAction(action) ? t(`audit.action.${action}`) : humanise(action);
      },
      /** "Uiterste opzegdatum (berekend)", "Einddatum". */
      field: (field: string): string => {
        const key = FIELD_LABELS[field];
        const label = key ? t(key) : humanise(field);
        return DERIVED_FIELDS.has(field) ? t('history.computed', { label }) : label;
      },
      value,
    };
  }, [t, f]);
}
