import type { Readable } from 'node:stream';
import type { AppDeps } from '../../deps.ts';
import { actorOf, type RequestContext } from '../../http/context.ts';
import { AppError } from '../../http/errors.ts';
import { recordAudit } from '../audit/audit.repo.ts';
import { filesOf, loadVisibleDocument } from './document-access.ts';
import { findVersion, hasRecentDownload } from './documents.repo.ts';

/** What `req.range(size)` answers (express / range-parser): ranges, -1 unsatisfiable, -2 malformed, undefined none. */
export type RangeResult = -1 | -2 | undefined | (Array<{ start: number; end: number }> & { type: string });

/** A version's bytes ready to send: status, headers and the stream of the whole file or of one range. */
export interface VersionContent {
  status: 200 | 206;
  headers: Record<string, string>;
  open(): Readable;
}

/** A viewer's later range requests within this window fold into the download event of its first request. */
const RANGE_FOLD_MS = 5 * 60 * 1000;

/** `attachment; filename="…"; filename*=UTF-8''…` (RFC 6266 / RFC 8187): an ASCII fallback and the exact name. */
export function contentDisposition(kind: 'attachment' | 'inline', fileName: string): string {
  const ascii = fileName
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\x20-\x7e]/g, '_')
    .replace(/["\\]/g, '_');
  const exact = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `${kind}; filename="${ascii}"; filename*=UTF-8''${exact}`;
}

/**
 * One version's content for the caller (issue 13 item 3): its sniffed type, an RFC 6266 file name, `nosniff`,
 * one byte range when asked (`Range`, `If-Range` on the ETag), inline only for PDFs and then under a sandbox CSP.
 * Every download is an audit event (item 4); a viewer's range requests after its first are folded into it.
 */
export async function openVersionContent(
  deps: AppDeps,
  ctx: RequestContext,
  opts: { id: number; version: number; disposition: 'attachment' | 'inline'; rangeOf: (size: number) => RangeResult; ifRange: string | undefined },
): Promise<VersionContent> {
  const doc = loadVisibleDocument(deps, ctx, opts.id);
  if (doc.agreementDestroyedAt) throw new AppError('not_found', `Het bestand van document ${opts.id} is vernietigd (Archiefwet); alleen het vernietigingsrecord is er nog`);
  const v = findVersion(deps.db, opts.id, opts.version);
  if (!v) throw new AppError('not_found', `Document ${opts.id} heeft geen versie ${opts.version}`);
  if (opts.disposition === 'inline' && v.mediaType !== 'application/pdf') {
    throw new AppError('bad_request', 'Alleen PDF-bestanden kunnen in de browser worden getoond', {
      errors: [{ field: 'query.disposition', message: 'inline kan alleen bij PDF; download het bestand' }],
    });
  }
  const store = filesOf(deps);
  if (!(await store.has(v.sha256))) throw new Error(`document ${opts.id} version ${opts.version}: file ${v.sha256} is missing from the store`);

  const etag = `"${v.sha256}"`;
  const ranges = opts.ifRange === undefined || opts.ifRange === etag ? opts.rangeOf(v.sizeBytes) : undefined;
  if (ranges === -1) {
    throw new AppError('range_not_satisfiable', `Het bestand is ${v.sizeBytes} bytes groot`, { extra: { size: v.sizeBytes } });
  }
  const one = Array.isArray(ranges) && ranges.type === 'bytes' && ranges.length === 1 ? ranges[0]! : undefined;

  const now = deps.clock.now();
  const actor = actorOf(ctx);
  const continuation = one !== undefined && one.start > 0 && hasRecentDownload(deps.db, doc.id, v.version, actor.actorId, new Date(now.getTime() - RANGE_FOLD_MS).toISOString());
  if (!continuation) {
    recordAudit(deps.db, {
      at: now.toISOString(),
      ...actor,
      entityType: 'document',
      entityId: doc.id,
      action: 'download',
      after: {
        agreementId: doc.agreementId,
        version: v.version,
        sha256: v.sha256,
        fileName: v.fileName,
        disposition: opts.disposition,
        ...(one ? { range: `${one.start}-${one.end}` } : {}),
      },
      requestId: ctx.requestId,
    });
  }

  const headers: Record<string, string> = {
    'Content-Type': v.mediaType === 'text/plain' ? 'text/plain; charset=utf-8' : v.mediaType,
    'Content-Disposition': contentDisposition(opts.disposition, v.fileName),
    'X-Content-Type-Options': 'nosniff',
    'Accept-Ranges': 'bytes',
    ETag: etag,
    'Cache-Control': 'private, no-store',
  };
  if (opts.disposition === 'inline') {
    // The PDF runs in a unique origin without scripts, forms or navigation of the app; only the app may frame it.
    headers['Content-Security-Policy'] = "sandbox; default-src 'none'; frame-ancestors 'self'";
    headers['X-Frame-Options'] = 'SAMEORIGIN';
  }
  if (one) {
    headers['Content-Range'] = `bytes ${one.start}-${one.end}/${v.sizeBytes}`;
    headers['Content-Length'] = String(one.end - one.start + 1);
    return { status: 206, headers, open: () => store.open(v.sha256, one) };
  }
  headers['Content-Length'] = String(v.sizeBytes);
  return { status: 200, headers, open: () => store.open(v.sha256) };
}
