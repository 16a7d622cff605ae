import { exportAgreementsQuerySchema } from '@akkoord/shared/schemas/register-export';
import { defineRoute, type RouteDef } from '../../http/route.ts';
import { XLSX_CONTENT_TYPE } from '../../http/xlsx-response.ts';
import '../agreements/agreements.policy.ts';
import { exportRegisterCsv, exportRegisterXlsx } from './register-export.service.ts';

const tags = ['Agreements'];
const description =
  'Exactly the register\'s filters, scope and order (`GET /api/agreements` without `limit` and `cursor`): every matching agreement the caller may see, streamed page by page with flat server memory. Headers and words (types, statuses, roles, yes/no) in `lang`; dates as stored, partial dates as written ("2019").';

/** The register as a file (decision 052). Declared before `/api/agreements/:id`, which would otherwise take `export.csv` as an id. */
export const registerExportRoutes: RouteDef[] = [
  defineRoute({
    method: 'get',
    path: '/api/agreements/export.csv',
    summary: 'The register as CSV (semicolons, UTF-8 with BOM, formulas neutralised)',
    description:
      description +
      ' From a script, Excel or Power BI with a personal API token (security scheme `bearer`, decision 057): ' +
      '`curl -H "Authorization: Bearer akk_…" "https://akkoord.example.nl/api/agreements/export.csv?collaboration=RTR&lang=nl" -o register.csv`; ' +
      'in Power BI: Get data → Web → Advanced, the URL and an HTTP request header `Authorization` = `Bearer akk_…`. A `read` token is enough.',
    tags,
    access: { resource: 'agreement', action: 'read' },
    query: exportAgreementsQuerySchema,
    responses: { 200: { description: 'CSV in the one dialect: semicolon separated, UTF-8 with byte-order mark, CRLF', contentType: 'text/csv' } },
    handler: ({ deps, ctx, query, res }) => exportRegisterCsv(deps, ctx, query, res),
  }),
  defineRoute({
    method: 'get',
    path: '/api/agreements/export.xlsx',
    summary: 'The register as an Excel workbook (XLSX)',
    description,
    tags,
    access: { resource: 'agreement', action: 'read' },
    query: exportAgreementsQuerySchema,
    responses: { 200: { description: 'One sheet, a frozen header row, one row per agreement', contentType: XLSX_CONTENT_TYPE } },
    handler: ({ deps, ctx, query, res }) => exportRegisterXlsx(deps, ctx, query, res),
  }),
];
