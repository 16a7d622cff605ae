#!/usr/bin/env node
// After `npm install`: npm runs this with node_modules/.bin first on PATH, so
// `node` here is the Node the project's scripts will run on: the pinned Node 24
// of the `node` devDependency (decision 037). Says which one, and warns loudly
// when that is not a supported Node (the pinned one did not install).
import { isSupportedNode } from './node-version.mjs';

const version = process.versions.node;
if (isSupportedNode(version)) {
  console.log(`Akkoord: npm start, npm test en de andere npm-scripts draaien op Node.js ${version} (${process.execPath}).`);
} else {
  console.warn(
    `\nAkkoord: de npm-scripts zouden draaien op Node.js ${version}, die niet wordt ondersteund (wel: 22 vanaf 22.12, 24 vanaf 24.11).\n` +
      'De vastgezette Node.js 24 (devDependency "node") is niet geïnstalleerd: draai `npm install` opnieuw, zonder --ignore-scripts.\n',
  );
}
