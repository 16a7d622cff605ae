import { ONE_LINE_FORBIDDEN } from './control-characters.ts';

/** The longest file name kept (in UTF-16 code units), extension included. */
export const FILE_NAME_MAX = 200;
const FALLBACK = 'document';
const CONTROLS_ALL = new RegExp(ONE_LINE_FORBIDDEN.source, 'g');
/** Characters no common file system or download dialog takes in a name. */
const RESERVED = /[<>:"/\\|?*]/g;
/** Names Windows keeps for devices, with or without an extension. */
const DEVICE = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$/i;

/** Cuts a text to at most `max` code units without splitting a surrogate pair. */
function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  const end = /[\uD800-\uDBFF]/.test(text[max - 1]!) ? max - 1 : max;
  return text.slice(0, end);
}

/**
 * A file name as a browser or mail client sent it, made safe to show and to
 * offer as a download name: only the last path segment, Unicode NFC, no
 * control or bidi characters, no characters reserved by file systems, no
 * leading or trailing dots and spaces, no device names, at most
 * {@link FILE_NAME_MAX} characters (the extension kept), never empty.
 */
export function sanitiseFileName(raw: string): string {
  const last = raw.split(/[/\\]/).pop() ?? '';
  let name = last
    .normalize('NFC')
    .replace(/[\t\n\r\u2028\u2029]+/g, ' ')
    .replace(CONTROLS_ALL, '')
    .replace(RESERVED, '_')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.]+|[\s.]+$/g, '');
  if (DEVICE.test(name)) name = `_${name}`;
  if (name.length > FILE_NAME_MAX) {
    const dot = name.lastIndexOf('.');
    const ext = dot > 0 && name.length - dot <= 10 ? name.slice(dot) : '';
    name = cut(name.slice(0, name.length - ext.length), FILE_NAME_MAX - ext.length).replace(/[\s.]+$/, '') + ext;
  }
  return name || FALLBACK;
}
