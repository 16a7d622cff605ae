/** Stable error codes and the HTTP status each maps to (one table, see house style). */
export const ERROR_STATUS = {
  bad_request: 400,
  validation_failed: 422,
  unauthenticated: 401,
  forbidden: 403,
  csrf_failed: 403,
  /** Signed in with a temporary password (first start, created or reset by an admin): only the way out answers. */
  password_change_required: 403,
  not_found: 404,
  conflict: 409,
  stale_write: 409,
  precondition_failed: 412,
  invalid_transition: 409,
  dependents_exist: 409,
  relation_cycle: 422,
  payload_too_large: 413,
  unsupported_media_type: 415,
  /** A Range request beyond the end of a file (document downloads). */
  range_not_satisfiable: 416,
  too_many_requests: 429,
  internal: 500,
} as const;
export type ErrorCode = keyof typeof ERROR_STATUS;
