/**
 * The Node.js versions Akkoord supports: the ones it is tested on (decision
 * 037). Checked first thing when the server starts, before better-sqlite3
 * opens a database: on another Node the server stops with a message naming the
 * version and how to get a supported one instead of crashing in native code.
 * `scripts/node-version.mjs` is the same rule for `npm start` itself (plain
 * JavaScript, as it may run on any Node); a test holds the two and
 * package.json's `engines` equal.
 */

/** package.json `engines.node`: Node 22 from 22.12 and Node 24 LTS from 24.11. */
export const SUPPORTED_NODE = '^22.12 || ^24.11';

/** Whether a Node version (`24.21.0` or `v24.21.0`) is one Akkoord supports. */
export function isSupportedNode(version: string): boolean {
  const [major, minor] = version.replace(/^v/, '').split('.').map(Number);
  return (major === 22 && minor! >= 12) || (major === 24 && minor! >= 11);
}

/** The message for an unsupported Node, in Dutch like the rest of the start-up text. */
export function unsupportedNodeMessage(version: string): string {
  return [
    `Akkoord kan niet starten: Node.js ${version.replace(/^v/, '')} wordt niet ondersteund.`,
    'Ondersteund en getest: Node.js 22 (vanaf 22.12) en Node.js 24 LTS (vanaf 24.11).',
    'Gebruik `npm start`: dat draait op de Node.js 24 die `npm install` in node_modules zet,',
    'of installeer Node.js 24 LTS (nodejs.org of de pakketbron van uw systeem).',
  ].join('\n');
}
