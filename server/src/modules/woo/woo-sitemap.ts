import { WOO_CATEGORIES, tooiUriOf } from '@akkoord/shared/woo/woo';
import type { PublicAgreement } from './woo.service.ts';

export const SITEMAP_NS = 'http://www.sitemaps.org/schemas/sitemap/0.9';
/** DiWoo metadata, version 0.9.8 (the namespace URI carries no version). */
export const DIWOO_NS = 'https://standaarden.overheid.nl/diwoo/metadata/';

const xml = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);

/** File types by media type, as the EU authority table names them (DiWoo `format`). */
const FILE_TYPES: Record<string, string> = {
  'application/pdf': 'PDF',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'DOCX',
  'application/vnd.oasis.opendocument.text': 'ODT',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'XLSX',
  'text/plain': 'TXT',
  'image/png': 'PNG',
  'image/jpeg': 'JPEG',
  'image/tiff': 'TIFF',
};

/** "Vaststelling" in the TOOI value list of document actions (DiWoo `soortHandeling`). */
const SOORT_HANDELING_VASTSTELLING = 'https://identifier.overheid.nl/tooi/def/thes/kern/c_641ecd76';

/**
 * The Woo sitemap: one `<url>` per published agreement — its file when it has
 * one, else its public page — with the DiWoo metadata (0.9.8) the Woo-index
 * harvester reads: publisher and responsible organisation, official title,
 * information category (TOOI), creation date, format, language and the
 * document action with its time.
 */
export function buildWooSitemap(items: PublicAgreement[], publicUrl: string, publisher: { name: string; uri: string | null }): string {
  const org = (tag: string) => `<diwoo:${tag}${publisher.uri ? ` resource="${xml(publisher.uri)}"` : ''}>${xml(publisher.name)}</diwoo:${tag}>`;
  const urls = items.map((a) => {
    const loc = a.file ? `${publicUrl}/openbaar/${a.id}/bestand` : `${publicUrl}/openbaar/${a.id}`;
    const fileType = a.file ? (FILE_TYPES[a.file.mediaType] ?? 'BIN') : 'HTML';
    const day = a.publishedOn ?? '';
    return `  <url>
    <loc>${xml(loc)}</loc>
    <lastmod>${xml(day)}</lastmod>
    <diwoo:Document>
      <diwoo:DiWoo>
        ${org('publisher')}
        ${org('verantwoordelijke')}
        <diwoo:titelcollectie>
          <diwoo:officieleTitel>${xml(a.title)}</diwoo:officieleTitel>
        </diwoo:titelcollectie>
        <diwoo:classificatiecollectie>
          <diwoo:informatiecategorieen>
            <diwoo:informatiecategorie resource="${tooiUriOf(a.category)}">${xml(WOO_CATEGORIES[a.category].nl)}</diwoo:informatiecategorie>
          </diwoo:informatiecategorieen>
        </diwoo:classificatiecollectie>
        <diwoo:creatiedatum>${xml(day)}</diwoo:creatiedatum>
        <diwoo:format resource="http://publications.europa.eu/resource/authority/file-type/${fileType}">${fileType.toLowerCase()}</diwoo:format>
        <diwoo:language resource="http://publications.europa.eu/resource/authority/language/NLD">Nederlands</diwoo:language>
        <diwoo:documenthandelingen>
          <diwoo:documenthandeling>
            <diwoo:soortHandeling resource="${SOORT_HANDELING_VASTSTELLING}">vaststelling</diwoo:soortHandeling>
            <diwoo:atTime>${xml(day)}T00:00:00</diwoo:atTime>
          </diwoo:documenthandeling>
        </diwoo:documenthandelingen>
      </diwoo:DiWoo>
    </diwoo:Document>
  </url>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="${SITEMAP_NS}" xmlns:diwoo="${DIWOO_NS}">
${urls.join('\n')}
</urlset>
`;
}
