/**
 * Euro amounts as people type them, to whole cents without floating point:
 * "837000", "837.000", "€ 837.000,50", "1250,5", "12.50", "EUR 1 250". A comma
 * is the decimal separator (Dutch); a point is one too when one or two digits
 * follow it at the end ("12.50"), otherwise it separates thousands. Empty is
 * null (unknown); anything else that is not an amount is NaN.
 */
export function parseEuroInput(text: string): number | null {
  const t = text.replace(/€|\bEUR\b|\beuro\b/gi, '').replace(/[\s\u00a0\u202f]/g, '');
  if (t === '') return null;
  const m = /^(\d{1,3}(?:\.\d{3})+|\d+)(?:[,.](\d{1,2}))?$/.exec(t) ?? /^(\d{1,3}(?:,\d{3})+)(?:\.(\d{1,2}))?$/.exec(t);
  if (!m) return Number.NaN;
  const euros = m[1]!.replace(/[.,]/g, '');
  if (euros.length > 15) return Number.NaN;
  const cents = (m[2] ?? '').padEnd(2, '0');
  return Number(euros) * 100 + Number(cents);
}

/** Whole cents as the form shows them again: "837.000" or "1.250,50" (what `parseEuroInput` reads back). */
export function formatEuroInput(cents: number): string {
  const euros = Math.floor(cents / 100);
  const rest = cents % 100;
  const grouped = String(euros).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return rest === 0 ? grouped : `${grouped},${String(rest).padStart(2, '0')}`;
}
