import type { APIRequestContext } from 'playwright-core';

/** The CSRF header a write through the API needs, for the session of this request context. */
export async function csrfHeaders(api: APIRequestContext): Promise<{ 'X-CSRF-Token': string }> {
  const session = (await (await api.get('/api/session')).json()) as { csrfToken: string };
  return { 'X-CSRF-Token': session.csrfToken };
}

export interface AgreementSummary {
  id: number;
  title: string;
  version: number;
}

/** The agreement with exactly this title, from the register's list (the first 100). */
export async function findAgreement(api: APIRequestContext, title: string): Promise<AgreementSummary> {
  const list = (await (await api.get('/api/agreements?limit=100')).json()) as { items: AgreementSummary[] };
  const found = list.items.find((a) => a.title === title);
  if (!found) throw new Error(`No agreement titled "${title}" in the register`);
  return found;
}
