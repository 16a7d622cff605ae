import { ExtractionError } from './extraction-protocol.ts';

// eslint-disable-next-line no-control-regex -- removing control characters is the point
const CONTROLS = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\uFFFE\uFFFF]/g;

/**
 * A page's text as it is stored: line feeds only, no control or bidi
 * characters (tabs stay), no spaces at the ends of lines, at most one empty
 * line in a row, no empty lines at the start or end.
 */
export function cleanPageText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[\u2028\u2029]/g, '\n')
    .replace(CONTROLS, '')
    .replace(/[ \t\u00A0]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .replace(/^\n+|\n+$/g, '');
}

/** Counts the characters of the pages read so far and fails as `too_large` past the limit. */
export class TextBudget {
  private used = 0;
  constructor(private readonly limit: number) {}
  /** Adds a page's (cleaned) text; throws when the whole text would exceed the limit. */
  take(text: string): string {
    this.used += text.length;
    if (this.used > this.limit) throw new ExtractionError('too_large', `more than ${this.limit} characters of text`);
    return text;
  }
}
