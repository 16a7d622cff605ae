/**
 * The personal data an Archiefwet destruction clears (decision 063), per place, by the field names the
 * agreement's API answers and its audit snapshots use. The one list: the minimal record names it
 * (`CLEARED_FIELDS`), and the redaction of the agreement's audit history nulls these names.
 */
export const CLEARED_PERSONAL_DATA = {
  agreement: ['ownerName', 'ownerEmail', 'deputyEmail', 'notes'],
  parties: ['signatoryName', 'signatoryTitle', 'signatoryMandate'],
  relations: ['note'],
  documents: ['note', 'files', 'pageText'],
  suggestions: ['quote'],
} as const;

/** `place.field` for each cleared field, as every minimal record names them. */
export const CLEARED_FIELDS: string[] = Object.entries(CLEARED_PERSONAL_DATA).flatMap(([place, fields]) => fields.map((f) => `${place}.${f}`));

/** The keys whose values a destruction replaces by null anywhere in an audit event's before/after snapshot. */
export const REDACTED_SNAPSHOT_KEYS: ReadonlySet<string> = new Set(Object.values(CLEARED_PERSONAL_DATA).flat());

/**
 * A snapshot (any JSON value) with the value of every key in `keys`, at any depth (in objects and arrays),
 * replaced by null; everything else as it was. `changed` says whether a non-null value was replaced.
 */
export function redactSnapshot(value: unknown, keys: ReadonlySet<string> = REDACTED_SNAPSHOT_KEYS): { value: unknown; changed: boolean } {
  let changed = false;
  const walk = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(walk);
    if (v === null || typeof v !== 'object') return v;
    const out: Record<string, unknown> = {};
    for (const [k, inner] of Object.entries(v as Record<string, unknown>)) {
      if (keys.has(k)) {
        if (inner !== null && inner !== undefined) changed = true;
        out[k] = null;
      } else out[k] = walk(inner);
    }
    return out;
  };
  const redacted = walk(value);
  return { value: redacted, changed };
}
