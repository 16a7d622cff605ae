/**
 * Account management from the command line, also on an empty DATA_DIR
 * before the first start (the database is created and migrated):
 *   npm run user -- create --email E --role ROLE [--password P] [--name N] [--scope IVZ,ZVHT] [--locale nl|en]
 *   npm run user -- reset --email E        (prints a new random password)
 *   npm run user -- list
 * Changes are recorded in the audit trail with actor "cli".
 */
import '../check-node.ts';
import { parseArgs } from 'node:util';
import { ROLES } from '@akkoord/shared/domain/enums';
import { createUserSchema } from '@akkoord/shared/schemas/user';
import type { User } from '@akkoord/shared/schemas/user';
import { ConfigError, loadConfig } from '../config.ts';
import { closeDatabase, openDatabase } from '../db/client.ts';
import type { AppDeps } from '../deps.ts';
import type { RequestContext } from '../http/context.ts';
import { AppError } from '../http/errors.ts';
import { systemClock } from '../lib/clock.ts';
import { createLogger } from '../lib/logger.ts';
import { findUserByEmail } from '../modules/accounts/users.repo.ts';
import { createUser, listUsers, resetUserPassword } from '../modules/accounts/users.service.ts';
import { loadTwenteRegister } from '../seed/load-register.ts';

const USAGE = `Gebruik:
  npm run user -- create --email E --role ROL [--password P] [--name NAAM] [--scope IVZ,ZVHT] [--locale nl|en]
  npm run user -- reset --email E
  npm run user -- list
Rollen: ${ROLES.join(', ')}. Zonder --password wordt een wachtwoord gegenereerd en één keer getoond.
De database staat in DATA_DIR (standaard ./data).`;

class UsageError extends Error {}

function statusOf(u: User, now: Date): string {
  if (!u.active) return 'gedeactiveerd';
  if (u.lockedUntil && Date.parse(u.lockedUntil) > now.getTime()) return `geblokkeerd tot ${u.lockedUntil}`;
  return 'actief';
}

function printTable(users: User[], now: Date): void {
  if (!users.length) {
    console.log('Nog geen accounts. Maak er een aan met: npm run user -- create --email E --role admin');
    return;
  }
  const rows = users.map((u) => [String(u.id), u.email, u.name, u.role, u.collaborationScope?.join(',') ?? 'alle', statusOf(u, now)]);
  const header = ['id', 'e-mail', 'naam', 'rol', 'samenwerkingsverbanden', 'status'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  for (const r of [header, ...rows])
    console.log(
      r
        .map((c, i) => c.padEnd(widths[i]!))
        .join('  ')
        .trimEnd(),
    );
}

async function run(argv: string[]): Promise<void> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      email: { type: 'string' },
      password: { type: 'string' },
      role: { type: 'string' },
      name: { type: 'string' },
      scope: { type: 'string' },
      locale: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const command = positionals[0];
  if (values.help || !command) throw new UsageError('');
  if (!['create', 'reset', 'list'].includes(command)) throw new UsageError(`Onbekende opdracht "${command}".`);

  const config = loadConfig();
  const db = openDatabase(config.databaseFile);
  const deps: AppDeps = { db, config, clock: systemClock, logger: createLogger('silent') };
  const ctx: RequestContext = { requestId: `cli-${process.pid}`, user: null, systemActor: 'cli' };
  try {
    // As the first start would: so --scope can name the register's collaborations before it.
    if (config.seedRegister) loadTwenteRegister(db, { now: systemClock.now().toISOString(), today: systemClock.today() });
    if (command === 'list') return printTable(listUsers(deps), systemClock.now());
    if (!values.email) throw new UsageError('--email is verplicht.');
    if (command === 'create') {
      const parsed = createUserSchema.safeParse({
        email: values.email,
        role: values.role,
        ...(values.password !== undefined ? { password: values.password } : {}),
        ...(values.name !== undefined ? { name: values.name } : {}),
        ...(values.scope !== undefined ? { collaborationScope: values.scope.split(',').filter(Boolean) } : {}),
        ...(values.locale !== undefined ? { locale: values.locale } : {}),
      });
      if (!parsed.success) {
        const lines = parsed.error.issues.map((i) => `  --${String(i.path[0] === 'collaborationScope' ? 'scope' : (i.path[0] ?? ''))}: ${i.message}`);
        throw new UsageError(`Ongeldige invoer:\n${lines.join('\n')}`);
      }
      const { user, temporaryPassword } = await createUser(deps, ctx, parsed.data);
      console.log(`Account aangemaakt: ${user.email} (rol ${user.role}, id ${user.id}) in ${config.databaseFile}`);
      if (temporaryPassword) console.log(`Wachtwoord (wordt maar één keer getoond): ${temporaryPassword}`);
      return;
    }
    const row = findUserByEmail(db, values.email.trim().toLowerCase());
    if (!row) throw new AppError('not_found', `Geen account met e-mailadres ${values.email}`);
    const { temporaryPassword } = await resetUserPassword(deps, ctx, row.id);
    console.log(`Nieuw wachtwoord voor ${row.email} (wordt maar één keer getoond): ${temporaryPassword}`);
    console.log('Alle sessies van dit account zijn beëindigd; het moet dit wachtwoord bij het aanmelden vervangen.');
  } finally {
    closeDatabase(db);
  }
}

run(process.argv.slice(2)).catch((err: unknown) => {
  if (err instanceof UsageError) {
    if (err.message) console.error(err.message);
    console.error(USAGE);
    process.exit(2);
  }
  if (err instanceof ConfigError || err instanceof AppError) {
    console.error(err.message);
    for (const e of err instanceof AppError ? (err.errors ?? []) : [])
      console.error(`  ${e.field.replace(/^body\.collaborationScope$/, '--scope').replace(/^body\./, '--')}: ${e.message}`);
    process.exit(1);
  }
  console.error(err);
  process.exit(1);
});
