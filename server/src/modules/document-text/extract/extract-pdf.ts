import { createRequire } from 'node:module';
import fs from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { cleanPageText, TextBudget } from './clean-text.ts';
import { ExtractionError, type ExtractionOutcome, type ExtractionRequest } from './extraction-protocol.ts';
import { isPdfImageData, writeNetpbm, type PdfImageData } from './pdf-page-image.ts';
import { ocrImage } from './ocr.ts';

// The legacy build is the one pdf.js supports on Node (decision 045).
type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
type PdfPage = Awaited<ReturnType<Awaited<ReturnType<PdfJs['getDocument']>['promise']>['getPage']>>;

/** A page with fewer letters or digits than this is taken for a scan. */
const SCAN_TEXT_CHARS = 3;

function pdfjsAssets(): { standardFontDataUrl: string; cMapUrl: string; wasmUrl: string } {
  const root = path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
  const dir = (name: string) => `${pathToFileURL(path.join(root, name)).pathname}/`;
  return { standardFontDataUrl: dir('standard_fonts'), cMapUrl: dir('cmaps'), wasmUrl: dir('wasm') };
}

/** The page's text layer as lines. */
async function pageText(page: PdfPage): Promise<string> {
  const content = await page.getTextContent();
  let text = '';
  for (const item of content.items) {
    if (!('str' in item)) continue;
    text += item.str;
    if (item.hasEOL) text += '\n';
  }
  return text;
}

/** The largest image painted on the page, decoded by pdf.js, or null. */
async function largestPageImage(pdfjs: PdfJs, page: PdfPage): Promise<PdfImageData | null> {
  const ops = await page.getOperatorList();
  let best: PdfImageData | null = null;
  for (let i = 0; i < ops.fnArray.length; i++) {
    const fn = ops.fnArray[i];
    const args = ops.argsArray[i] as unknown[];
    let image: unknown = null;
    if (fn === pdfjs.OPS.paintInlineImageXObject) image = args[0];
    else if (fn === pdfjs.OPS.paintImageXObject || fn === pdfjs.OPS.paintImageXObjectRepeat) {
      const id = args[0] as string;
      const objs = id.startsWith('g_') ? page.commonObjs : page.objs;
      image = await new Promise((resolve) => objs.get(id, resolve));
    }
    if (isPdfImageData(image) && (!best || image.width * image.height > best.width * best.height)) best = image;
  }
  return best;
}

/**
 * Reads a PDF page by page with pdf.js: the text layer of each page, and for
 * a page without one (a scan) the text tesseract reads from its largest
 * image when OCR is installed. Password-protected files, damaged files and
 * files with more pages than the limit fail with their reason.
 */
export async function extractPdf(req: ExtractionRequest): Promise<ExtractionOutcome> {
  const pdfjs: PdfJs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const data = new Uint8Array(await fs.readFile(req.file));
  const task = pdfjs.getDocument({
    data,
    ...pdfjsAssets(),
    cMapPacked: true,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    isOffscreenCanvasSupported: false,
    isImageDecoderSupported: false,
    maxImageSize: req.limits.maxImagePixels,
    verbosity: 0,
  });
  let doc;
  try {
    doc = await task.promise;
  } catch (err) {
    const name = (err as Error)?.name;
    if (name === 'PasswordException') throw new ExtractionError('encrypted', 'the PDF needs a password');
    throw new ExtractionError('malformed', `pdf.js: ${(err as Error)?.message ?? String(err)}`);
  }
  try {
    if (doc.numPages > req.limits.maxPages) throw new ExtractionError('too_many_pages', `${doc.numPages} pages`);
    const budget = new TextBudget(req.limits.maxTextChars);
    const pages: string[] = [];
    let scansUnread = 0;
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      let text = cleanPageText(await pageText(page));
      if ((text.match(/[\p{L}\p{N}]/gu)?.length ?? 0) < SCAN_TEXT_CHARS) {
        const image = await largestPageImage(pdfjs, page);
        if (image && req.ocr) {
          const file = path.join(req.workDir, `page-${n}.${image.kind === 1 ? 'pbm' : 'ppm'}`);
          await writeNetpbm(image, file);
          text = cleanPageText((await ocrImage(file, req.ocr, req.limits.memoryMb)).join('\n'));
          await fs.rm(file, { force: true });
        } else if (image) scansUnread++;
      }
      pages.push(budget.take(text));
      page.cleanup();
    }
    const hasText = pages.some((p) => p.length > 0);
    if (!hasText) return { status: 'no_text_layer', reason: scansUnread > 0 ? 'ocr_unavailable' : 'no_text_found', pages: [] };
    return { status: 'done', reason: scansUnread > 0 ? 'some_pages_ocr_unavailable' : null, pages };
  } finally {
    await doc.destroy();
  }
}
