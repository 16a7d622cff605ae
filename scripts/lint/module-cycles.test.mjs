import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { buildModuleGraph, describeCycles, findCycles, importSpecifiers } from './module-cycles.mjs';

const modulesDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../server/src/modules');

describe('server modules', () => {
  it('import each other without a folder-level cycle', () => {
    const graph = buildModuleGraph(modulesDir);
    expect(graph.size).toBeGreaterThan(5);
    expect(describeCycles(graph, findCycles(graph))).toEqual([]);
  });
});

describe('the cycle check', () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'akkoord-modules-'));
  afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));
  const write = (file, text) => {
    fs.mkdirSync(path.dirname(path.join(tmp, file)), { recursive: true });
    fs.writeFileSync(path.join(tmp, file), text);
  };

  it('finds a cycle through three modules and names the imports that make it', () => {
    write('a/a.service.ts', "import { b } from '../b/b.service.ts';\n");
    write('b/b.service.ts', "import type { C } from '../c/c.repo.ts';\nimport '../../lib/x.ts';\n");
    write('c/c.repo.ts', "export { a } from '../a/a.service.ts';\n");
    write('d/d.service.ts', "import { a } from '../a/a.service.ts';\n");
    write('d/d.test.ts', "import { x } from '../c/c.repo.ts';\n");
    const graph = buildModuleGraph(tmp);
    expect(findCycles(graph)).toEqual([['a', 'b', 'c']]);
    expect(describeCycles(graph, findCycles(graph))[0]).toContain('c → a: c/c.repo.ts → ../a/a.service.ts');
  });

  it('reads every form of import', () => {
    const text =
      "import a from './a.ts';\nimport type { B } from './b.ts';\nimport './c.ts';\nexport * from './d.ts';\nimport {\n  e,\n} from './e.ts';\nconst f = await import('./f.ts');";
    expect(importSpecifiers(text)).toEqual(['./a.ts', './b.ts', './c.ts', './d.ts', './e.ts', './f.ts']);
  });
});
