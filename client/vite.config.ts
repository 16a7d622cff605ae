import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { FIRST_LOAD_ROUTES, firstLoadHints } from './vite/first-load-hints.ts';
import { precompress } from './vite/precompress.ts';

const apiTarget = process.env.AKKOORD_API ?? 'http://localhost:3000';

/** index.html's first script: its own entry chunk, never grouped. */
const PRELOAD_SCRIPT = /[\\/]client[\\/]src[\\/]first-load[\\/]preload\.ts$/;
/** What client/src/first-load/preload.ts imports (zod-free, a few KB): kept out of the app's chunk. */
const FIRST_LOAD_MODULES =
  /[\\/](client[\\/]src[\\/](first-load[\\/]route-data|lib[\\/]api-url|lib[\\/]format[\\/]today|features[\\/]agreements[\\/]filters|features[\\/]dashboard[\\/]queries)|shared[\\/]src[\\/](domain[\\/]enums|dates[\\/]calendar-day))\.ts$/;

/** The forms' own modules (see the `forms` group below). */
const FORM_MODULES =
  /[\\/]client[\\/]src[\\/]features[\\/](agreements[\\/](components[\\/]agreement-form|form[\\/])|organisations[\\/](components[\\/](organisation-form-dialog|new-organisation-button)|organisation-form-values)|api-tokens[\\/])/;

/** Modules of the `pages` group below. */
const PAGE_MODULES = /[\\/]client[\\/]src[\\/](features[\\/]agreements[\\/]components[\\/]register-filters|components[\\/]domain[\\/]audit-values|lib[\\/]svg-export)\.tsx?$/;

/**
 * Every module the app's entry or a first-load page (the dashboard, the register) imports statically, directly or not:
 * filled from the module graph when the build has read every module, before the chunks are made.
 */
const firstLoadGraph = new Set<string>();
const FIRST_LOAD_ROOTS = [
  /[\\/]client[\\/]src[\\/]main\.tsx$/,
  ...Object.values(FIRST_LOAD_ROUTES).map((m) => new RegExp(`[\\\\/]client[\\\\/]${m.replaceAll('/', '[\\\\/]').replaceAll('.', '\\.')}$`)),
];
function firstLoadModuleGraph(): Plugin {
  return {
    name: 'akkoord-first-load-graph',
    apply: 'build',
    buildEnd() {
      firstLoadGraph.clear();
      const stack = [...this.getModuleIds()].filter((id) => FIRST_LOAD_ROOTS.some((root) => root.test(id)));
      if (stack.length !== FIRST_LOAD_ROOTS.length) this.error(`first-load roots not all found in the module graph: ${stack.join(', ')}`);
      for (let id = stack.pop(); id !== undefined; id = stack.pop()) {
        if (firstLoadGraph.has(id)) continue;
        firstLoadGraph.add(id);
        stack.push(...(this.getModuleInfo(id)?.importedIds ?? []));
      }
    },
  };
}

// The SPA builds to client/dist, which the server serves next to /api.
export default defineConfig({
  plugins: [react(), firstLoadModuleGraph(), firstLoadHints(), precompress()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: false,
    target: 'es2022',
    // The budget (issue 5) is checked by bench/client.bench.ts; warn early here too.
    chunkSizeWarningLimit: 350,
    rolldownOptions: {
      // index.html's first script is an entry of its own (first-load-hints.ts puts it into the HTML): a script tag
      // in index.html would make it part of the app's entry, run only once the app's code has arrived.
      input: { index: 'index.html', preload: 'src/first-load/preload.ts' },
      output: {
        // Few files rather than many: over HTTP/1.1 (six connections) some fifty tiny chunks queued behind each
        // other on a first load (decision 031). What the entry needs at start is one chunk; what two or more
        // lazy routes share is one more; each route keeps its own chunk, and the chain graph's layout worker
        // (elkjs) stays apart.
        codeSplitting: {
          groups: [
            // The first-load preloads (index.html's first script) and the few zod-free modules they share with the
            // app: a chunk of their own, so that script never waits for the app's code (first-load-hints.ts checks).
            { name: 'first-load', test: FIRST_LOAD_MODULES, priority: 4 },
            { name: 'app', tags: ['$initial'], test: (id: string) => !PRELOAD_SCRIPT.test(id), priority: 3 },
            // The timeline and the chain graph: drawn by a few detail pages, never by the dashboard or the register.
            // Not their dependencies (tables, links, formats): those stay shared, or the dashboard would load the views.
            {
              name: 'views',
              minShareCount: 2,
              test: /[\\/]client[\\/]src[\\/]features[\\/](timeline|chain-graph)[\\/]/,
              includeDependenciesRecursively: false,
              priority: 2,
            },
            // Forms (the agreement and organisation forms, date entry, API tokens): shared by the edit, new, import and
            // account pages, never drawn by the dashboard or the register's first screen, so apart from `shared`, which
            // the dashboard loads whole (its 200 KB first-load budget, issue 5).
            { name: 'forms', minShareCount: 2, test: FORM_MODULES, includeDependenciesRecursively: false, priority: 2 },
            // What several pages share but the dashboard never draws (the register's filters, history values, SVG
            // export): kept out of `shared` likewise.
            { name: 'pages', minShareCount: 2, test: PAGE_MODULES, includeDependenciesRecursively: false, priority: 2 },
            // What several pages share: in `shared` (loaded whole by the dashboard and the register) only what a
            // first load needs; the rest, shared by other pages only, in `later`.
            { name: 'shared', minShareCount: 2, test: (id: string) => firstLoadGraph.has(id) && !/[\\/]elkjs[\\/]/.test(id), priority: 1 },
            { name: 'later', minShareCount: 2, test: (id: string) => !firstLoadGraph.has(id) && !/[\\/]elkjs[\\/]/.test(id), priority: 1 },
          ],
        },
      },
    },
  },
  server: {
    port: 5173,
    proxy: {
      '/api': { target: apiTarget, changeOrigin: false },
      '/cal': { target: apiTarget, changeOrigin: false },
    },
  },
  preview: { port: 4173 },
});
