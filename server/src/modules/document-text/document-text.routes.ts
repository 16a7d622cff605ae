import { documentVersionParamsSchema, documentVersionTextSchema } from '@akkoord/shared/schemas/document-text';
import { defineRoute, type RouteDef } from '../../http/route.ts';
import { getVersionText } from './document-text.service.ts';

/** The text that extraction read from a document version (issue 13, item 5; decision 045). */
export const documentTextRoutes: RouteDef[] = [
  defineRoute({
    method: 'get',
    path: '/api/documents/:id/versions/:version/text',
    summary: "A document version's text, page by page",
    description:
      'Extraction runs after upload, off the main thread (decision 046): `pending` until then. Readable by everyone who may read the document (its agreement); outside the caller’s collaborations 404.',
    tags: ['Documents'],
    access: { resource: 'document', action: 'read' },
    params: documentVersionParamsSchema,
    responses: { 200: { description: 'The text status and pages', schema: documentVersionTextSchema } },
    handler: ({ deps, ctx, params }) => ({ body: getVersionText(deps, ctx, params.id, params.version) }),
  }),
];
