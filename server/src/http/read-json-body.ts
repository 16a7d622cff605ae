import type { Request } from 'express';
import type { z } from 'zod';
import { AppError, toFieldErrors } from './errors.ts';

/**
 * Reads a large `application/json` body that express's 1 MB parser leaves
 * alone (a route with `largeJson`), up to `maxBytes` (beyond: 413, and the
 * rest is not read), parses it (bad JSON: 400) and checks it with the schema
 * (422 naming each field, `body.agreements.3.title`).
 */
export async function readLargeJson<S extends z.ZodType>(req: Request, maxBytes: number, schema: S): Promise<z.output<S>> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > maxBytes) throw new AppError('payload_too_large', `Het bestand is groter dan ${Math.round(maxBytes / 1024 / 1024)} MB`);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > maxBytes) {
      req.unpipe();
      throw new AppError('payload_too_large', `Het bestand is groter dan ${Math.round(maxBytes / 1024 / 1024)} MB`);
    }
    chunks.push(chunk);
  }
  let value: unknown;
  try {
    value = JSON.parse(Buffer.concat(chunks, size).toString('utf8'));
  } catch {
    throw new AppError('bad_request', 'De inhoud is geen geldige JSON', { errors: [{ field: 'body', message: 'Geen geldige JSON' }] });
  }
  const parsed = schema.safeParse(value);
  if (!parsed.success)
    throw new AppError('validation_failed', 'Het bestand heeft niet de vorm van een Akkoord-register', { errors: toFieldErrors(parsed.error, 'body').slice(0, 50) });
  return parsed.data;
}
