import type { Plugin, Rollup } from 'vite';

/** The most JavaScript (bytes, minified) the first-load preload script may load before it runs: a few KB, not the app. */
export const PRELOAD_SCRIPT_BUDGET = 16 * 1024;

/**
 * index.html's first script (client/src/first-load/preload.ts) starts the first screen's data requests before the
 * app's code has arrived; that is only worth it while it loads nothing but a few small, zod-free modules. Fails the
 * build when it would wait for more (a module it imports that the chunk groups in vite.config.ts leave in the app).
 */
export function checkPreloadEntry(bundle: Rollup.OutputBundle | undefined): string | null {
  const chunks = new Map(Object.values(bundle ?? {}).flatMap((out) => (out.type === 'chunk' ? [[out.fileName, out] as const] : [])));
  const isPreload = (id: string | null) => /[\\/]first-load[\\/]preload\.ts$/.test(id ?? '');
  const entry = [...chunks.values()].find((c) => c.moduleIds.some(isPreload));
  if (!entry) return null;
  if (!isPreload(entry.facadeModuleId)) {
    throw new Error(`The first-load preload script was bundled into ${entry.fileName}, not its own entry chunk: keep it out of the chunk groups in client/vite.config.ts.`);
  }
  const loaded = new Set<string>();
  const visit = (name: string) => {
    if (loaded.has(name)) return;
    loaded.add(name);
    for (const next of chunks.get(name)?.imports ?? []) visit(next);
  };
  visit(entry.fileName);
  const bytes = [...loaded].reduce((sum, name) => sum + (chunks.get(name)?.code.length ?? 0), 0);
  if (bytes > PRELOAD_SCRIPT_BUDGET) {
    throw new Error(
      `The first-load preload script loads ${bytes} bytes (${[...loaded].join(', ')}), more than ${PRELOAD_SCRIPT_BUDGET}: add the modules it imports to FIRST_LOAD_MODULES in client/vite.config.ts.`,
    );
  }
  return entry.fileName;
}

/**
 * Hints in index.html that let the browser fetch, while it still parses the entry chunk, what every first load
 * needs next: the chunk of code shared by the routes (and its stylesheet), and the session (`GET /api/session`),
 * which the app asks for before it renders a page. `crossorigin="anonymous"` makes the preloaded session request
 * match the app's own `fetch` (same-origin credentials), so the app takes the answer instead of asking again.
 */
/** The pages whose first load fetches their code and data at once (client/src/first-load/route-data.ts), by route module. */
export const FIRST_LOAD_ROUTES: Record<string, string> = { '/': 'src/app/routes/dashboard.tsx', '/agreements': 'src/app/routes/register.tsx' };

/** The `<meta name="akkoord-route-code">` content: "<pathname> <chunk>" per page, comma-separated. */
export function routeCodeHint(bundle: Rollup.OutputBundle | undefined, routes = FIRST_LOAD_ROUTES): string {
  const chunks = Object.values(bundle ?? {}).flatMap((out) => (out.type === 'chunk' && out.isDynamicEntry ? [out] : []));
  return Object.entries(routes)
    .flatMap(([pathname, module]) => {
      const chunk = chunks.find((c) => (c.facadeModuleId ?? '').replaceAll('\\', '/').endsWith(`/${module}`));
      return chunk ? [`${pathname} /${chunk.fileName}`] : [];
    })
    .join(', ');
}

export function firstLoadHints(sharedChunkName = 'shared'): Plugin {
  return {
    name: 'akkoord-first-load-hints',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const tags: { tag: string; attrs: Record<string, string>; injectTo: 'head' }[] = [
          { tag: 'link', attrs: { rel: 'preload', href: '/api/session', as: 'fetch', crossorigin: 'anonymous' }, injectTo: 'head' },
          // Read by the preload script: the code of the page being opened, fetched beside the app's instead of after it.
          { tag: 'meta', attrs: { name: 'akkoord-route-code', content: routeCodeHint(ctx.bundle) }, injectTo: 'head' },
        ];
        for (const out of Object.values(ctx.bundle ?? {})) {
          if (out.type !== 'chunk' || out.name !== sharedChunkName) continue;
          tags.push({ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: '', href: `/${out.fileName}` }, injectTo: 'head' });
          for (const css of out.viteMetadata?.importedCss ?? []) tags.push({ tag: 'link', attrs: { rel: 'stylesheet', crossorigin: '', href: `/${css}` }, injectTo: 'head' });
        }
        // Module scripts run in document order: the preload script goes before the app's first script, or it would
        // wait for the app's code.
        const preload = checkPreloadEntry(ctx.bundle);
        if (!preload) return tags;
        const first = html.indexOf('<script');
        const script = `<script type="module" crossorigin src="/${preload}"></script>\n    `;
        return { html: first === -1 ? html.replace('</head>', `${script}</head>`) : html.slice(0, first) + script + html.slice(first), tags };
      },
    },
  };
}
