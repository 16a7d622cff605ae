// The Node check of `npm start` (scripts/start.mjs imports it first): on an
// unsupported Node it says which one runs and how to get a supported one, and
// stops, before building the app or loading native modules (decision 037).
import { isSupportedNode, unsupportedNodeMessage } from './node-version.mjs';

if (!isSupportedNode(process.versions.node)) {
  console.error(`\n${unsupportedNodeMessage(process.versions.node)}\n`);
  process.exit(1);
}
