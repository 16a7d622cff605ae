import type { BackupRun, BackupStatus } from '@akkoord/shared/schemas/backup';
import { useFormat } from '../../../lib/format/use-format.ts';
import { useT } from '../../../lib/i18n/use-t.ts';
import { Alert } from '../../../components/ui/alert.tsx';
import { DataList } from '../../../components/ui/data-list.tsx';
import { Heading, Paragraph } from '../../../components/ui/heading.tsx';
import { useBackupStatus } from '../api/get-backup-status.ts';

/** Bytes for people: decimal units with the language's number format ("1,2 GB"). */
function useBytes(): (n: number) => string {
  const f = useFormat();
  return (n) => {
    const units = ['B', 'kB', 'MB', 'GB', 'TB'];
    let value = n;
    let unit = 0;
    while (value >= 1000 && unit < units.length - 1) {
      value /= 1000;
      unit++;
    }
    return `${f.number(value, unit === 0 || value >= 10 ? 0 : 1)} ${units[unit]}`;
  };
}

/** Whether a run verified, failed or wrote an archive that did not verify, with the reason. */
function RunOutcome({ run }: { run: BackupRun }) {
  const t = useT();
  if (!run.ok) return <>{t('backup.failed', { error: run.error ?? '' })}</>;
  if (!run.verified) return <>{t('backup.notVerified', { problems: run.problems.join('; ') })}</>;
  return <>{t('backup.verified')}</>;
}

/** The daily backup as the admin screen shows it: schedule, last run (size, verified?), last good one. */
export function BackupStatusView({ status }: { status: BackupStatus }) {
  const t = useT();
  const f = useFormat();
  const bytes = useBytes();
  const { last, lastSuccessful } = status;
  const problem = last && (!last.ok || !last.verified);
  return (
    <>
      {!status.enabled ? (
        <Alert type="warning" title={t('backup.disabled')}>
          <Paragraph>{t('backup.disabledHelp')}</Paragraph>
        </Alert>
      ) : null}
      {problem ? (
        <Alert type="error" title={last.ok ? t('backup.alertNotVerified') : t('backup.alertFailed')}>
          <Paragraph>
            <RunOutcome run={last} />
          </Paragraph>
        </Alert>
      ) : null}
      <DataList
        items={[
          {
            key: 'schedule',
            label: t('backup.schedule'),
            value: status.enabled ? t('backup.daily', { time: status.time, zone: status.timeZone, keep: status.keep }) : t('backup.off'),
            note: status.directory ?? undefined,
          },
          ...(status.enabled ? [{ key: 'next', label: t('backup.nextRun'), value: status.nextRunAt ? f.dateTime(status.nextRunAt) : t('common.unknown') }] : []),
          {
            key: 'last',
            label: t('backup.lastRun'),
            value: last ? f.dateTime(last.startedAt) : t('backup.never'),
            note: last ? <RunOutcome run={last} /> : undefined,
          },
          ...(last?.ok
            ? [
                {
                  key: 'size',
                  label: t('backup.size'),
                  value: last.sizeBytes === null ? t('common.unknown') : bytes(last.sizeBytes),
                  note: t('backup.file', { file: last.fileName ?? '', files: last.documentFiles ?? 0 }),
                },
              ]
            : []),
          ...(problem
            ? [
                {
                  key: 'lastGood',
                  label: t('backup.lastSuccessful'),
                  value: lastSuccessful ? f.dateTime(lastSuccessful.startedAt) : t('backup.never'),
                  note: lastSuccessful?.fileName ?? undefined,
                },
              ]
            : []),
        ]}
      />
      {status.running ? <Paragraph>{t('backup.running')}</Paragraph> : null}
    </>
  );
}

/** The backup section of the admin screen (admins only; the server checks again). */
export function BackupStatusPanel() {
  const t = useT();
  const query = useBackupStatus();
  return (
    <section aria-labelledby="backup-status-heading">
      <Heading level={2} id="backup-status-heading">
        {t('backup.title')}
      </Heading>
      {query.isPending ? <Paragraph>{t('backup.loading')}</Paragraph> : null}
      {query.isError ? <Alert type="error">{t('backup.loadFailed')}</Alert> : null}
      {query.data ? <BackupStatusView status={query.data} /> : null}
    </section>
  );
}
