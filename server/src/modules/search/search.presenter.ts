import type { AgreementSearchField, SearchHit } from '@akkoord/shared/schemas/search';
import type { SearchTerm } from '@akkoord/shared/search/search-terms';
import { findHighlights, makeSnippet } from '@akkoord/shared/search/snippet';
import type { HitRow } from './search.repo.ts';

/** The fields of an agreement hit in the order a snippet is taken from: the first that holds a word found. */
function agreementFields(row: HitRow): [AgreementSearchField, string][] {
  const f = row.fields!;
  return [
    ['title', row.agreementTitle],
    ['reference', f.reference],
    ['parties', f.parties],
    ['collaboration', f.collaboration],
    ['notes', f.notes],
  ];
}

/**
 * One hit as it leaves the server: the agreement it belongs to, where it was found, and a snippet with highlight
 * ranges. An agreement's fields are highlighted inside compounds too, as the trigram index finds them.
 */
export function presentHit(row: HitRow, terms: readonly SearchTerm[]): SearchHit {
  const agreement = { id: row.agreementId, title: row.agreementTitle, reference: row.agreementReference, collaborationCode: row.collaborationCode };
  if (row.kind === 1) {
    const p = row.page!;
    return {
      kind: 'document',
      agreement,
      document: { id: p.documentId, title: p.documentTitle, kind: p.documentKind },
      version: p.version,
      mediaType: p.mediaType,
      page: p.page,
      snippet: makeSnippet(p.text, terms),
    };
  }
  const fields = agreementFields(row);
  const [field, text] = fields.find(([, t]) => findHighlights(t, terms, { inside: true }).length > 0) ?? fields[0]!;
  return { kind: 'agreement', agreement, field, snippet: makeSnippet(text, terms, { inside: true }) };
}
