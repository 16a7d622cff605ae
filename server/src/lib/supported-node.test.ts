import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as scripts from '../../../scripts/node-version.mjs';
import { isSupportedNode, SUPPORTED_NODE, unsupportedNodeMessage } from './supported-node.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const VERSIONS = ['18.20.8', '20.19.0', '20.20.2', '22.11.0', '22.12.0', '22.23.3', 'v22.23.3', '23.11.1', '24.0.0', '24.10.0', '24.11.0', '24.21.0', '25.2.0', '26.12.1'];
const SUPPORTED = ['22.12.0', '22.23.3', 'v22.23.3', '24.11.0', '24.21.0'];

describe('the supported Node versions', () => {
  it('are exactly the tested lines that package.json names: 22 from 22.12 and 24 LTS', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { engines: { node: string } };
    expect(pkg.engines.node).toBe(SUPPORTED_NODE);
    expect(VERSIONS.filter(isSupportedNode)).toEqual(SUPPORTED);
    // npm start's own check (plain JavaScript) answers the same, with the same message.
    expect(VERSIONS.filter(scripts.isSupportedNode)).toEqual(SUPPORTED);
    expect(scripts.unsupportedNodeMessage('20.20.2')).toBe(unsupportedNodeMessage('20.20.2'));
  });

  it('this test runs on one of them', () => {
    expect(isSupportedNode(process.versions.node)).toBe(true);
  });

  it('names the running version and how to get a supported one', () => {
    const message = unsupportedNodeMessage('v20.20.2');
    expect(message).toContain('Node.js 20.20.2 wordt niet ondersteund');
    expect(message).toContain('npm start');
    expect(message).toContain('Node.js 24 LTS');
  });

  // These machines' system Node is 20: starting Akkoord on it must say so, not crash in native code.
  const systemNode = ['/usr/bin/node', '/usr/local/bin/node'].find((p) => fs.existsSync(p) && !isSupportedNode(spawnSync(p, ['--version'], { encoding: 'utf8' }).stdout.trim()));
  it.skipIf(!systemNode)(
    'stops npm start and the server on an unsupported Node with that message, before touching a database',
    () => {
      const dataDir = fs.mkdtempSync(path.join(root, 'node_modules/.akkoord-unsupported-'));
      try {
        for (const args of [['scripts/start.mjs'], ['--import', 'tsx', 'server/src/main.ts']]) {
          const r = spawnSync(systemNode!, args, { cwd: root, env: { ...process.env, DATA_DIR: dataDir, PORT: '0' }, encoding: 'utf8', timeout: 30_000 });
          expect(r.status).toBe(1);
          expect(r.stderr).toMatch(/Akkoord kan niet starten: Node\.js \d+\.\d+\.\d+ wordt niet ondersteund/);
          expect(r.stderr).not.toMatch(/Assertion|Error:/);
          expect(fs.readdirSync(dataDir)).toEqual([]);
        }
      } finally {
        fs.rmSync(dataDir, { recursive: true, force: true });
      }
    },
    60_000,
  );
});
