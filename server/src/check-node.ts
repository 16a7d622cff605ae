/**
 * The server's first import (main.ts): stops on an unsupported Node before
 * any module opens a database (decision 037). Its own module, so that it runs
 * before the modules that main.ts imports after it.
 */
import { isSupportedNode, unsupportedNodeMessage } from './lib/supported-node.ts';

if (!isSupportedNode(process.versions.node)) {
  console.error(`\n${unsupportedNodeMessage(process.versions.node)}\n`);
  process.exit(1);
}
