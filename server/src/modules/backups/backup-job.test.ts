import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { backupStatusSchema } from '@akkoord/shared/schemas/backup';
import { createTestApp, type TestApp } from '../../test/harness.ts';
import { movableClock } from '../../test/movable-clock.ts';
import { backupFileName, expiredBackups, nextBackupRun } from './backup-schedule.ts';
import { runScheduledBackup } from './backups.service.ts';
import { readArchive } from './read-archive.ts';

describe('the daily backup time in Europe/Amsterdam', () => {
  it('is the same wall-clock time in winter and summer', () => {
    expect(nextBackupRun('02:30', new Date('2027-01-14T12:00:00Z'))?.toISOString()).toBe('2027-01-15T01:30:00.000Z');
    expect(nextBackupRun('02:30', new Date('2027-07-14T12:00:00Z'))?.toISOString()).toBe('2027-07-15T00:30:00.000Z');
    expect(nextBackupRun('23:15', new Date('2027-07-14T12:00:00Z'))?.toISOString()).toBe('2027-07-14T21:15:00.000Z');
  });

  it('runs once on the night the clocks go forward, even at a time that does not exist that night', () => {
    // 28 March 2027: 02:00 CET becomes 03:00 CEST; 02:30 is skipped, the backup runs at 03:00 CEST.
    const first = nextBackupRun('02:30', new Date('2027-03-27T12:00:00Z'))!;
    expect(first.toISOString()).toBe('2027-03-28T01:00:00.000Z');
    expect(nextBackupRun('02:30', first)?.toISOString()).toBe('2027-03-29T00:30:00.000Z');
    expect(nextBackupRun('03:30', new Date('2027-03-27T12:00:00Z'))?.toISOString()).toBe('2027-03-28T01:30:00.000Z');
  });

  it('runs once on the night the clocks go back, although 02:30 happens twice', () => {
    // 31 October 2027: 03:00 CEST becomes 02:00 CET; 02:30 comes at 00:30Z and again at 01:30Z.
    const first = nextBackupRun('02:30', new Date('2027-10-30T12:00:00Z'))!;
    expect(first.toISOString()).toBe('2027-10-31T00:30:00.000Z');
    expect(nextBackupRun('02:30', first)?.toISOString()).toBe('2027-11-01T01:30:00.000Z');
    expect(backupFileName(first)).not.toBe(backupFileName(new Date('2027-10-31T01:30:00Z')));
  });
});

describe('retention', () => {
  it('keeps the newest BACKUP_KEEP scheduled archives and never touches other files', () => {
    const names = [
      'akkoord-backup-20261203T013000Z.tar',
      'akkoord-backup-20261201T013000Z.tar',
      'notities.txt',
      'akkoord-backup-20261204T013000Z.tar',
      'handmatig.tar',
      'akkoord-backup-20261202T013000Z.tar',
    ];
    expect(expiredBackups(names, 2)).toEqual(['akkoord-backup-20261201T013000Z.tar', 'akkoord-backup-20261202T013000Z.tar']);
    expect(expiredBackups(names, 10)).toEqual([]);
    expect(expiredBackups(names, 1)).toHaveLength(3);
  });
});

let t: TestApp | undefined;
const dirs: string[] = [];
afterEach(() => {
  t?.close();
  t = undefined;
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

async function appWithBackups(keep: number) {
  const backupDir = fs.mkdtempSync(path.join(os.tmpdir(), 'akkoord-backups-'));
  dirs.push(backupDir);
  const clock = movableClock('2026-12-07T01:30:00Z');
  t = await createTestApp({ clock, env: { BACKUP_DIR: backupDir, BACKUP_KEEP: String(keep), BACKUP_TIME: '02:30' } });
  fs.writeFileSync(path.join(backupDir, 'eigen-notities.txt'), 'blijft staan');
  return { backupDir, clock, t };
}

describe('scheduled backups in the server', () => {
  it('writes a verified archive on a worker thread, keeps the newest N and shows the last one to admins', async () => {
    const { backupDir, clock, t } = await appWithBackups(2);
    const before = await t.agent.get('/api/backups/status');
    expect(before.status).toBe(200);
    expect(before.body).toMatchObject({ enabled: true, directory: backupDir, time: '02:30', keep: 2, last: null, nextRunAt: '2026-12-08T01:30:00.000Z' });

    for (let day = 0; day < 3; day++) {
      const run = await runScheduledBackup(t.deps);
      expect(run).toMatchObject({ ok: true, verified: true, error: null });
      clock.advance(24 * 3600_000);
    }
    const names = fs.readdirSync(backupDir).sort();
    expect(names).toEqual(['akkoord-backup-20261208T013000Z.tar', 'akkoord-backup-20261209T013000Z.tar', 'eigen-notities.txt']);
    const archive = await readArchive(path.join(backupDir, names[1]!), { into: null });
    expect(archive.header.schema.tag).not.toBeNull();

    // Sessions end after 12 hours: sign in again on the new day.
    const admin = await t.signIn();
    const status = backupStatusSchema.parse((await admin.agent.get('/api/backups/status')).body);
    expect(status.last).toMatchObject({ ok: true, verified: true, fileName: 'akkoord-backup-20261209T013000Z.tar', problems: [] });
    expect(status.last?.sizeBytes).toBe(fs.statSync(path.join(backupDir, names[1]!)).size);
    expect(status.lastSuccessful?.fileName).toBe(status.last?.fileName);
    const audit = t.deps.db.$client.prepare("SELECT count(*) FROM audit_events WHERE entity_type = 'backup' AND action = 'run'").pluck().get();
    expect(audit).toBe(3);

    const legal = await t.signIn({ role: 'legal' });
    expect((await legal.agent.get('/api/backups/status')).status).toBe(403);
  }, 60_000);

  it('a failed backup is an alert for admins only, keeps every older archive, and clears with the next good one', async () => {
    const { backupDir, clock, t } = await appWithBackups(1);
    await runScheduledBackup(t.deps);
    clock.advance(24 * 3600_000);
    const failed = await runScheduledBackup(t.deps, {
      make: () => Promise.reject(new Error('ENOSPC: geen ruimte meer op het apparaat')),
    });
    expect(failed).toMatchObject({ ok: false, verified: false, error: 'ENOSPC: geen ruimte meer op het apparaat' });
    expect(fs.readdirSync(backupDir).filter((n) => n.endsWith('.tar'))).toHaveLength(1);

    const admin = await t.signIn();
    const alerts = await admin.agent.get('/api/alerts').query({ kind: 'backup' });
    expect(alerts.status).toBe(200);
    expect(alerts.body.items).toHaveLength(1);
    expect(alerts.body.items[0]).toMatchObject({ kind: 'backup', severity: 'critical', agreementId: null });
    expect(JSON.stringify(alerts.body.items[0].explanation)).toContain('ENOSPC');
    const counts = await admin.agent.get('/api/alerts/counts');
    expect(counts.body.byKind.backup).toBe(1);
    for (const role of ['legal', 'manager', 'viewer'] as const) {
      const other = await t.signIn({ role });
      expect((await other.agent.get('/api/alerts').query({ kind: 'backup' })).body.items, role).toEqual([]);
      expect((await other.agent.get('/api/alerts/counts')).body.byKind.backup, role).toBe(0);
    }
    const status = backupStatusSchema.parse((await admin.agent.get('/api/backups/status')).body);
    expect(status.last?.ok).toBe(false);
    expect(status.lastSuccessful?.ok).toBe(true);

    clock.advance(24 * 3600_000);
    await runScheduledBackup(t.deps);
    expect((await (await t.signIn()).agent.get('/api/alerts').query({ kind: 'backup' })).body.items).toEqual([]);
    expect(fs.readdirSync(backupDir).filter((n) => n.endsWith('.tar'))).toEqual(['akkoord-backup-20261209T013000Z.tar']);
  }, 60_000);

  it('without BACKUP_DIR nothing runs and the status says so', async () => {
    t = await createTestApp();
    expect(await runScheduledBackup(t.deps)).toBeNull();
    expect((await t.agent.get('/api/backups/status')).body).toMatchObject({ enabled: false, directory: null, nextRunAt: null, last: null });
  });
});
