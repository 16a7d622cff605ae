import type { ReactNode } from 'react';
import type { SnippetDto } from '@akkoord/shared/schemas/search';

/**
 * A snippet with its highlight ranges as <mark> elements. The server sends
 * plain text and offsets, never markup: every piece is a React text node.
 */
export function HighlightedText({ snippet }: { snippet: SnippetDto }) {
  const parts: ReactNode[] = [];
  let at = 0;
  for (const [i, h] of snippet.highlights.entries()) {
    if (h.start < at || h.end > snippet.text.length || h.end <= h.start) continue;
    if (h.start > at) parts.push(snippet.text.slice(at, h.start));
    parts.push(
      <mark key={i} className="app-search-mark">
        {snippet.text.slice(h.start, h.end)}
      </mark>,
    );
    at = h.end;
  }
  if (at < snippet.text.length) parts.push(snippet.text.slice(at));
  return (
    <>
      {snippet.truncatedStart ? '… ' : null}
      {parts}
      {snippet.truncatedEnd ? ' …' : null}
    </>
  );
}
