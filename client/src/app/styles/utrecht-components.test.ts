import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const here = path.dirname(fileURLToPath(import.meta.url));
const clientRoot = path.resolve(here, '../../..');
const utrechtPackages = path.resolve(clientRoot, '../node_modules/@utrecht');

/** The component class (block) of a class name: "utrecht-button--primary-action" → "utrecht-button". */
const blockOf = (className: string) => className.split(/--|__/)[0]!;

/** Which @utrecht package's stylesheet defines each block class. */
function definedBlocks(): Map<string, Set<string>> {
  const blocks = new Map<string, Set<string>>();
  for (const pkg of fs.readdirSync(utrechtPackages)) {
    if (pkg === 'component-library-css') continue;
    const css = path.join(utrechtPackages, pkg, 'dist/index.css');
    if (!fs.existsSync(css)) continue;
    for (const [, name] of fs.readFileSync(css, 'utf8').matchAll(/\.(utrecht-[a-z0-9_-]+)/g)) {
      const block = blockOf(name!);
      blocks.set(block, (blocks.get(block) ?? new Set()).add(pkg));
    }
  }
  return blocks;
}

/** The utrecht-* classes written in the app's markup (not custom properties such as var(--utrecht-…)). */
function usedBlocks(): Set<string> {
  const files: string[] = [path.join(clientRoot, 'index.html')];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(p);
      else if (/\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name)) files.push(p);
    }
  };
  walk(path.join(clientRoot, 'src'));
  const used = new Set<string>();
  for (const file of files) {
    for (const [name] of fs.readFileSync(file, 'utf8').matchAll(/(?<![-\w])utrecht-[a-z0-9_-]*[a-z0-9](?![-\w.])/g)) used.add(blockOf(name));
  }
  return used;
}

const imported = new Set(
  [...fs.readFileSync(path.join(here, 'utrecht-components.ts'), 'utf8').matchAll(/^import '@utrecht\/([a-z0-9-]+)\/dist\/index\.css';$/gm)].map((m) => m[1]!),
);

describe('the Utrecht component stylesheets the app ships', () => {
  it('include the stylesheet of every Utrecht component class the markup uses', () => {
    const defined = definedBlocks();
    const missing = [...usedBlocks()].filter((block) => {
      const packages = defined.get(block);
      if (!packages) return true;
      return !packages.has('design-tokens') && ![...packages].some((p) => imported.has(p));
    });
    expect(missing).toEqual([]);
  });

  it('include no stylesheet of a component the markup does not use', () => {
    const defined = definedBlocks();
    const used = usedBlocks();
    const unused = [...imported].filter((pkg) => ![...used].some((block) => defined.get(block)?.has(pkg)));
    expect(unused).toEqual([]);
  });

  it('do not import the whole component library', () => {
    const main = fs.readFileSync(path.join(clientRoot, 'src/main.tsx'), 'utf8');
    expect(main).not.toContain('@utrecht/component-library-css');
    expect(main).toContain('./app/styles/utrecht-components.ts');
  });
});
