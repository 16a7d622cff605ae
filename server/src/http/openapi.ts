import { z } from 'zod';
import { problemSchema } from '@akkoord/shared/schemas/common';
import type { RouteDef } from './route.ts';
import { allowedRoles } from './authorize.ts';
import { answersDuringPasswordChange } from './password-change.ts';

type JsonSchema = Record<string, unknown>;

function toSchema(schema: z.ZodType, io: 'input' | 'output'): JsonSchema {
  const json = z.toJSONSchema(schema, { io, unrepresentable: 'any', target: 'draft-2020-12' }) as JsonSchema;
  delete json.$schema;
  return json;
}

/** Query and path parameters, one per property of the zod object. */
function parametersOf(schema: z.ZodType | undefined, where: 'query' | 'path'): unknown[] {
  if (!schema) return [];
  const json = toSchema(schema, 'input');
  const props = (json.properties ?? {}) as Record<string, JsonSchema>;
  const required = new Set((json.required as string[] | undefined) ?? []);
  return Object.entries(props).map(([name, prop]) => ({
    name,
    in: where,
    required: where === 'path' || required.has(name),
    ...(prop.description ? { description: prop.description } : {}),
    schema: prop,
  }));
}

const toOpenApiPath = (p: string) => p.replace(/:([A-Za-z0-9_]+)(\.[a-z]+)?/g, (_m, name: string, ext?: string) => `{${name}}${ext ?? ''}`);

/** The OpenAPI 3.1 document, generated from the route definitions and their shared zod schemas. */
export function buildOpenApi(defs: RouteDef[], info: { version: string }): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const def of defs) {
    const responses: Record<string, unknown> = {};
    for (const [status, doc] of Object.entries(def.responses)) {
      responses[status] = {
        description: doc.description,
        ...(doc.schema ? { content: { [doc.contentType ?? 'application/json']: { schema: toSchema(doc.schema, 'output') } } } : {}),
      };
    }
    const problem = { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } };
    const answersTemporaryPassword = answersDuringPasswordChange(def);
    if (!answersTemporaryPassword) {
      responses['403'] ??= {
        description: 'Refused: the role may not (`forbidden`), or the signed-in user must first change a temporary password (`password_change_required`)',
        content: problem,
      };
    }
    responses['4XX'] = { description: 'Problem (RFC 9457)', content: problem };
    const roles = 'public' in def.access ? 'public' : allowedRoles(def.access.resource, def.access.action);
    paths[toOpenApiPath(def.path)] ??= {};
    paths[toOpenApiPath(def.path)]![def.method] = {
      operationId: `${def.method}${toOpenApiPath(def.path).replace(/[^A-Za-z0-9]+(.)?/g, (_m, c?: string) => (c ? c.toUpperCase() : ''))}`,
      summary: def.summary,
      ...(def.description ? { description: def.description } : {}),
      tags: def.tags,
      parameters: [
        ...parametersOf(def.params, 'path'),
        ...parametersOf(def.query, 'query'),
        ...(def.headers ?? []).map((h) => ({ name: h.name, in: 'header', required: !!h.required, description: h.description, schema: { type: 'string' } })),
      ],
      ...(def.body ? { requestBody: { required: true, content: { 'application/json': { schema: toSchema(def.body, 'input') } } } } : {}),
      ...(def.largeJson ? { requestBody: { required: true, content: { 'application/json': { schema: toSchema(def.largeJson, 'input') } } } } : {}),
      ...(def.form ? { requestBody: { required: true, content: { 'multipart/form-data': { schema: toSchema(def.form, 'input') } } } } : {}),
      responses,
      'x-access':
        'public' in def.access
          ? { public: true }
          : { ...def.access, roles, allowedDuringPasswordChange: answersTemporaryPassword, ...(def.browserSessionOnly ? { browserSessionOnly: true } : {}) },
      // Signed-in routes need the session cookie (writes also the session's CSRF token) or an API token (decision 057).
      security: 'public' in def.access ? [] : [def.method === 'get' ? { session: [] } : { session: [], csrf: [] }, ...(def.browserSessionOnly ? [] : [{ bearer: [] }])],
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Akkoord API',
      version: info.version,
      description:
        'Register of agreements, their parties, chains and deadlines. JSON, camelCase; errors are application/problem+json. ' +
        'A user signed in with a temporary password gets 403 `password_change_required` from every signed-in route except those whose `x-access` says `allowedDuringPasswordChange`.',
      license: { name: 'EUPL-1.2', identifier: 'EUPL-1.2' },
    },
    servers: [{ url: '/' }],
    paths,
    components: {
      schemas: { Problem: toSchema(problemSchema, 'output') },
      securitySchemes: {
        session: { type: 'apiKey', in: 'cookie', name: 'akkoord_session', description: 'Set by POST /api/session (named __Host-akkoord_session over https)' },
        csrf: { type: 'apiKey', in: 'header', name: 'X-CSRF-Token', description: 'The csrfToken of GET /api/session; required on every cookie-authenticated write' },
        bearer: {
          type: 'http',
          scheme: 'bearer',
          bearerFormat: 'akk_…',
          description:
            'A personal access token from POST /api/me/tokens (account page: "API-tokens"): `Authorization: Bearer akk_…`. Acts as its account, with its role and scope; no cookie, so no CSRF token. ' +
            '`read` tokens answer 403 on writes; revoked, expired or unknown tokens 401. Limited per token (API_TOKEN_RATE_LIMIT a minute, then 429). ' +
            'Example, the register as CSV for Excel or Power BI: `curl -H "Authorization: Bearer akk_…" "https://akkoord.example.nl/api/agreements/export.csv?lang=nl" -o register.csv`',
        },
      },
    },
  };
}
