#!/usr/bin/env node
// Warns early when Node is too old for the pinned stack (vite 8 needs >= 20.19).
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 20 || (major === 20 && minor < 19)) {
  console.warn(`\nAkkoord needs Node.js 20.19 or newer; this is ${process.versions.node}.\n`);
}
