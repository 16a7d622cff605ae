// Which Node versions Akkoord supports (decision 037), for the scripts that
// may run on any Node (check-node.mjs, postinstall.mjs): plain JavaScript, the
// same rule and message as server/src/lib/supported-node.ts (a test holds them
// and package.json's `engines` equal).

/** Whether a Node version (`24.21.0` or `v24.21.0`) is one Akkoord supports (`^22.12 || ^24.11`). */
export function isSupportedNode(version) {
  const [major, minor] = version.replace(/^v/, '').split('.').map(Number);
  return (major === 22 && minor >= 12) || (major === 24 && minor >= 11);
}

/** The message for an unsupported Node, in Dutch like the rest of the start-up text. */
export function unsupportedNodeMessage(version) {
  return [
    `Akkoord kan niet starten: Node.js ${version.replace(/^v/, '')} wordt niet ondersteund.`,
    'Ondersteund en getest: Node.js 22 (vanaf 22.12) en Node.js 24 LTS (vanaf 24.11).',
    'Gebruik `npm start`: dat draait op de Node.js 24 die `npm install` in node_modules zet,',
    'of installeer Node.js 24 LTS (nodejs.org of de pakketbron van uw systeem).',
  ].join('\n');
}
