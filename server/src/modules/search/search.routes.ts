import { searchQuerySchema, searchResultSchema } from '@akkoord/shared/schemas/search';
import { defineRoute, type RouteDef } from '../../http/route.ts';
import '../agreements/agreements.policy.ts';
import { searchEverything } from './search.service.ts';

export const searchRoutes: RouteDef[] = [
  defineRoute({
    method: 'get',
    path: '/api/search',
    summary: 'Search agreements (title, reference, parties, collaboration, notes) and the text of their documents',
    description:
      "Full-text search (SQLite FTS5, diacritics folded, prefixes), best match first (bm25). Each hit names its agreement and, for document text, the document, version and page, with a plain-text snippet and the ranges to highlight (UTF-16 offsets; never HTML). Only agreements and documents within the caller's collaborations are searched, archived ones not at all; a document's newest version with text is searched. Typed query syntax is read as words: a query without words answers no hits.",
    tags: ['Search'],
    access: { resource: 'agreement', action: 'read' },
    query: searchQuerySchema,
    responses: { 200: { description: 'A page of hits and the counts of all hits', schema: searchResultSchema } },
    handler: async ({ deps, ctx, query }) => ({ body: await searchEverything(deps, ctx, query) }),
  }),
];
