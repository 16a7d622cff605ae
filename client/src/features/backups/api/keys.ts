/** The backups feature's query keys (decision 040). */
export const backupKeys = {
  status: ['backups', 'status'] as const,
};
