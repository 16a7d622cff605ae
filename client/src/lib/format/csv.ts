/**
 * RFC 4180 CSV with a semicolon separator and a UTF-8 byte order mark, the
 * form Dutch spreadsheet software opens without an import wizard. Quoting is
 * the whole of the format, so no library is needed (docs/decisions).
 */
export function toCsv(rows: readonly (readonly (string | number | null | undefined)[])[], separator = ';'): string {
  const cell = (v: string | number | null | undefined): string => {
    if (v === null || v === undefined) return '';
    const s = String(v);
    // Leading = + - @ would be run as a formula by spreadsheets (CSV injection).
    const safe = typeof v === 'string' && /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
    return /["\n\r;,]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
  };
  return '\uFEFF' + rows.map((r) => r.map(cell).join(separator)).join('\r\n') + '\r\n';
}

/** Offers text as a file download. */
export function downloadText(filename: string, text: string, type = 'text/csv;charset=utf-8'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
