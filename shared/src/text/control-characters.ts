/**
 * Characters that have no place in a one-line text: C0 controls (TAB, LF and CR
 * among them, and NUL), DEL, C1 controls, the Unicode line and paragraph
 * separators, and the bidi embeddings, overrides and isolates (U+202A–202E,
 * U+2066–2069) that make a text read differently from what it says. In a feed
 * or a plain-text e-mail they forge lines or hide text.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
export const ONE_LINE_FORBIDDEN = /[\u0000-\u001F\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069]/;

/** As {@link ONE_LINE_FORBIDDEN}, but a multi-line text (notes) keeps its line feeds and tabs. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
export const MULTI_LINE_FORBIDDEN = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069]/;

const ONE_LINE_FORBIDDEN_ALL = new RegExp(ONE_LINE_FORBIDDEN.source, 'g');
const MULTI_LINE_FORBIDDEN_ALL = new RegExp(MULTI_LINE_FORBIDDEN.source, 'g');

/**
 * A text made safe for one line of a feed, a mail header or a plain-text body,
 * whatever was stored: line breaks and tabs become a space, every other
 * control or bidi character is dropped. The second line of defence behind the
 * schemas, which refuse such text.
 */
export function toOneLine(text: string): string {
  return text.replace(/[\t\n\r\u2028\u2029]+/g, ' ').replace(ONE_LINE_FORBIDDEN_ALL, '');
}

/** A multi-line text without controls other than line feeds and tabs (a CR LF becomes a line feed). */
export function withoutControls(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(MULTI_LINE_FORBIDDEN_ALL, '');
}
