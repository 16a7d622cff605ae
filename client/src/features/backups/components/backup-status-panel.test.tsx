import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, screen } from '@testing-library/react';
import type { BackupStatus } from '@akkoord/shared/schemas/backup';
import { renderWithApp } from '../../../testing/render.tsx';
import { BackupStatusView } from './backup-status-panel.tsx';

afterEach(cleanup);

const good = {
  startedAt: '2026-12-07T01:30:00.000Z',
  ok: true,
  fileName: 'akkoord-backup-20261207T013000Z.tar',
  sizeBytes: 1_234_000_000,
  verified: true,
  problems: [],
  error: null,
  durationMs: 41_000,
  documentFiles: 256,
};
const status: BackupStatus = {
  enabled: true,
  directory: '/srv/akkoord-backups',
  time: '02:30',
  timeZone: 'Europe/Amsterdam',
  keep: 14,
  nextRunAt: '2026-12-08T01:30:00.000Z',
  running: false,
  last: good,
  lastSuccessful: good,
};

describe('backup status on the admin screen', () => {
  it('shows the last backup, its size and that it verified', () => {
    renderWithApp(<BackupStatusView status={status} />);
    expect(screen.getByText('Dagelijks om 02:30 (Europe/Amsterdam); de laatste 14 blijven bewaard')).toBeTruthy();
    expect(screen.getByText('1,2 GB')).toBeTruthy();
    expect(screen.getByText(/akkoord-backup-20261207T013000Z\.tar, met 256 documentbestanden/)).toBeTruthy();
    expect(screen.getByText(/Gecontroleerd: alle SHA-256-hashes kloppen/)).toBeTruthy();
    expect(screen.queryByText('De laatste back-up is mislukt')).toBeNull();
  });

  it('says loudly that the last backup failed, why, and when the last good one was', () => {
    const failed = { ...good, startedAt: '2026-12-08T01:30:00.000Z', ok: false, fileName: null, sizeBytes: null, verified: false, error: 'ENOSPC: geen ruimte' };
    renderWithApp(<BackupStatusView status={{ ...status, last: failed }} />);
    expect(screen.getByText('De laatste back-up is mislukt')).toBeTruthy();
    expect(screen.getAllByText('Mislukt: ENOSPC: geen ruimte').length).toBeGreaterThan(0);
    expect(screen.getByText('Laatste geslaagde back-up')).toBeTruthy();
    expect(screen.queryByText('Grootte')).toBeNull();
  });

  it('tells how to switch backups on when BACKUP_DIR is not set', () => {
    renderWithApp(<BackupStatusView status={{ ...status, enabled: false, directory: null, nextRunAt: null, last: null, lastSuccessful: null }} />);
    expect(screen.getByText('Er worden geen dagelijkse back-ups gemaakt')).toBeTruthy();
    expect(screen.getByText(/Stel BACKUP_DIR in/)).toBeTruthy();
    expect(screen.getByText('Nog geen')).toBeTruthy();
  });
});
