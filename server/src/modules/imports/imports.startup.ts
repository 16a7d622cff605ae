import { randomUUID } from 'node:crypto';
import type { StartupHook } from '../../startup.ts';
import { removeStaleImports } from './imports.service.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Start-up hook: removes imports never committed and older than IMPORT_KEEP_DAYS, now and then once a day (decision 056). */
export const importsStartup: StartupHook = (deps) => {
  const run = () => {
    if (!deps.db.$client.open) return;
    try {
      const removed = removeStaleImports(deps, { requestId: `import-cleanup-${randomUUID()}`, user: null, systemActor: 'systeem' });
      if (removed) deps.logger.info({ removed, keepDays: deps.config.importKeepDays }, 'stale imports removed');
    } catch (err) {
      deps.logger.error({ err }, 'removing stale imports failed');
    }
  };
  run();
  const timer = setInterval(run, DAY_MS);
  timer.unref();
  return { stop: () => clearInterval(timer) };
};
