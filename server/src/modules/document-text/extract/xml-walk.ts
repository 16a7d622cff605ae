import { SaxesParser, type SaxesTagNS } from 'saxes';
import { ExtractionError } from './extraction-protocol.ts';

/** What a walk over an XML document sees: opening tags (with the names of their open ancestors), closing tags and text. */
export interface XmlVisitor {
  open?(tag: SaxesTagNS, ancestors: readonly string[]): void;
  close?(tag: SaxesTagNS, ancestors: readonly string[]): void;
  text?(text: string, ancestors: readonly string[]): void;
}

/** The value of an attribute by its local name (prefixes differ between writers), or undefined. */
export function attribute(tag: SaxesTagNS, local: string): string | undefined {
  for (const a of Object.values(tag.attributes)) if (a.local === local) return a.value;
  return undefined;
}

/**
 * Walks an XML document with saxes, a strict streaming parser that expands no
 * external or custom entities (no XXE, no "billion laughs"). Elements are named
 * by their local name, so `w:p` and `text:p` are `p` whatever prefix a writer
 * chose. A document that is not well-formed fails as `malformed`.
 */
export function walkXml(xml: Buffer, visitor: XmlVisitor): void {
  const parser = new SaxesParser({ xmlns: true, position: false });
  const stack: string[] = [];
  let failure: Error | null = null;
  parser.on('error', (err) => {
    failure ??= err;
  });
  parser.on('opentag', (tag) => {
    visitor.open?.(tag, stack);
    if (!tag.isSelfClosing) stack.push(tag.local);
  });
  parser.on('closetag', (tag) => {
    if (!tag.isSelfClosing) stack.pop();
    visitor.close?.(tag, stack);
  });
  if (visitor.text) parser.on('text', (t) => visitor.text!(t, stack));
  parser.write(xml.toString('utf8')).close();
  if (failure) throw new ExtractionError('malformed', `XML: ${(failure as Error).message}`);
}
