import fs from 'node:fs';
import path from 'node:path';
import express, { type RequestHandler, type Response, type Router } from 'express';

/** Precompressed siblings the client build writes next to each hashed asset (client/vite/precompress.ts), best first. */
const ENCODINGS = [
  { coding: 'br', suffix: '.br' },
  { coding: 'gzip', suffix: '.gz' },
] as const;

const IMMUTABLE = 'public, max-age=31536000, immutable';
/** What the negotiation chose for this response: the file asked for and the coding of the sibling sent instead. */
const CHOSEN = Symbol('precompressed');
type ChosenResponse = Response & { [CHOSEN]?: { file: string; coding: string } };

/** The compressed siblings that exist, per asset name ("index-abc.js" → {"br","gzip"}), read once at start. */
function findSiblings(assets: string): Map<string, Set<string>> {
  const siblings = new Map<string, Set<string>>();
  if (!fs.existsSync(assets)) return siblings;
  const names = new Set(fs.readdirSync(assets));
  for (const name of names) {
    for (const { coding, suffix } of ENCODINGS) {
      if (!name.endsWith(suffix) || !names.has(name.slice(0, -suffix.length))) continue;
      const original = name.slice(0, -suffix.length);
      siblings.set(original, (siblings.get(original) ?? new Set()).add(coding));
    }
  }
  return siblings;
}

/**
 * Chooses the encoding of an asset from Accept-Encoding (brotli before gzip when both are acceptable) and points the
 * request at that sibling, so the static sender serves it with its own HEAD, range and 304 handling (decision 031).
 */
function negotiateEncoding(siblings: Map<string, Set<string>>): RequestHandler {
  return (req, res, next) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    if (!req.path.startsWith('/assets/')) return next();
    const name = req.path.slice('/assets/'.length);
    const available = siblings.get(name);
    if (!available) return next();
    res.vary('Accept-Encoding');
    const chosen = ENCODINGS.find(({ coding }) => available.has(coding) && req.acceptsEncodings(coding) === coding);
    if (!chosen) return next();
    (res as ChosenResponse)[CHOSEN] = { file: name, coding: chosen.coding };
    const query = req.url.indexOf('?');
    req.url = `/assets/${name}${chosen.suffix}${query === -1 ? '' : req.url.slice(query)}`;
    next();
  };
}

/**
 * The built SPA: hashed files under /assets (precompressed with brotli and gzip at build, negotiated per request,
 * cached for a year as immutable), other files of the build for an hour, and index.html (never cached without asking
 * again) for every other path outside /api and /cal, so the client's router takes over.
 */
export function clientAssets(dist: string): Router {
  const router = express.Router();
  router.use(negotiateEncoding(findSiblings(path.join(dist, 'assets'))));
  router.use(
    express.static(dist, {
      index: false,
      maxAge: '1h',
      setHeaders: (res: ChosenResponse, file) => {
        // Dot-files are refused only inside the served folder (`/.env`): both senders get the folder as their root,
        // so an install path with a dot-directory (~/.local/opt/akkoord) is not itself taken for one.
        if (path.relative(dist, file).startsWith(`assets${path.sep}`)) res.setHeader('Cache-Control', IMMUTABLE);
        const chosen = res[CHOSEN];
        if (!chosen) return;
        res.setHeader('Content-Encoding', chosen.coding);
        // The type of the file asked for, not of its .br/.gz sibling (the sender keeps a type already set).
        res.type(path.extname(chosen.file));
      },
    }),
  );
  router.get(/^\/(?!api\/|cal\/).*/i, (_req, res) => {
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile('index.html', { root: dist });
  });
  return router;
}
