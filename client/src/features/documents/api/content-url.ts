/** The address of a version's bytes: a download, or (`inline`) shown in the page, e.g. a PDF preview. */
export function documentContentUrl(id: number, version: number, disposition: 'attachment' | 'inline' = 'attachment'): string {
  const base = `/api/documents/${id}/versions/${version}/content`;
  return disposition === 'inline' ? `${base}?disposition=inline` : base;
}
