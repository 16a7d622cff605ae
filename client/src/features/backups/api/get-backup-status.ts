import { queryOptions, useQuery } from '@tanstack/react-query';
import { backupStatusSchema, type BackupStatus } from '@akkoord/shared/schemas/backup';
import { apiRequest } from '../../../lib/api-client.ts';
import { backupKeys } from './keys.ts';

/** GET /api/backups/status: the daily backup's schedule, its last run and the last good one (admin). */
export function getBackupStatus(signal?: AbortSignal): Promise<BackupStatus> {
  return apiRequest('/backups/status', { signal, schema: backupStatusSchema });
}

export const backupStatusQueryOptions = () => queryOptions({ queryKey: backupKeys.status, queryFn: ({ signal }) => getBackupStatus(signal) });

export function useBackupStatus(enabled = true) {
  return useQuery({ ...backupStatusQueryOptions(), enabled });
}
