import { useState } from 'react';
import type { AgreementSummary } from '@akkoord/shared/schemas/agreement';
import { toCsv, downloadText } from '../../../lib/format/csv.ts';
import { todayInAmsterdam } from '../../../lib/format/dates.ts';
import type { Query } from '../../../lib/api-client.ts';
import { useT } from '../../../lib/i18n/use-t.ts';
import type { Translate } from '../../../lib/i18n/translate.ts';
import { Button } from '../../../components/ui/button.tsx';
import { useToast } from '../../../components/ui/toast.tsx';
import { fetchAllAgreements } from '../api/export-agreements.ts';

/** The CSV rows: partial dates stay as written ("2019"), labels in the interface language. */
export function agreementsToCsv(rows: AgreementSummary[], t: Translate): string {
  const header = [
    'id',
    t('register.col.title'),
    t('register.col.type'),
    t('register.col.collaboration'),
    t('agreement.reference'),
    t('register.col.start'),
    t('register.col.end'),
    t('agreement.termKind'),
    t('register.col.notice'),
    t('register.col.status'),
    t('register.col.parties'),
    t('agreement.ownerName'),
    t('common.archived'),
  ];
  const body = rows.map((a) => [
    a.id,
    a.title,
    t(`type.${a.type}`),
    a.collaborationCode,
    a.reference,
    a.startDate,
    a.currentTermEnd ?? a.endDate,
    a.termKind ? t(`termKind.${a.termKind}`) : null,
    a.noticeDeadline,
    t(`status.${a.status}`),
    a.parties.map((p) => `${p.name} (${t(`role.${p.role}`)})`).join('; '),
    a.ownerName,
    a.archived ? t('common.yes') : t('common.no'),
  ]);
  return toCsv([header, ...body]);
}

/** Exports every agreement matching the current filter (all pages), not only the loaded rows. */
export function ExportButton({ query, disabled }: { query: Query; disabled?: boolean }) {
  const t = useT();
  const toast = useToast();
  const [progress, setProgress] = useState<{ count: number; total: number } | null>(null);

  const run = async () => {
    setProgress({ count: 0, total: 0 });
    try {
      const rows = await fetchAllAgreements(query, (count, total) => setProgress({ count, total }));
      downloadText(`akkoord-register-${todayInAmsterdam()}.csv`, agreementsToCsv(rows, t));
      toast.show(t('register.exported', { count: rows.length }));
    } catch {
      toast.show(t('register.exportFailed'), 'error');
    } finally {
      setProgress(null);
    }
  };

  return (
    <Button onClick={() => void run()} busy={progress !== null} disabled={disabled}>
      {progress ? t('register.exporting', progress) : t('register.export')}
    </Button>
  );
}
