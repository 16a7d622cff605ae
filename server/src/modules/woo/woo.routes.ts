import { z } from 'zod';
import { idParamSchema } from '@akkoord/shared/schemas/common';
import { AppError } from '../../http/errors.ts';
import { defineRoute, type RouteDef } from '../../http/route.ts';
import { contentDisposition } from '../documents/download-version.ts';
import { renderPublicAgreement, renderPublicList } from './woo-pages.ts';
import { categoryOfInfocat } from '@akkoord/shared/woo/woo';
import { buildRobotsTxt, buildWooSitemap, buildWooSitemapIndex } from './woo-sitemap.ts';
import { getPublicAgreement, listPublicAgreements, listPublishedCategories, openPublicFile } from './woo.service.ts';

const tags = ['Woo'];
const langQuery = z.object({ lang: z.enum(['nl', 'en']).default('nl') });
/** Public and unauthenticated: limited per client address, generously for people, firmly for scrapers. */
const rateLimit = { windowMs: 60_000, limit: 120, detail: 'Te veel verzoeken vanaf dit adres; probeer het over een minuut opnieuw' };
/** Not published and never existed answer alike (the one error shape, problem+json). */
const notPublished = () => new AppError('not_found', 'Deze overeenkomst is niet (meer) openbaar gemaakt / this agreement is not (or no longer) published');
const htmlHeaders = { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'public, max-age=300' };
const xmlHeaders = { 'Content-Type': 'application/xml; charset=utf-8', 'Cache-Control': 'public, max-age=300' };
/** The Woo-index's number of an information category (art. 3.3 in the law's order: 001–017). */
const infocat = z
  .string()
  .regex(/^\d{3}$/)
  .refine((n) => categoryOfInfocat(n) !== undefined, 'Een informatiecategorie van de Woo: 001 tot en met 017')
  .transform((n) => categoryOfInfocat(n)!)
  .describe('Woo information category by its Woo-index number, 001–017 (art. 3.3 in order; 011 = convenanten)');

/**
 * The Woo's public side (decision 058): the published agreements as server-rendered pages, their
 * files and the sitemap with DiWoo metadata for the Woo-index. Only the published set is read, and
 * only the fields that may be public (woo.repo.ts).
 */
export const wooRoutes: RouteDef[] = [
  defineRoute({
    method: 'get',
    path: '/openbaar',
    summary: 'Public page: every published agreement (Woo), unauthenticated',
    description:
      'Server-rendered HTML (`lang` nl or en): title, parties, dates, information category and publication of each published or partly published agreement; nothing else.',
    tags,
    access: { public: true },
    rateLimit,
    query: langQuery,
    responses: { 200: { description: 'HTML page', contentType: 'text/html' }, 429: { description: 'Too many requests from this address' } },
    handler: ({ deps, query, res }) =>
      void res
        .status(200)
        .set(htmlHeaders)
        .send(renderPublicList(listPublicAgreements(deps), query.lang)),
  }),
  defineRoute({
    method: 'get',
    path: '/openbaar/:id',
    summary: 'Public page of one published agreement (Woo), unauthenticated',
    description: 'An agreement that is not published answers 404 exactly like one that does not exist.',
    tags,
    access: { public: true },
    rateLimit,
    params: idParamSchema,
    query: langQuery,
    responses: {
      200: { description: 'HTML page', contentType: 'text/html' },
      404: { description: 'Not published (or no such agreement)', contentType: 'application/problem+json' },
    },
    handler: ({ deps, params, query, res }) => {
      const a = getPublicAgreement(deps, params.id);
      if (!a) throw notPublished();
      res.status(200).set(htmlHeaders).send(renderPublicAgreement(a, query.lang));
    },
  }),
  defineRoute({
    method: 'get',
    path: '/openbaar/:id/bestand',
    summary: 'The published file of a published agreement (Woo), unauthenticated',
    tags,
    access: { public: true },
    rateLimit,
    params: idParamSchema,
    responses: { 200: { description: 'The file as published', contentType: 'application/octet-stream' }, 404: { description: 'Not published, or no file' } },
    handler: ({ deps, params, res }) => {
      const file = openPublicFile(deps, params.id);
      if (!file) throw notPublished();
      res.status(200).set({
        'Content-Type': file.mediaType,
        'Content-Length': String(file.sizeBytes),
        'Content-Disposition': contentDisposition('attachment', file.fileName),
        'Cache-Control': 'public, max-age=300',
        'X-Content-Type-Options': 'nosniff',
      });
      file.stream.on('error', () => res.destroy()).pipe(res);
    },
  }),
  defineRoute({
    method: 'get',
    path: '/woo/sitemap.xml',
    summary: 'Sitemap of the published agreements with DiWoo metadata (0.9.8), for the Woo-index harvester',
    description: 'Every published agreement, or with `infocat` only those of one information category (the sitemap its sitemap index names).',
    tags,
    access: { public: true },
    rateLimit,
    query: z.object({ infocat: infocat.optional() }),
    responses: { 200: { description: 'sitemaps.org urlset with diwoo:Document per URL', contentType: 'application/xml' } },
    handler: ({ deps, query, res }) =>
      void res
        .status(200)
        .set(xmlHeaders)
        .send(buildWooSitemap(listPublicAgreements(deps, query.infocat), deps.config.publicUrl, deps.config.wooPublisher)),
  }),
  defineRoute({
    method: 'get',
    path: '/woo/sitemapindex-diwoo-infocat:nr.xml',
    summary: 'Sitemap index of one Woo information category, named as the Woo-index harvester requires',
    description: '`nr` is the category number 001–017 (011 = convenanten); the index names the sitemap of that category.',
    tags,
    access: { public: true },
    rateLimit,
    params: z.object({ nr: infocat }),
    responses: {
      200: { description: 'sitemaps.org sitemapindex', contentType: 'application/xml' },
      400: { description: 'Not a category number 001–017', contentType: 'application/problem+json' },
    },
    handler: ({ deps, params, res }) => void res.status(200).set(xmlHeaders).send(buildWooSitemapIndex(params.nr, deps.config.publicUrl)),
  }),
  defineRoute({
    method: 'get',
    path: '/robots.txt',
    summary: 'robots.txt: only the public Woo pages may be crawled; names the sitemap index of each published information category',
    tags,
    access: { public: true },
    rateLimit,
    responses: { 200: { description: 'robots.txt (RFC 9309) with Sitemap lines', contentType: 'text/plain' } },
    handler: ({ deps, res }) =>
      void res
        .status(200)
        .set({ 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'public, max-age=300' })
        .send(buildRobotsTxt(listPublishedCategories(deps), deps.config.publicUrl)),
  }),
];
