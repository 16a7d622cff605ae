import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { docx, eml, exe, jpeg, odt, pdf, png, tiff, xlsx, zip } from './document-fixtures.testing.ts';
import { sniffMediaType } from './sniff-media-type.ts';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'akkoord-sniff-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
let n = 0;
async function sniff(bytes: Buffer): Promise<string | null> {
  const file = path.join(dir, `f${n++}`);
  fs.writeFileSync(file, bytes);
  return sniffMediaType(file, bytes.length);
}

describe('sniffMediaType', () => {
  it('recognises every accepted type from its bytes', async () => {
    expect(await sniff(pdf(['Overeenkomst']))).toBe('application/pdf');
    expect(await sniff(docx('Artikel 1'))).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(await sniff(xlsx())).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(await sniff(odt('Artikel 1'))).toBe('application/vnd.oasis.opendocument.text');
    expect(await sniff(png())).toBe('image/png');
    expect(await sniff(jpeg())).toBe('image/jpeg');
    expect(await sniff(tiff())).toBe('image/tiff');
    expect(await sniff(Buffer.concat([Buffer.from([0x4d, 0x4d, 0x00, 0x2a]), Buffer.alloc(8)]))).toBe('image/tiff');
    expect(await sniff(eml())).toBe('message/rfc822');
    expect(await sniff(Buffer.from('Aldus overeengekomen en ondertekend te Enschede op 1 januari 2024.\nGeëvalueerd: ja — € 100\n'))).toBe('text/plain');
    expect(await sniff(Buffer.from('\uFEFFmet BOM', 'utf8'))).toBe('text/plain');
  });

  it('refuses what it cannot keep: programs, other zips, macro documents, templates, broken text, empty files', async () => {
    expect(await sniff(exe())).toBeNull();
    expect(await sniff(zip([{ name: 'a.txt', data: 'hallo' }]))).toBeNull();
    expect(await sniff(docx('macro', 'application/vnd.ms-word.document.macroEnabled.main+xml'))).toBeNull();
    expect(await sniff(docx('sjabloon', 'application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml'))).toBeNull();
    expect(await sniff(odt('rekenblad', 'application/vnd.oasis.opendocument.spreadsheet'))).toBeNull();
    expect(await sniff(Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]))).toBeNull();
    expect(await sniff(Buffer.from('tekst met een NUL\0 erin'))).toBeNull();
    expect(await sniff(Buffer.from([0x61, 0x62, 0xc3, 0x28, 0x63]))).toBeNull();
    expect(await sniff(Buffer.alloc(0))).toBeNull();
  });

  it('finds invalid UTF-8 far beyond the first block, and takes a text that only looks like headers as text', async () => {
    expect(await sniff(Buffer.concat([Buffer.alloc(300 * 1024, 0x61), Buffer.from([0xff, 0x61])]))).toBeNull();
    expect(await sniff(Buffer.from('Onderwerp: geen e-mail\n\nwant geen From-regel\n'))).toBe('text/plain');
  });

  it('never trusts the name: a PDF called .docx is a PDF, a program called .pdf is refused', async () => {
    expect(await sniff(pdf(['x']))).toBe('application/pdf');
    expect(await sniff(Buffer.concat([exe(), Buffer.from('%PDF-1.7 verstopt na 1024 bytes'.padStart(2000, ' '))]))).toBeNull();
  });
});
