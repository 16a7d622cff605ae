// Folder-level import cycles between server modules (decision 039): builds the graph
// "module A imports a file of module B" from the sources (tests left out: they are not
// part of what runs) and reports every cycle. Run by `npm run lint` and its own test.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const IMPORT_RE = /\b(?:import|export)\s+(?:type\s+)?(?:[^'"]*?\sfrom\s+)?['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/g;

/** The specifiers a source text imports or re-exports (static, side-effect and literal dynamic imports). */
export function importSpecifiers(text) {
  const found = [];
  for (const m of text.matchAll(IMPORT_RE)) found.push(m[1] ?? m[2]);
  return found;
}

/** module → the set of other modules it imports, from the non-test files under `modulesDir`. */
export function buildModuleGraph(modulesDir) {
  const graph = new Map();
  for (const name of fs.readdirSync(modulesDir).sort()) {
    const dir = path.join(modulesDir, name);
    if (!fs.statSync(dir).isDirectory()) continue;
    const edges = new Map();
    graph.set(name, edges);
    for (const file of fs.readdirSync(dir, { recursive: true }).map(String).sort()) {
      if (!/\.tsx?$/.test(file) || /\.(test|testing)\.tsx?$/.test(file)) continue;
      const abs = path.join(dir, file);
      for (const spec of importSpecifiers(fs.readFileSync(abs, 'utf8'))) {
        if (!spec.startsWith('.')) continue;
        const rel = path.relative(modulesDir, path.resolve(path.dirname(abs), spec)).split(path.sep);
        const target = rel[0];
        if (rel.length < 2 || target === '..' || target === name) continue;
        if (!edges.has(target)) edges.set(target, `${name}/${file} → ${spec}`);
      }
    }
  }
  return graph;
}

/** Each group of modules that import each other in a cycle (a strongly connected component, Tarjan), sorted; [] when acyclic. */
export function findCycles(graph) {
  const index = new Map();
  const low = new Map();
  const stack = [];
  const onStack = new Set();
  const cycles = [];
  let next = 0;
  const visit = (v) => {
    index.set(v, next);
    low.set(v, next);
    next++;
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v)?.keys() ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v), low.get(w)));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v), index.get(w)));
    }
    if (low.get(v) !== index.get(v)) return;
    const component = [];
    for (let w; w !== v;) {
      w = stack.pop();
      onStack.delete(w);
      component.push(w);
    }
    if (component.length > 1) cycles.push(component.sort());
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return cycles;
}

/** One line per cycle, naming for each edge inside it the first import that makes it. */
export function describeCycles(graph, cycles) {
  return cycles.map((members) => {
    const edges = members.flatMap((a) => members.filter((b) => graph.get(a)?.has(b)).map((b) => `  ${a} → ${b}: ${graph.get(a).get(b)}`));
    return `cycle between ${members.join(', ')}:\n${edges.join('\n')}`;
  });
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const modulesDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../server/src/modules');
  const graph = buildModuleGraph(modulesDir);
  const cycles = findCycles(graph);
  if (cycles.length > 0) {
    console.error(`Server modules import each other in a cycle (decision 039):\n${describeCycles(graph, cycles).join('\n')}`);
    process.exit(1);
  }
  console.log(`module-cycles: ${graph.size} server modules, no folder-level cycle`);
}
