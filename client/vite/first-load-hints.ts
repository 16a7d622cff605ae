import type { Plugin } from 'vite';

/**
 * Hints in index.html that let the browser fetch, while it still parses the entry chunk, what every first load
 * needs next: the chunk of code shared by the routes (and its stylesheet), and the session (`GET /api/session`),
 * which the app asks for before it renders a page. `crossorigin="anonymous"` makes the preloaded session request
 * match the app's own `fetch` (same-origin credentials), so the app takes the answer instead of asking again.
 */
export function firstLoadHints(sharedChunkName = 'shared'): Plugin {
  return {
    name: 'akkoord-first-load-hints',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const tags: { tag: string; attrs: Record<string, string>; injectTo: 'head' }[] = [
          { tag: 'link', attrs: { rel: 'preload', href: '/api/session', as: 'fetch', crossorigin: 'anonymous' }, injectTo: 'head' },
        ];
        for (const out of Object.values(ctx.bundle ?? {})) {
          if (out.type !== 'chunk' || out.name !== sharedChunkName) continue;
          tags.push({ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: '', href: `/${out.fileName}` }, injectTo: 'head' });
          for (const css of out.viteMetadata?.importedCss ?? []) tags.push({ tag: 'link', attrs: { rel: 'stylesheet', crossorigin: '', href: `/${css}` }, injectTo: 'head' });
        }
        return tags;
      },
    },
  };
}
