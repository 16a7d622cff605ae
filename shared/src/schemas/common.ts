import { z } from 'zod';
import { ERROR_STATUS } from '../errors.ts';

/** One field error inside a problem document; `field` is a dotted path ("body.title"). */
export const fieldErrorSchema = z.object({
  field: z.string(),
  message: z.string(),
  code: z.string().optional(),
});
export type FieldError = z.infer<typeof fieldErrorSchema>;

/** RFC 9457 problem details as Akkoord answers them. */
export const problemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string().optional(),
    code: z.enum(Object.keys(ERROR_STATUS) as [keyof typeof ERROR_STATUS, ...(keyof typeof ERROR_STATUS)[]]),
    errors: z.array(fieldErrorSchema).optional(),
    requestId: z.string().optional(),
  })
  .loose();
export type Problem = z.infer<typeof problemSchema>;

export const idParamSchema = z.object({ id: z.coerce.number().int().positive() });

export const limitSchema = z.coerce.number().int().min(1).max(500).default(50);

/** A page of results with an opaque cursor for the next page. */
export function pageSchema<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), nextCursor: z.string().nullable(), total: z.number().int() });
}
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
  total: number;
}

/** What the caller may do with one object, per action of its policy (e.g. `{ update: true, archive: false }`). */
export const permissionsSchema = z.record(z.string(), z.boolean());
export type Permissions = z.infer<typeof permissionsSchema>;

/** A euro amount in whole cents, never a float. */
export const cents = z.number().int();
