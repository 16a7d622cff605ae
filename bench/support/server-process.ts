import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildServer, serverArgs, serverEnv } from '../../scripts/build-server.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export interface RunningServer {
  url: string;
  pid: number;
  child: ChildProcess;
  /** Milliseconds from spawn until the server printed its URL. */
  startMs: number;
  stop(): Promise<void>;
}

let built: Promise<void> | undefined;

/** Starts the server as `npm start` runs it (bundled, same node flags) on a free port and waits for its "draait op" line. */
export async function startServer(dataDir: string, env: Record<string, string> = {}): Promise<RunningServer> {
  await (built ??= buildServer());
  const started = performance.now();
  const child = spawn(process.execPath, serverArgs(), {
    cwd: root,
    env: serverEnv({ ...process.env, DATA_DIR: dataDir, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn', ...env }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const m = /draait op (http:\/\/localhost:\d+)/.exec(output);
      if (m) resolve(m[1]!.replace('localhost', '127.0.0.1'));
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (c: Buffer) => (output += c.toString()));
    child.once('exit', (code) => reject(new Error(`server exited (${code}) before listening:\n${output}`)));
    setTimeout(() => reject(new Error(`server did not start in 180 s:\n${output}`)), 180_000).unref();
  });
  const startMs = Math.round(performance.now() - started);
  return {
    url,
    pid: child.pid!,
    child,
    startMs,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

/** Resident memory of a process in MB (Linux /proc): now, or the highest it has been (`peak`, VmHWM). */
export function rssMb(pid: number, which: 'now' | 'peak' = 'now'): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number((which === 'now' ? /VmRSS:\s+(\d+)/ : /VmHWM:\s+(\d+)/).exec(status)?.[1] ?? 0);
  return Math.round(kb / 1024);
}
