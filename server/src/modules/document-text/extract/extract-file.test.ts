import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { manyPagesPdf, passwordProtectedPdf, scannedPdf, textPdf } from '../../../test/pdf-fixtures.ts';
import { scannedText } from '../../../test/scan-fixtures.ts';
import { docxFile, odtFile, zipFile } from '../../../test/zip-fixtures.ts';
import { extractFile } from './extract-file.ts';
import type { ExtractionLimits, OcrSetup } from './extraction-protocol.ts';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'akkoord-extract-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const limits: ExtractionLimits = { timeoutMs: 60_000, memoryMb: 512, maxPages: 2000, maxTextChars: 1_000_000, maxEntryBytes: 8 * 1024 * 1024, maxImagePixels: 40_000_000 };
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const ODT = 'application/vnd.oasis.opendocument.text';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

let n = 0;
function extract(bytes: Buffer | string, mediaType: string, opts: { ocr?: OcrSetup | null; limits?: Partial<ExtractionLimits> } = {}) {
  const file = path.join(dir, `f${++n}`);
  fs.writeFileSync(file, bytes);
  return extractFile({ file, mediaType, ocr: opts.ocr ?? null, workDir: dir, limits: { ...limits, ...opts.limits } });
}

/** tesseract with Dutch, as `.ci/run` installs it; the OCR tests need it. */
function tesseractWithDutch(): OcrSetup | null {
  try {
    return execFileSync('tesseract', ['--list-langs'], { encoding: 'utf8' }).split('\n').includes('nld') ? { command: 'tesseract', languages: 'nld' } : null;
  } catch {
    return null;
  }
}
const ocr = tesseractWithDutch();

describe('PDF', () => {
  it('reads the text layer page by page, accents included', async () => {
    const out = await extract(
      textPdf([['Deze overeenkomst treedt in werking op 1 januari 2024.', 'Geëvalueerd in één jaar.'], ['Opzegtermijn: drie maanden.']]),
      'application/pdf',
    );
    expect(out).toEqual({
      status: 'done',
      reason: null,
      pages: ['Deze overeenkomst treedt in werking op 1 januari 2024.\nGeëvalueerd in één jaar.', 'Opzegtermijn: drie maanden.'],
    });
  });

  it('keeps empty pages in place so page numbers stay right', async () => {
    const out = await extract(textPdf([['Eerste'], [], ['Derde']]), 'application/pdf');
    expect(out.pages).toEqual(['Eerste', '', 'Derde']);
  });

  it('fails a password-protected PDF as encrypted', async () => {
    expect(await extract(passwordProtectedPdf(), 'application/pdf')).toMatchObject({ status: 'failed', reason: 'encrypted', pages: [] });
  });

  it('fails a damaged PDF as malformed', async () => {
    expect(await extract('%PDF-1.7\n1 0 obj << /Type /Catalog >> garbage', 'application/pdf')).toMatchObject({ status: 'failed', reason: 'malformed', pages: [] });
  });

  it('fails 10,000 pages as too many, before reading them', async () => {
    const started = performance.now();
    expect(await extract(manyPagesPdf(10_000), 'application/pdf')).toMatchObject({ status: 'failed', reason: 'too_many_pages', pages: [] });
    expect(performance.now() - started).toBeLessThan(15_000);
  });

  it('fails a PDF with more text than is kept as too large', async () => {
    const page = Array.from({ length: 40 }, () => 'x'.repeat(80));
    expect(await extract(textPdf([page, page]), 'application/pdf', { limits: { maxTextChars: 4000 } })).toMatchObject({ status: 'failed', reason: 'too_large' });
  });

  it('gives a scan no_text_layer (ocr_unavailable) without tesseract', async () => {
    const scan = scannedText(['Deze overeenkomst treedt in werking']);
    expect(await extract(scannedPdf([scan.grey]), 'application/pdf')).toEqual({ status: 'no_text_layer', reason: 'ocr_unavailable', pages: [] });
  });

  it.skipIf(!ocr)('reads a scanned PDF with tesseract (Dutch), from the page image pdf.js decodes', async () => {
    const scan = scannedText(['Deze overeenkomst treedt in werking', 'op 1 januari 2024.']);
    const out = await extract(scannedPdf([scan.grey]), 'application/pdf', { ocr });
    expect(out.status).toBe('done');
    expect(out.pages[0]).toMatch(/overeenkomst treedt in werking/);
    expect(out.pages[0]).toMatch(/1 januari 2024/);
  });
});

describe('images', () => {
  it('gives an image no_text_layer without tesseract', async () => {
    expect(await extract(scannedText(['Tekst']).png, 'image/png')).toEqual({ status: 'no_text_layer', reason: 'ocr_unavailable', pages: [] });
  });

  it.skipIf(!ocr)('reads a PNG scan with tesseract', async () => {
    const out = await extract(scannedText(['De opzegtermijn bedraagt drie maanden.']).png, 'image/png', { ocr });
    expect(out).toMatchObject({ status: 'done', reason: null });
    expect(out.pages[0]).toMatch(/opzegtermijn bedraagt drie maanden/);
  });

  it.skipIf(!ocr)('fails a damaged image as malformed', async () => {
    expect(await extract(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]), 'image/png', { ocr })).toMatchObject({ status: 'failed' });
  });
});

describe('DOCX, ODT, XLSX', () => {
  it('reads a DOCX page by page where Word laid out its pages', async () => {
    const out = await extract(docxFile([['Artikel 1', 'Looptijd & verlenging'], ['Artikel 2 <opzegging>']]), DOCX);
    expect(out).toEqual({ status: 'done', reason: null, pages: ['Artikel 1\nLooptijd & verlenging', 'Artikel 2 <opzegging>'] });
  });

  it('splits a DOCX without rendered breaks at its hard page breaks', async () => {
    expect((await extract(docxFile([['Een'], ['Twee'], ['Drie']], { hardBreaks: true }), DOCX)).pages).toEqual(['Een', 'Twee', 'Drie']);
  });

  it('reads an ODT page by page, spaces kept', async () => {
    expect(await extract(odtFile([['Eerste  pagina'], ['Tweede']]), ODT)).toEqual({ status: 'done', reason: null, pages: ['Eerste  pagina', 'Tweede'] });
  });

  it('reads an XLSX sheet by sheet', async () => {
    const sheet = (rows: string) => `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows}</sheetData></worksheet>`;
    const xlsx = zipFile([
      {
        name: 'xl/sharedStrings.xml',
        data: '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>Partij</t></si><si><t>Gemeente Enschede</t></si></sst>',
      },
      { name: 'xl/worksheets/sheet2.xml', data: sheet('<row><c t="inlineStr"><is><t>Blad twee</t></is></c></row>') },
      { name: 'xl/worksheets/sheet1.xml', data: sheet('<row><c t="s"><v>0</v></c><c t="s"><v>1</v></c><c><v>42</v></c></row>') },
    ]);
    expect(await extract(xlsx, XLSX)).toEqual({ status: 'done', reason: null, pages: ['Partij\tGemeente Enschede\t42', 'Blad twee'] });
  });

  it('fails a zip bomb that says how large it unpacks, before unpacking', async () => {
    const bomb = zipFile([{ name: 'word/document.xml', data: Buffer.alloc(16 * 1024 * 1024, 0x20) }]);
    expect(bomb.length).toBeLessThan(100_000);
    expect(await extract(bomb, DOCX)).toMatchObject({ status: 'failed', reason: 'too_large', pages: [] });
  });

  it('fails a zip bomb that lies about its size, while unpacking', async () => {
    const bomb = zipFile([{ name: 'word/document.xml', data: Buffer.alloc(16 * 1024 * 1024, 0x20), declaredSize: 1000 }]);
    expect(await extract(bomb, DOCX)).toMatchObject({ status: 'failed', reason: 'too_large', pages: [] });
  });

  it('fails a DOCX that is not a zip, or whose XML is broken, as malformed', async () => {
    expect(await extract('PK\u0003\u0004 not really', DOCX)).toMatchObject({ status: 'failed', reason: 'malformed' });
    expect(await extract(zipFile([{ name: 'word/document.xml', data: '<w:document><w:body>' }]), DOCX)).toMatchObject({ status: 'failed', reason: 'malformed' });
  });

  it('expands no entities (no billion laughs, no external files)', async () => {
    const xml = `<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY x SYSTEM "file:///etc/passwd">]><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>&b;&x;</w:t></w:r></w:p></w:body></w:document>`;
    const out = await extract(zipFile([{ name: 'word/document.xml', data: xml }]), DOCX);
    expect(out.status).toBe('failed');
    expect(JSON.stringify(out)).not.toContain('root:');
  });
});

describe('text and e-mail', () => {
  it('reads UTF-8, and Windows-1252 when the bytes are not UTF-8; form feeds make pages', async () => {
    expect(await extract('Eén\fTwee\r\n', 'text/plain')).toEqual({ status: 'done', reason: null, pages: ['Eén', 'Twee'] });
    expect((await extract(Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x80]), 'text/plain')).pages).toEqual(['Café €']);
  });

  it('drops control and bidi characters from the text', async () => {
    expect((await extract('a\u0000b\u202Ec\u0007', 'text/plain')).pages).toEqual(['abc']);
  });

  it('reads an e-mail: headers, then the plain-text body, then the names of its attachments', async () => {
    const eml = [
      'From: Jurist <jurist@vrtwente.nl>',
      'To: leverancier@example.nl',
      'Subject: =?UTF-8?Q?Opzegging_overeenkomst_=E2=80=93_ge=C3=ABvalueerd?=',
      'Date: Tue, 01 Dec 2026 10:00:00 +0100',
      'MIME-Version: 1.0',
      'Content-Type: multipart/mixed; boundary="b"',
      '',
      '--b',
      'Content-Type: text/plain; charset=utf-8',
      'Content-Transfer-Encoding: quoted-printable',
      '',
      'Hierbij zeggen wij de overeenkomst op per 1 januari 2027.=0AMet vriendelijke groet',
      '--b',
      'Content-Type: application/pdf; name="brief.pdf"',
      'Content-Disposition: attachment; filename="brief.pdf"',
      'Content-Transfer-Encoding: base64',
      '',
      'JVBERi0xLjcK',
      '--b--',
      '',
    ].join('\r\n');
    const out = await extract(eml, 'message/rfc822');
    expect(out.status).toBe('done');
    expect(out.pages).toHaveLength(1);
    expect(out.pages[0]).toContain('Van: "Jurist" <jurist@vrtwente.nl>');
    expect(out.pages[0]).toContain('Onderwerp: Opzegging overeenkomst – geëvalueerd');
    expect(out.pages[0]).toContain('Hierbij zeggen wij de overeenkomst op per 1 januari 2027.\nMet vriendelijke groet');
    expect(out.pages[0]).toContain('Bijlagen: brief.pdf');
  });

  it('gives a type it does not read no_text_layer (unsupported_type)', async () => {
    expect(await extract('x', 'application/octet-stream')).toEqual({ status: 'no_text_layer', reason: 'unsupported_type', pages: [] });
  });
});
