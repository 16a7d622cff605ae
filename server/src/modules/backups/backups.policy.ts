import { definePolicy } from '../../http/authorize.ts';

/** Backups hold the whole register: only admins see their status. */
export const backupPolicy = definePolicy('backup', {
  read: ['admin'],
});
