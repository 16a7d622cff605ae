import { z } from 'zod';

/** What a search may be limited to: agreements (their own fields) or documents (the text of their pages). */
export const SEARCH_KINDS = ['agreement', 'document'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

export const searchQuerySchema = z.strictObject({
  q: z
    .string()
    .trim()
    .min(1)
    .max(200)
    .describe(
      'Words to find, as typed: case and diacritics do not matter ("geëvalueerd" = "geevalueerd"), a word of two letters or more with a `*` after it also finds the words it starts ("overeenk*" finds "overeenkomst"; agreements are also found by a word of three letters or more inside a compound), words in double quotes are a phrase. Every word must occur. Query syntax (`NEAR`, `-`, `OR`, `column:`) is read as ordinary text.',
    ),
  kind: z.enum(SEARCH_KINDS).optional().describe('Only agreements or only document pages; both when left out'),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  cursor: z.string().max(500).optional(),
});
export type SearchQuery = z.infer<typeof searchQuerySchema>;

export const highlightRangeSchema = z.object({
  start: z.number().int().min(0),
  end: z.number().int().min(0),
});

export const snippetSchema = z
  .object({
    text: z.string(),
    highlights: z.array(highlightRangeSchema).describe('Ranges of `text` to highlight: UTF-16 offsets, `end` exclusive, in order, never overlapping'),
    truncatedStart: z.boolean().describe('The field or page goes on before the snippet'),
    truncatedEnd: z.boolean().describe('… and after it'),
  })
  .describe('Plain text around the words found, with the ranges to highlight (never markup)');
export type SnippetDto = z.infer<typeof snippetSchema>;

/** The agreement a hit belongs to, as every hit names it. */
export const searchAgreementSchema = z.object({
  id: z.number().int(),
  title: z.string(),
  reference: z.string().nullable(),
  collaborationCode: z.string().nullable(),
});

/** Where an agreement hit was found. */
export const AGREEMENT_SEARCH_FIELDS = ['title', 'reference', 'parties', 'collaboration', 'notes'] as const;
export type AgreementSearchField = (typeof AGREEMENT_SEARCH_FIELDS)[number];

export const agreementHitSchema = z.object({
  kind: z.literal('agreement'),
  agreement: searchAgreementSchema,
  field: z.enum(AGREEMENT_SEARCH_FIELDS).describe('The field the snippet comes from'),
  snippet: snippetSchema,
});

export const documentHitSchema = z.object({
  kind: z.literal('document'),
  agreement: searchAgreementSchema,
  document: z.object({ id: z.number().int(), title: z.string(), kind: z.string() }),
  version: z.number().int().describe('The document version whose text was found (the newest version with text)'),
  mediaType: z.string().describe('Type of that version (a PDF can be opened at the page: `…/content?disposition=inline#page=N`)'),
  page: z.number().int().describe('1-based page of that version'),
  snippet: snippetSchema,
});

export const searchHitSchema = z.discriminatedUnion('kind', [agreementHitSchema, documentHitSchema]);
export type SearchHit = z.infer<typeof searchHitSchema>;
export type AgreementHit = z.infer<typeof agreementHitSchema>;
export type DocumentHit = z.infer<typeof documentHitSchema>;

export const searchResultSchema = z.object({
  items: z.array(searchHitSchema).describe('Best match first (bm25)'),
  nextCursor: z.string().nullable(),
  counts: z
    .object({ agreement: z.number().int(), document: z.number().int() })
    .describe("How many agreements and document pages match (within the caller's collaborations), whatever `kind` and `cursor` say; at most `countLimit` each"),
  countLimit: z
    .number()
    .int()
    .describe('At most this many hits of each kind are ranked and counted (the newest ones); a count equal to it means at least that many: refine the words'),
});
export type SearchResult = z.infer<typeof searchResultSchema>;
