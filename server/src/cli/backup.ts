/**
 * Backup and restore from the command line (decision 053):
 *   npm run backup -- --out FILE
 *       a consistent archive of DATA_DIR (database + document files) while the server runs
 *   npm run restore -- --from FILE --data-dir DIR [--force]
 *       verifies the whole archive first; restores nothing from a damaged, truncated,
 *       foreign or newer-schema archive; never replaces a non-empty DIR without --force
 * Exit code 0 on success, 1 on a refusal or failure (the reason in Dutch and English), 2 on bad usage.
 */
import '../check-node.ts';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../config.ts';
import { BackupProblem } from '../modules/backups/archive-format.ts';
import { lowerThreadPriority } from '../modules/backups/backup-priority.ts';
import { createBackup } from '../modules/backups/create-backup.ts';
import { formatBytes } from '../modules/backups/format-bytes.ts';
import { restoreBackup } from '../modules/backups/restore-backup.ts';

const USAGE = `Gebruik / usage:
  npm run backup -- --out BESTAND
  npm run restore -- --from BESTAND --data-dir MAP [--force]
De back-up leest DATA_DIR (standaard ./data): akkoord.db en files/.`;

class UsageError extends Error {}

async function backup(argv: string[]): Promise<void> {
  const { values } = parseArgs({ args: argv, options: { out: { type: 'string' } } });
  if (!values.out) throw new UsageError('--out ontbreekt / --out is missing');
  const config = loadConfig();
  // The server that keeps running beside it comes first for the CPU.
  lowerThreadPriority();
  const result = await createBackup({
    databaseFile: config.databaseFile,
    filesDir: path.join(config.dataDir, 'files'),
    out: values.out,
    bytesPerSecond: config.backupBytesPerSecond,
  });
  console.log(`Back-up geschreven / backup written: ${result.file}`);
  console.log(
    `  ${formatBytes(result.sizeBytes)}; database ${formatBytes(result.database.sizeBytes)}, ${result.files.count} documentbestand(en) ${formatBytes(result.files.bytes)}; schema ${result.schema.tag ?? result.schema.migrations}; Akkoord ${result.appVersion}; ${(result.durationMs / 1000).toFixed(1)} s`,
  );
  const ph = result.phasesMs;
  const limit = config.backupBytesPerSecond ? `ten hoogste / at most ${Math.round(config.backupBytesPerSecond / 1024 / 1024)} MB/s` : 'geen grens / no limit';
  console.log(
    `  snapshot ${ph.snapshot} ms, integrity_check ${ph.integrity} ms, archief schrijven ${ph.pack} ms, teruglezen ${ph.readBack} ms (lezen ${limit}, BACKUP_MB_PER_SECOND)`,
  );
  if (result.verified) console.log('  Gecontroleerd / verified: alle SHA-256-hashes kloppen, integrity_check ok.');
  else {
    console.error('  NIET gecontroleerd / NOT verified:');
    for (const p of result.problems) console.error(`  - ${p}`);
    process.exitCode = 1;
  }
}

async function restore(argv: string[]): Promise<void> {
  const { values } = parseArgs({ args: argv, options: { from: { type: 'string' }, 'data-dir': { type: 'string' }, force: { type: 'boolean', default: false } } });
  if (!values.from) throw new UsageError('--from ontbreekt / --from is missing');
  if (!values['data-dir']) throw new UsageError('--data-dir ontbreekt / --data-dir is missing');
  const result = await restoreBackup({ from: values.from, dataDir: values['data-dir'], force: values.force });
  console.log(`Hersteld / restored: ${result.dataDir}`);
  console.log(
    `  back-up van ${result.header.createdAt}, Akkoord ${result.header.appVersion}, schema ${result.header.schema.tag ?? result.header.schema.migrations}; ${result.files} documentbestand(en), ${formatBytes(result.bytes)}`,
  );
  if (result.movedAside) console.log(`  De vorige inhoud staat in / the previous contents are in: ${result.movedAside}`);
  console.log('  Start Akkoord met DATA_DIR=' + result.dataDir);
}

export async function main(argv = process.argv.slice(2)): Promise<void> {
  const [command, ...rest] = argv;
  try {
    if (command === 'backup') await backup(rest);
    else if (command === 'restore') await restore(rest);
    else throw new UsageError(`onbekende opdracht "${command ?? ''}"`);
  } catch (err) {
    if (err instanceof UsageError || (err instanceof TypeError && 'code' in err && String(err.code).startsWith('ERR_PARSE_ARGS'))) {
      console.error(`${err.message}\n\n${USAGE}`);
      process.exitCode = 2;
    } else if (err instanceof BackupProblem) {
      console.error(`${err.nl}\n${err.en}`);
      process.exitCode = 1;
    } else if (err instanceof ConfigError) {
      console.error(err.message);
      process.exitCode = 1;
    } else {
      console.error(`Mislukt / failed: ${err instanceof Error ? err.message : String(err)}`);
      process.exitCode = 1;
    }
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname)) await main();
