// First: stops on an unsupported Node before anything opens a database (decision 037).
import './check-node.ts';
import type { Server } from 'node:http';
import { createApp } from './app.ts';
import { createHttpServer } from './http/server.ts';
import { ConfigError, loadConfig } from './config.ts';
import { closeDatabase, openDatabase } from './db/client.ts';
import { ReadPool } from './db/read-pool.ts';
import type { AppDeps } from './deps.ts';
import { systemClock } from './lib/clock.ts';
import { createLogger } from './lib/logger.ts';
import { refreshDerived } from './modules/alerts/refresh-derived.ts';
import { importCommitWorker, importRevertWorker } from './modules/imports/commit-in-worker.ts';
import { loadTwenteRegister } from './seed/load-register.ts';
import { startupHooks } from './startup.ts';
import { connectSso, SsoStartupError } from './modules/sso/oidc-provider-connection.ts';
import { collectBatchGarbage } from './lib/release-memory.ts';

function fail(message: string): never {
  console.error(`\nAkkoord kan niet starten.\n${message}\n`);
  process.exit(1);
}

async function main(): Promise<void> {
  const started = performance.now();
  let config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) fail(err.message);
    throw err;
  }
  const logger = createLogger(config.logLevel);
  // Single sign-on (decision 060): the provider is discovered while the rest starts; a bad or unreachable issuer stops start-up.
  const ssoConnecting = config.oidc
    ? connectSso(config.oidc, config.publicUrl).catch((err: unknown) => fail(err instanceof SsoStartupError ? err.message : String(err)))
    : undefined;
  const db = openDatabase(config.databaseFile);
  // The register list reads on a worker thread with its own read-only connection (decision 018).
  const reader = new ReadPool(config.databaseFile, { cacheBytes: config.readCacheBytes, logger });
  // An import's commit and its revert (each one transaction of seconds) run on a worker thread with its own connection (decisions 056, 059).
  const deps: AppDeps = {
    db,
    config,
    clock: systemClock,
    logger,
    reader,
    importCommits: importCommitWorker(config.databaseFile),
    importReverts: importRevertWorker(config.databaseFile),
  };

  if (config.seedRegister) {
    const result = loadTwenteRegister(db, { now: systemClock.now().toISOString(), today: systemClock.today() });
    if (result.loaded) logger.info({ inserted: result.inserted }, 'Twente register loaded');
  }
  const refreshed = refreshDerived(deps, { onlyStale: true });
  logger.info(refreshed, 'lifecycle columns refreshed');

  const stops: (() => void | Promise<void>)[] = [];
  const messages: string[] = [];
  const afterListen: (() => void)[] = [];
  for (const hook of startupHooks) {
    const out = await hook(deps);
    if (out?.stop) stops.push(out.stop);
    if (out?.message) messages.push(out.message);
    if (out?.afterListen) afterListen.push(out.afterListen);
  }

  // Keep the stored status current when the calendar day changes (checked every minute, work only on a new day).
  let refreshedFor = deps.clock.today();
  const daily = setInterval(() => {
    const today = deps.clock.today();
    if (today === refreshedFor || !db.$client.open) return;
    refreshedFor = today;
    logger.info(refreshDerived(deps, { onlyStale: true }), 'lifecycle columns refreshed for a new day');
    collectBatchGarbage();
  }, 60 * 1000);
  daily.unref();

  if (ssoConnecting) {
    deps.sso = await ssoConnecting;
    logger.info({ issuer: deps.sso.config.issuer, redirectUri: deps.sso.redirectUri }, 'single sign-on with the OpenID provider');
  }
  const app = createApp(deps);
  const server = await new Promise<Server>((resolve, reject) => {
    const s = createHttpServer(app).listen(config.port, config.host, () => resolve(s));
    s.once('error', reject);
  }).catch((err: NodeJS.ErrnoException) => fail(err.code === 'EADDRINUSE' ? `Poort ${config.port} is al in gebruik. Kies een andere met PORT=…` : String(err)));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const url = `http://localhost:${port}`;
  console.log(`\nAkkoord draait op ${url}  (database: ${config.databaseFile})`);
  for (const m of messages) console.log(m);
  logger.info({ url, startupMs: Math.round(performance.now() - started) }, 'listening');
  for (const begin of afterListen) begin();

  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    clearInterval(daily);
    server.close(async () => {
      for (const stop of stops) await stop();
      await reader.close();
      closeDatabase(db);
      process.exit(0);
    });
    server.closeAllConnections();
    setTimeout(() => {
      closeDatabase(db);
      process.exit(0);
    }, 5000).unref();
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));
}

void main();
