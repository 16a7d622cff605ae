import { z } from 'zod';
import { EXPORT_LOCALES } from '../csv/register-export-columns.ts';
import { AGREEMENT_SORTS, countAgreementsQuerySchema } from './agreement.ts';

/** `GET /api/agreements/export.csv|xlsx`: exactly the register's filters and order, and the language of headers and words. */
export const exportAgreementsQuerySchema = countAgreementsQuerySchema.extend({
  sort: z.enum(AGREEMENT_SORTS).default('title'),
  lang: z.enum(EXPORT_LOCALES).default('nl').describe('Language of the headers and words (types, statuses, roles, yes/no)'),
});
export type ExportAgreementsQuery = z.infer<typeof exportAgreementsQuerySchema>;
