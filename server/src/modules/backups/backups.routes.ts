import { backupStatusSchema } from '@akkoord/shared/schemas/backup';
import { defineRoute, type RouteDef } from '../../http/route.ts';
import './backups.policy.ts';
import { getBackupStatus } from './backups.service.ts';

export const backupRoutes: RouteDef[] = [
  defineRoute({
    method: 'get',
    path: '/api/backups/status',
    summary: 'The daily backup: its schedule (BACKUP_DIR, BACKUP_TIME, BACKUP_KEEP), the last run (size, whether it verified, why it failed) and the last good one',
    tags: ['Backups'],
    access: { resource: 'backup', action: 'read' },
    responses: { 200: { description: 'Backup status', schema: backupStatusSchema } },
    handler: ({ deps }) => ({ body: getBackupStatus(deps) }),
  }),
];
