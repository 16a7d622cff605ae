import fs from 'node:fs';
import fsp from 'node:fs/promises';
import { inflateRawSync } from 'node:zlib';
import type { DocumentMediaType } from '@akkoord/shared/domain/documents';

/**
 * The type of a file from its bytes alone (decision 043): magic numbers for PDF and the scans, the zip's
 * central directory (and the OOXML content types or the ODF `mimetype` entry) for DOCX, XLSX and ODT,
 * RFC 822 headers for e-mail, and UTF-8 without NUL for plain text. Anything else is `null` (refused).
 */
export async function sniffMediaType(file: string, size: number): Promise<DocumentMediaType | null> {
  if (size === 0) return null;
  const handle = await fsp.open(file, 'r');
  try {
    const head = await readAt(handle, 0, Math.min(size, 64 * 1024));
    if (head.subarray(0, 1024).includes('%PDF-')) return 'application/pdf';
    if (startsWith(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
    if (startsWith(head, [0xff, 0xd8, 0xff])) return 'image/jpeg';
    if (startsWith(head, [0x49, 0x49, 0x2a, 0x00]) || startsWith(head, [0x4d, 0x4d, 0x00, 0x2a])) return 'image/tiff';
    if (startsWith(head, [0x50, 0x4b, 0x03, 0x04])) return await sniffZip(handle, size);
    if (head.includes(0)) return null;
    if (looksLikeMail(head)) return 'message/rfc822';
    return (await isUtf8File(file)) ? 'text/plain' : null;
  } finally {
    await handle.close();
  }
}

type Handle = fsp.FileHandle;

async function readAt(handle: Handle, position: number, length: number): Promise<Buffer> {
  const buf = Buffer.alloc(length);
  const { bytesRead } = await handle.read(buf, 0, length, position);
  return buf.subarray(0, bytesRead);
}

const startsWith = (buf: Buffer, bytes: number[]) => buf.length >= bytes.length && bytes.every((b, i) => buf[i] === b);

const ODT = 'application/vnd.oasis.opendocument.text';
/** The main part of a Word document or an Excel workbook (not templates, not macro-enabled files). */
const DOCX_MAIN = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml';
const XLSX_MAIN = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml';

interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  localOffset: number;
}

/** The entries of a zip from its central directory, or null when it has none we can read (damaged, zip64). */
async function zipEntries(handle: Handle, size: number): Promise<ZipEntry[] | null> {
  const tailLength = Math.min(size, 22 + 65535);
  const tail = await readAt(handle, size - tailLength, tailLength);
  let eocd = -1;
  for (let i = tail.length - 22; i >= 0; i--) {
    if (tail.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  const count = tail.readUInt16LE(eocd + 10);
  const cdSize = tail.readUInt32LE(eocd + 12);
  const cdOffset = tail.readUInt32LE(eocd + 16);
  if (count === 0xffff || cdOffset === 0xffffffff || cdOffset + cdSize > size || cdSize > 8 * 1024 * 1024) return null;
  const cd = await readAt(handle, cdOffset, cdSize);
  const entries: ZipEntry[] = [];
  for (let p = 0; p + 46 <= cd.length && entries.length < count;) {
    if (cd.readUInt32LE(p) !== 0x02014b50) return null;
    const nameLength = cd.readUInt16LE(p + 28);
    const extraLength = cd.readUInt16LE(p + 30);
    const commentLength = cd.readUInt16LE(p + 32);
    entries.push({
      method: cd.readUInt16LE(p + 10),
      compressedSize: cd.readUInt32LE(p + 20),
      localOffset: cd.readUInt32LE(p + 42),
      name: cd.toString('utf8', p + 46, p + 46 + nameLength),
    });
    p += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** The bytes of a small entry (stored or deflated), at most `max` bytes inflated; null when unreadable. */
async function readEntry(handle: Handle, entry: ZipEntry, max: number): Promise<Buffer | null> {
  if (entry.compressedSize > max) return null;
  const local = await readAt(handle, entry.localOffset, 30);
  if (local.length < 30 || local.readUInt32LE(0) !== 0x04034b50) return null;
  const start = entry.localOffset + 30 + local.readUInt16LE(26) + local.readUInt16LE(28);
  const data = await readAt(handle, start, entry.compressedSize);
  if (entry.method === 0) return data;
  if (entry.method !== 8) return null;
  try {
    return inflateRawSync(data, { maxOutputLength: max });
  } catch {
    return null;
  }
}

async function sniffZip(handle: Handle, size: number): Promise<DocumentMediaType | null> {
  const entries = await zipEntries(handle, size);
  if (!entries) return null;
  const byName = new Map(entries.map((e) => [e.name, e]));
  const mimetype = byName.get('mimetype');
  if (mimetype) {
    const declared = (await readEntry(handle, mimetype, 256))?.toString('latin1').trim();
    if (declared === ODT && byName.has('content.xml')) return ODT;
    return null;
  }
  const types = byName.get('[Content_Types].xml');
  if (!types) return null;
  const xml = (await readEntry(handle, types, 1024 * 1024))?.toString('utf8') ?? '';
  if (byName.has('word/document.xml') && xml.includes(`"${DOCX_MAIN}"`)) return 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
  if (byName.has('xl/workbook.xml') && xml.includes(`"${XLSX_MAIN}"`)) return 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
  return null;
}

/** Headers every stored or exported e-mail has; one of them besides From: makes the block a message header. */
const MAIL_HEADERS = new Set(['date', 'subject', 'to', 'message-id', 'mime-version', 'received', 'return-path', 'cc', 'reply-to']);

/** RFC 822/5322: the text starts with a block of `Name: value` header lines (with folded continuations) naming From: and at least one other known header, ended by an empty line. */
export function looksLikeMail(head: Buffer): boolean {
  const text = head.toString('latin1');
  const end = text.search(/\r?\n\r?\n/);
  if (end <= 0) return false;
  const names = new Set<string>();
  for (const line of text.slice(0, end).split(/\r?\n/)) {
    if (/^[ \t]/.test(line) && names.size) continue;
    const m = /^([!-9;-~]+):/.exec(line);
    if (!m) return false;
    names.add(m[1]!.toLowerCase());
  }
  return names.has('from') && [...names].some((n) => MAIL_HEADERS.has(n));
}

/** Valid UTF-8 from the first byte to the last, without NUL (read as a stream; a BOM is fine). */
async function isUtf8File(file: string): Promise<boolean> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  try {
    for await (const chunk of fs.createReadStream(file, { highWaterMark: 256 * 1024 })) {
      const buf = chunk as Buffer;
      if (buf.includes(0)) return false;
      decoder.decode(buf, { stream: true });
    }
    decoder.decode();
    return true;
  } catch {
    return false;
  }
}
