import type { DestructionRecord } from '@akkoord/shared/schemas/retention';
import { useFormat } from '../../../lib/format/use-format.ts';
import { useT } from '../../../lib/i18n/use-t.ts';
import { Alert } from '../../../components/ui/alert.tsx';
import { DataList } from '../../../components/ui/data-list.tsx';
import { Paragraph } from '../../../components/ui/heading.tsx';
import { PartialDateText } from '../../../components/domain/partial-date.tsx';

/** What remains of a destroyed agreement: what was destroyed, when, on whose decision, under which rule. */
export function DestructionRecordView({ record: r }: { record: DestructionRecord }) {
  const t = useT();
  const f = useFormat();
  return (
    <>
      <Alert type="info">
        <Paragraph>{t('retention.destroyed.banner', { date: f.dateTime(r.destroyedAt) })}</Paragraph>
      </Alert>
      <DataList
        items={[
          { key: 'when', label: t('retention.record.when'), value: f.dateTime(r.destroyedAt) },
          { key: 'proposed', label: t('retention.record.proposedBy'), value: r.proposedBy.label },
          { key: 'approved', label: t('retention.record.approvedBy'), value: r.approvedBy.label },
          { key: 'list', label: t('retention.record.list'), value: r.listId },
          {
            key: 'rule',
            label: t('retention.record.rule'),
            value: `${t('retention.ruleOption', { code: r.rule.code, description: r.rule.description })}: ${t('retention.destroyAfter', { count: r.rule.years ?? 0 })}`,
            note: r.rule.legalBasis,
          },
          { key: 'end', label: t('retention.end'), value: <PartialDateText value={r.agreement.end} /> },
          { key: 'date', label: t('retention.destructionDate'), value: r.agreement.destructionDate ? f.date(r.agreement.destructionDate) : f.unknown },
          {
            key: 'documents',
            label: t('retention.record.documents'),
            value: r.documents.length ? (
              <ul className="utrecht-unordered-list">
                {r.documents.map((d, i) => (
                  <li key={i} className="utrecht-unordered-list__item">
                    {t('retention.record.document', { title: d.title, count: d.versions })}
                  </li>
                ))}
              </ul>
            ) : (
              t('retention.record.noDocuments')
            ),
          },
          { key: 'cleared', label: t('retention.record.cleared'), value: r.clearedFields.join(', ') },
        ]}
      />
    </>
  );
}
