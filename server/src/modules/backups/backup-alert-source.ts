import { makeMessageAlert } from '@akkoord/shared/lifecycle/compute-alerts';
import type { Alert } from '@akkoord/shared/lifecycle/alert-types';
import type { AppDeps } from '../../deps.ts';
import { findBackupRuns } from './backups.repo.ts';

const when = (iso: string, locale: 'nl' | 'en') =>
  new Intl.DateTimeFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', { timeZone: 'Europe/Amsterdam', dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));

/**
 * The last scheduled backup failed or did not verify: an alert for admins
 * (decision 054), until a later run succeeds. Its key names the run, so
 * acknowledging one failure does not hide the next.
 */
export function backupAlerts(deps: AppDeps, on: string): Alert[] {
  const { last } = findBackupRuns(deps.db);
  if (!last || (last.ok && last.verified)) return [];
  const reason = last.ok ? last.problems.join('; ') : (last.error ?? '');
  return [
    makeMessageAlert({
      kind: 'backup',
      severity: last.ok ? 'high' : 'critical',
      reasonCode: last.ok ? 'backup_not_verified' : 'backup_failed',
      key: `backup:${last.startedAt}`,
      on,
      nl: last.ok
        ? `De back-up van ${when(last.startedAt, 'nl')} (${last.fileName}) is niet gecontroleerd: ${reason}`
        : `De back-up van ${when(last.startedAt, 'nl')} is mislukt: ${reason}`,
      en: last.ok ? `The backup of ${when(last.startedAt, 'en')} (${last.fileName}) did not verify: ${reason}` : `The backup of ${when(last.startedAt, 'en')} failed: ${reason}`,
    }),
  ];
}
