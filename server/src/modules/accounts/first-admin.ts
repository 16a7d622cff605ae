import type { AppDeps } from '../../deps.ts';
import type { StartupHook } from '../../startup.ts';
import { deleteExpiredSessions } from './sessions.repo.ts';
import { countOtherActiveAdmins, findUserByEmail } from './users.repo.ts';
import { createUser } from './users.service.ts';

export const FIRST_ADMIN_EMAIL = 'beheerder@akkoord.local';

/**
 * On a database without an active admin, creates one with a random password.
 * Returns the console message; the password appears there once, and only when
 * the console is a terminal: redirected (a service manager, a container, a
 * file) stdout is the log, so the message says how to reset it instead.
 */
export async function ensureFirstAdmin(deps: AppDeps, { toTerminal = process.stdout.isTTY === true }: { toTerminal?: boolean } = {}): Promise<string> {
  const url = deps.config.publicUrl;
  const manage = 'Accounts beheren: npm run user -- list | create --email E --role ROL | reset --email E';
  if (countOtherActiveAdmins(deps.db, 0) > 0) {
    return `Aanmelden: open ${url} en meld u aan met uw e-mailadres en wachtwoord.\n${manage}`;
  }
  if (findUserByEmail(deps.db, FIRST_ADMIN_EMAIL)) {
    return `Er is geen actieve beheerder. Maak er een aan met: npm run user -- create --email E --role admin\n${manage}`;
  }
  const { temporaryPassword: password } = await createUser(
    deps,
    { requestId: 'startup', user: null, systemActor: 'systeem' },
    { email: FIRST_ADMIN_EMAIL, name: 'Beheerder', role: 'admin' },
  );
  deps.logger.info({ event: 'first_admin_created', email: FIRST_ADMIN_EMAIL }, 'first admin account created (password shown on the console only)');
  const reset = `npm run user -- reset --email ${FIRST_ADMIN_EMAIL}`;
  return [
    '',
    'Eerste start: er is een beheerdersaccount aangemaakt.',
    `  Aanmelden op:  ${url}`,
    `  E-mailadres:   ${FIRST_ADMIN_EMAIL}`,
    ...(toTerminal
      ? [`  Wachtwoord:    ${password}`, 'Dit wachtwoord wordt alleen nu getoond en staat in geen logbestand. Kies na het aanmelden een eigen wachtwoord.', `Kwijt? ${reset}`]
      : [
          '  Wachtwoord:    niet getoond, want de uitvoer gaat niet naar een terminal (maar bijvoorbeeld naar een logbestand).',
          `Geef het account een wachtwoord met: ${reset}  (toont een tijdelijk wachtwoord in uw terminal)`,
        ]),
    manage,
  ].join('\n');
}

/** Start-up: the first admin, and an hourly sweep of ended sessions. */
export const accountsStartup: StartupHook = async (deps) => {
  const message = await ensureFirstAdmin(deps);
  const sweep = setInterval(() => {
    if (!deps.db.$client.open) return;
    const now = deps.clock.now();
    deleteExpiredSessions(deps.db, now.toISOString(), new Date(now.getTime() - deps.config.sessionIdleMinutes * 60_000).toISOString());
  }, 3_600_000);
  sweep.unref();
  return { message, stop: () => clearInterval(sweep) };
};
