/** Where the record an event is about lives in the app, when it has a page. */
export function entityPath(entityType: string, entityId: string): string | null {
  switch (entityType) {
    case 'agreement':
      return `/agreements/${encodeURIComponent(entityId)}`;
    case 'collaboration':
      return `/collaborations/${encodeURIComponent(entityId)}`;
    case 'organisation':
      return `/organisations/${encodeURIComponent(entityId)}`;
    case 'outbox_message':
      return `/admin/outbox/${encodeURIComponent(entityId)}`;
    default:
      return null;
  }
}

export interface ChangeRow {
  field: string;
  before: string;
  after: string;
}

/** A value of a snapshot as text: strings as they are, nothing as "—", the rest as compact JSON. */
export function valueText(value: unknown): string {
  if (value === undefined || value === null || value === '') return '—';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

const asRecord = (v: unknown): Record<string, unknown> | null => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : null);

/**
 * Before and after, field by field: the changed fields when the server lists
 * them, otherwise every field of the snapshot (a creation, a run, a follow).
 */
export function changeRows(
  event: { before: unknown; after: unknown; changes: string[] },
  format: (field: string, value: unknown) => string = (_f, v) => valueText(v),
): ChangeRow[] {
  const before = asRecord(event.before);
  const after = asRecord(event.after);
  const fields = event.changes.length ? event.changes : [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])];
  return fields.map((field) => ({ field, before: format(field, before?.[field]), after: format(field, after?.[field]) }));
}
