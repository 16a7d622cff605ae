import { z } from 'zod';

/** One scheduled backup run as the admin screen shows it (decision 054). */
export const backupRunSchema = z.object({
  startedAt: z.string().describe('When the run started (ISO instant)'),
  ok: z.boolean().describe('An archive was written'),
  fileName: z.string().nullable().describe('The archive in BACKUP_DIR'),
  sizeBytes: z.number().int().nullable(),
  verified: z.boolean().describe('Read back with every SHA-256 matching, integrity_check ok, every document file present'),
  problems: z.array(z.string()).describe('Why it did not verify'),
  error: z.string().nullable().describe('Why it failed (no archive)'),
  durationMs: z.number().int(),
  documentFiles: z.number().int().nullable(),
});
export type BackupRun = z.infer<typeof backupRunSchema>;

export const backupStatusSchema = z.object({
  enabled: z.boolean().describe('BACKUP_DIR is set: a backup runs daily'),
  directory: z.string().nullable(),
  time: z.string().describe('BACKUP_TIME, HH:MM'),
  timeZone: z.literal('Europe/Amsterdam'),
  keep: z.number().int().describe('BACKUP_KEEP'),
  nextRunAt: z.string().nullable(),
  running: z.boolean(),
  last: backupRunSchema.nullable(),
  lastSuccessful: backupRunSchema.nullable().describe('The newest run that wrote a verified archive'),
});
export type BackupStatus = z.infer<typeof backupStatusSchema>;
