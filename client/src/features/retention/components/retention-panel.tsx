import { useState } from 'react';
import type { Agreement } from '@akkoord/shared/schemas/agreement';
import type { AgreementRetention } from '@akkoord/shared/schemas/retention';
import { useFormat } from '../../../lib/format/use-format.ts';
import { useT } from '../../../lib/i18n/use-t.ts';
import { Button } from '../../../components/ui/button.tsx';
import { ButtonGroup } from '../../../components/ui/button-group.tsx';
import { DataList, Unknown, type DataListItem } from '../../../components/ui/data-list.tsx';
import { Paragraph } from '../../../components/ui/heading.tsx';
import { PartialDateText } from '../../../components/domain/partial-date.tsx';
import { ClearHoldDialog, LegalHoldDialog, RuleDialog } from './retention-dialogs.tsx';
import { DestructionRecordView } from './destruction-record.tsx';

type RuleText = NonNullable<AgreementRetention['rule']>;

/** "16.1 — Overeenkomst aangegaan: vernietigen 10 jaar na het einde". */
export function useRuleText() {
  const t = useT();
  return (rule: Pick<RuleText, 'code' | 'description' | 'action' | 'years'>) =>
    `${t('retention.ruleOption', { code: rule.code, description: rule.description })}: ${rule.action === 'keep' ? t('retention.keep') : t('retention.destroyAfter', { count: rule.years ?? 0 })}`;
}

/**
 * The agreement's retention (Archiefwet): its rule, the end it counts from, the destruction date or why there is
 * none ("onbekend"), and the legal hold; legal and admins change the rule and set or lift the hold. Once destroyed,
 * the minimal record.
 */
export function RetentionPanel({ agreement: a, canEdit }: { agreement: Agreement; canEdit: boolean }) {
  const t = useT();
  const f = useFormat();
  const ruleText = useRuleText();
  const [dialog, setDialog] = useState<'hold' | 'clear' | 'rule' | null>(null);
  const r = a.retention;
  if (!r) return null;
  if (r.destruction) return <DestructionRecordView record={r.destruction} />;
  const items: DataListItem[] = [
    { key: 'rule', label: t('retention.rule'), value: r.rule ? ruleText(r.rule) : <Unknown>{t('retention.noRule')}</Unknown>, note: r.rule?.legalBasis },
    { key: 'end', label: t('retention.end'), value: <PartialDateText value={r.end} /> },
    {
      key: 'date',
      label: t('retention.destructionDate'),
      value: r.destructionDate ? f.date(r.destructionDate) : <Unknown>{t('retention.unknown')}</Unknown>,
      note: r.noDateReason ? t(`retention.reason.${r.noDateReason}`) : r.isPassed ? t('retention.passed') : null,
    },
    {
      key: 'hold',
      label: t('retention.legalHold'),
      value: r.legalHold
        ? t('retention.legalHold.value', { reason: r.legalHold.reason, by: r.legalHold.by.label, date: f.dateTime(r.legalHold.at) })
        : t('retention.legalHold.none'),
    },
  ];
  return (
    <>
      <DataList items={items} />
      {r.pendingListId !== null ? <Paragraph>{t('retention.onList', { id: r.pendingListId })}</Paragraph> : null}
      {canEdit ? (
        <ButtonGroup>
          <Button onClick={() => setDialog('hold')}>{r.legalHold ? t('retention.legalHold.change') : t('retention.legalHold.set')}</Button>
          {r.legalHold ? <Button onClick={() => setDialog('clear')}>{t('retention.legalHold.clear')}</Button> : null}
          {!a.archived ? <Button onClick={() => setDialog('rule')}>{t('retention.changeRule')}</Button> : null}
        </ButtonGroup>
      ) : null}
      {dialog === 'hold' ? <LegalHoldDialog agreement={a} onClose={() => setDialog(null)} /> : null}
      {dialog === 'clear' ? <ClearHoldDialog agreement={a} onClose={() => setDialog(null)} /> : null}
      {dialog === 'rule' ? <RuleDialog agreement={a} onClose={() => setDialog(null)} /> : null}
    </>
  );
}
