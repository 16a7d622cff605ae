import type { SaxesTagNS } from 'saxes';
import { cleanPageText, TextBudget } from './clean-text.ts';
import { ExtractionError, type ExtractionOutcome, type ExtractionRequest } from './extraction-protocol.ts';
import { attribute, walkXml } from './xml-walk.ts';
import { readZipEntries } from './zip-entries.ts';

/** Collects text into pages; a break with nothing on the page yet starts no new page (writers mark one break twice). */
class PageCollector {
  readonly pages: string[] = [];
  private current = '';
  add(text: string): void {
    this.current += text;
  }
  pageBreak(): void {
    if (!this.current.trim()) return;
    this.pages.push(this.current);
    this.current = '';
  }
  finish(): string[] {
    if (this.current.trim() || this.pages.length === 0) this.pages.push(this.current);
    return this.pages;
  }
}

const isOn = (v: string | undefined) => v === undefined || !['0', 'false', 'off'].includes(v);

/**
 * DOCX: the main document's text (`word/document.xml`). A DOCX has no pages of
 * its own; where Word last laid them out it left `w:lastRenderedPageBreak`
 * marks, which give the pages a reader saw. A file without them (written by
 * another program) is split at its hard page breaks only.
 */
function docxPages(xml: Buffer): string[] {
  const rendered = xml.includes('lastRenderedPageBreak');
  const out = new PageCollector();
  walkXml(xml, {
    open(tag, ancestors) {
      const parent = ancestors[ancestors.length - 1];
      switch (tag.local) {
        case 'lastRenderedPageBreak':
          if (rendered) out.pageBreak();
          break;
        case 'pageBreakBefore':
          if (!rendered && isOn(attribute(tag, 'val'))) out.pageBreak();
          break;
        case 'br':
          if (parent !== 'r') break;
          if (attribute(tag, 'type') === 'page') {
            if (!rendered) out.pageBreak();
          } else out.add('\n');
          break;
        case 'cr':
          if (parent === 'r') out.add('\n');
          break;
        case 'tab':
          if (parent === 'r') out.add('\t');
          break;
      }
    },
    close(tag) {
      if (tag.local === 'p') out.add('\n');
    },
    text(text, ancestors) {
      if (ancestors[ancestors.length - 1] === 't') out.add(text);
    },
  });
  return out.finish();
}

interface OdtBreaks {
  before: Set<string>;
  after: Set<string>;
}

/** Paragraph styles (named and automatic) that start or end a page. */
function odtPageBreakStyles(xmls: Buffer[]): OdtBreaks {
  const breaks: OdtBreaks = { before: new Set(), after: new Set() };
  for (const xml of xmls) {
    let style: string | undefined;
    walkXml(xml, {
      open(tag) {
        if (tag.local === 'style') style = attribute(tag, 'name');
        else if (tag.local === 'paragraph-properties' && style) {
          if (attribute(tag, 'break-before') === 'page') breaks.before.add(style);
          if (attribute(tag, 'break-after') === 'page') breaks.after.add(style);
        }
      },
      close(tag) {
        if (tag.local === 'style') style = undefined;
      },
    });
  }
  return breaks;
}

/**
 * ODT: the text of `content.xml`, split where LibreOffice last laid out a page
 * (`text:soft-page-break`) and where a paragraph's style breaks the page.
 * Comments and deleted tracked changes are left out.
 */
function odtPages(content: Buffer, styles: Buffer | undefined): string[] {
  const breaks = odtPageBreakStyles(styles ? [styles, content] : [content]);
  const out = new PageCollector();
  const SKIP = new Set(['annotation', 'tracked-changes', 'note-citation']);
  const skipped = (ancestors: readonly string[]) => ancestors.some((a) => SKIP.has(a));
  const paragraphStyle = (tag: SaxesTagNS) => attribute(tag, 'style-name') ?? '';
  walkXml(content, {
    open(tag, ancestors) {
      if (!ancestors.includes('body') || skipped(ancestors)) return;
      switch (tag.local) {
        case 'p':
        case 'h':
          if (breaks.before.has(paragraphStyle(tag))) out.pageBreak();
          break;
        case 's':
          out.add(' '.repeat(Math.min(1000, Number(attribute(tag, 'c') ?? 1) || 1)));
          break;
        case 'tab':
          out.add('\t');
          break;
        case 'line-break':
          out.add('\n');
          break;
        case 'soft-page-break':
          out.pageBreak();
          break;
      }
    },
    close(tag, ancestors) {
      if (!ancestors.includes('body') || skipped(ancestors)) return;
      if (tag.local === 'p' || tag.local === 'h') {
        out.add('\n');
        if (breaks.after.has(paragraphStyle(tag))) out.pageBreak();
      }
    },
    text(text, ancestors) {
      if (ancestors.includes('body') && !skipped(ancestors)) out.add(text);
    },
  });
  return out.finish();
}

/** XLSX: one page per worksheet (in the order of their file names), a line per row, cells separated by tabs. */
function xlsxPages(entries: Map<string, Buffer>): string[] {
  const shared: string[] = [];
  const sst = entries.get('xl/sharedStrings.xml');
  if (sst) {
    let item = '';
    walkXml(sst, {
      close(tag) {
        if (tag.local === 'si') {
          shared.push(item);
          item = '';
        }
      },
      text(text, ancestors) {
        if (ancestors[ancestors.length - 1] === 't' && !ancestors.includes('rPh')) item += text;
      },
    });
  }
  const sheetNumber = (name: string) => Number(/sheet(\d+)\.xml$/.exec(name)?.[1] ?? 0);
  const sheets = [...entries.keys()].filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n)).sort((a, b) => sheetNumber(a) - sheetNumber(b));
  return sheets.map((name) => {
    const lines: string[] = [];
    let cells: string[] = [];
    let cellType: string | undefined;
    let value = '';
    walkXml(entries.get(name)!, {
      open(tag) {
        if (tag.local === 'c') {
          cellType = attribute(tag, 't');
          value = '';
        }
      },
      close(tag) {
        if (tag.local === 'c') cells.push(cellType === 's' ? (shared[Number(value)] ?? '') : value);
        else if (tag.local === 'row') {
          if (cells.some((c) => c.trim())) lines.push(cells.join('\t'));
          cells = [];
        }
      },
      text(text, ancestors) {
        const at = ancestors[ancestors.length - 1];
        if (at === 'v' || (at === 't' && ancestors.includes('is'))) value += text;
      },
    });
    return lines.join('\n');
  });
}

export type OfficeKind = 'docx' | 'odt' | 'xlsx';

const WANTED: Record<OfficeKind, (name: string) => boolean> = {
  docx: (n) => n === 'word/document.xml',
  odt: (n) => n === 'content.xml' || n === 'styles.xml',
  xlsx: (n) => n === 'xl/sharedStrings.xml' || /^xl\/worksheets\/sheet\d+\.xml$/.test(n),
};

/** Reads a DOCX, ODT or XLSX from its XML, page by page (sheet by sheet), within the zip and text limits. */
export async function extractOffice(req: ExtractionRequest, kind: OfficeKind): Promise<ExtractionOutcome> {
  const entries = await readZipEntries(req.file, WANTED[kind], { maxEntryBytes: req.limits.maxEntryBytes });
  let raw: string[];
  if (kind === 'docx') {
    const doc = entries.get('word/document.xml');
    if (!doc) throw new ExtractionError('malformed', 'no word/document.xml');
    raw = docxPages(doc);
  } else if (kind === 'odt') {
    const content = entries.get('content.xml');
    if (!content) throw new ExtractionError('malformed', 'no content.xml');
    raw = odtPages(content, entries.get('styles.xml'));
  } else raw = xlsxPages(entries);
  if (raw.length > req.limits.maxPages) throw new ExtractionError('too_many_pages', `${raw.length} pages`);
  const budget = new TextBudget(req.limits.maxTextChars);
  const pages = raw.map((p) => budget.take(cleanPageText(p)));
  if (!pages.some((p) => p.length > 0)) return { status: 'no_text_layer', reason: 'no_text_found', pages: [] };
  return { status: 'done', reason: null, pages };
}
