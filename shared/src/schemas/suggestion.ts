import { z } from 'zod';
import { periodSchema } from './agreement.ts';
import { SUGGESTION_FIELDS } from '../suggestions/suggestion-fields.ts';

export const SUGGESTION_STATES = ['open', 'accepted', 'rejected'] as const;
export type SuggestionState = (typeof SUGGESTION_STATES)[number];

/** A fact read from a document's text, proposed for its agreement until a person accepts or rejects it. */
export const suggestionSchema = z.object({
  id: z.number().int(),
  field: z.enum(SUGGESTION_FIELDS),
  value: z
    .union([z.string(), z.number(), z.boolean(), periodSchema])
    .describe('In the agreement field\'s own shape: a partial date, a number of months or renewals, "fixed"/"indefinite", true/false, or a period'),
  documentId: z.number().int(),
  documentTitle: z.string().describe("The document's display name"),
  version: z.number().int().describe('The document version whose text says it'),
  page: z.number().int().describe('1-based page of that version'),
  quote: z.string().describe('The sentence the value was read from'),
  state: z.enum(SUGGESTION_STATES),
});
export type Suggestion = z.infer<typeof suggestionSchema>;

export const suggestionListSchema = z.object({ items: z.array(suggestionSchema) });
export type SuggestionList = z.infer<typeof suggestionListSchema>;

export const suggestionParamsSchema = z.object({ id: z.coerce.number().int().positive(), suggestionId: z.coerce.number().int().positive() });

/** Accepting applies the value as an agreement update: send the agreement version last read (or If-Match). */
export const acceptSuggestionSchema = z
  .strictObject({ version: z.number().int().positive().optional().describe('Version of the agreement last read; or send If-Match') })
  .default({});
export type AcceptSuggestionInput = z.infer<typeof acceptSuggestionSchema>;
