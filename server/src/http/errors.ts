import type { ErrorRequestHandler } from 'express';
import { z } from 'zod';
import { ERROR_STATUS, type ErrorCode } from '@akkoord/shared/errors';
import type { FieldError, Problem } from '@akkoord/shared/schemas/common';
import { loggablePath } from './request-log.ts';

const TITLES: Record<ErrorCode, string> = {
  bad_request: 'Ongeldig verzoek',
  validation_failed: 'Invoer klopt niet',
  unauthenticated: 'Niet aangemeld',
  forbidden: 'Geen toegang',
  csrf_failed: 'Beveiligingstoken ontbreekt of klopt niet',
  password_change_required: 'Kies eerst een eigen wachtwoord',
  not_found: 'Niet gevonden',
  conflict: 'Conflict',
  stale_write: 'Iemand anders heeft dit intussen gewijzigd',
  precondition_failed: 'Versie klopt niet',
  invalid_transition: 'Deze stap kan nu niet',
  dependents_exist: 'Andere overeenkomsten zijn hiervan afhankelijk',
  relation_cycle: 'Deze relatie maakt een kringverwijzing',
  payload_too_large: 'Verzoek is te groot',
  unsupported_media_type: 'Verkeerd inhoudstype',
  range_not_satisfiable: 'Bereik valt buiten het bestand',
  too_many_requests: 'Te veel verzoeken',
  internal: 'Er ging iets mis',
};

/** The one application error: a stable code, a human detail and optional field errors. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly errors: FieldError[] | undefined;
  readonly extra: Record<string, unknown> | undefined;
  constructor(code: ErrorCode, detail?: string, opts: { errors?: FieldError[]; extra?: Record<string, unknown> } = {}) {
    super(detail ?? TITLES[code]);
    this.code = code;
    this.status = ERROR_STATUS[code];
    this.errors = opts.errors;
    this.extra = opts.extra;
  }
}

/** Turns zod issues into field errors with a dotted path prefixed by where the input came from. */
export function toFieldErrors(error: z.ZodError, where: 'body' | 'query' | 'params' | 'headers'): FieldError[] {
  return error.issues
    .map((issue) => {
      const keys = issue.code === 'unrecognized_keys' ? issue.keys : [undefined];
      return keys.map((key) => ({
        field: [where, ...issue.path.map(String), ...(key ? [key] : [])].join('.'),
        message: issue.code === 'unrecognized_keys' ? 'Onbekend veld' : issue.message,
        // A refinement names its own reason (e.g. `control_characters`), which the client words itself.
        code: issue.code === 'custom' && typeof issue.params?.reason === 'string' ? issue.params.reason : issue.code,
      }));
    })
    .flat();
}

/** Builds the problem+json body for an error (RFC 9457). */
export function toProblem(err: AppError, requestId: string | undefined): Problem {
  return {
    type: `https://akkoord.dev/problems/${err.code.replace(/_/g, '-')}`,
    title: TITLES[err.code],
    status: err.status,
    code: err.code,
    detail: err.message,
    ...(err.errors ? { errors: err.errors } : {}),
    ...(requestId ? { requestId } : {}),
    ...(err.extra ?? {}),
  };
}

interface BodyParserError {
  type?: string;
  status?: number;
}

/** Maps body-parser failures and unknown errors to problems; unknown ones are logged with the request id. */
export const errorHandler: ErrorRequestHandler = (err: unknown, req, res, _next) => {
  let appErr: AppError;
  if (err instanceof AppError) appErr = err;
  else if ((err as BodyParserError)?.type === 'entity.too.large') appErr = new AppError('payload_too_large', 'Het verzoek is groter dan 1 MB');
  else if ((err as BodyParserError)?.type === 'entity.parse.failed')
    appErr = new AppError('bad_request', 'De inhoud is geen geldige JSON', { errors: [{ field: 'body', message: 'Geen geldige JSON' }] });
  else if ((err as BodyParserError)?.type === 'charset.unsupported' || (err as BodyParserError)?.type === 'encoding.unsupported')
    appErr = new AppError('unsupported_media_type', 'Tekenset of codering wordt niet ondersteund');
  else if (typeof (err as BodyParserError)?.status === 'number' && (err as BodyParserError).status! >= 400 && (err as BodyParserError).status! < 500)
    appErr = new AppError('bad_request', 'Het verzoek kon niet worden gelezen');
  else {
    req.log?.error({ err, req: { method: req.method, path: loggablePath(req.originalUrl ?? req.url) } }, 'unhandled error');
    appErr = new AppError('internal', 'Er ging iets mis aan onze kant. Noem het verzoeknummer als u contact opneemt.');
  }
  if (res.headersSent) return;
  res
    .status(appErr.status)
    .type('application/problem+json')
    .json(toProblem(appErr, req.id ? String(req.id) : undefined));
};
