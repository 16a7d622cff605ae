import { WOO_CATEGORIES, infocatOf, tooiUriOf, type WooInformationCategory } from '@akkoord/shared/woo/woo';
import type { PublicAgreement } from './woo.service.ts';

export const SITEMAP_NS = 'http://www.sitemaps.org/schemas/sitemap/0.9';
/** DiWoo metadata, version 0.9.8 (the namespace URI carries no version). */
export const DIWOO_NS = 'https://standaarden.overheid.nl/diwoo/metadata/';

const xml = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);

/**
 * File types by media type, as the DiWoo 0.9.8 value list `formatlijst` (PLOOI file types, EU
 * authority table) names them, with the list's labels. The Woo-index harvests only these types:
 * a file of another type (a scan as PNG, JPEG or TIFF, an e-mail) is listed by its public page.
 */
const FILE_TYPES: Record<string, { code: string; label: string }> = {
  'application/pdf': { code: 'PDF', label: 'PDF' },
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': { code: 'DOCX', label: 'Word DOCX' },
  'application/vnd.oasis.opendocument.text': { code: 'ODT', label: 'ODT' },
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': { code: 'XLSX', label: 'Excel XLSX' },
  'text/plain': { code: 'TXT', label: 'Plain text' },
};
const HTML = { code: 'HTML', label: 'HTML' };

/** "vaststelling" in the DiWoo 0.9.8 value list `soorthandelinglijst` (TOOI ccw_plooi_documenthandelingen). */
const SOORT_HANDELING_VASTSTELLING = 'https://identifier.overheid.nl/tooi/def/thes/kern/c_641ecd76';

/**
 * The Woo sitemap: one `<url>` per published agreement — its file when the Woo-index can harvest
 * that type, else its public page — with the DiWoo metadata (0.9.8, checked against the XSD,
 * decision 058) the harvester reads: publisher and responsible organisation (TOOI organisation URI),
 * official title, information category (TOOI), creation date, language, format and the document
 * action with its time.
 */
export function buildWooSitemap(items: PublicAgreement[], publicUrl: string, publisher: { name: string; uri: string | null }): string {
  const org = (tag: string) => `<diwoo:${tag}${publisher.uri ? ` resource="${xml(publisher.uri)}"` : ''}>${xml(publisher.name)}</diwoo:${tag}>`;
  const urls = items.map((a) => {
    const fileType = a.file ? FILE_TYPES[a.file.mediaType] : undefined;
    const loc = fileType ? `${publicUrl}/openbaar/${a.id}/bestand` : `${publicUrl}/openbaar/${a.id}`;
    const format = fileType ?? HTML;
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
        <diwoo:language resource="http://publications.europa.eu/resource/authority/language/NLD">Nederlands</diwoo:language>
        <diwoo:format resource="http://publications.europa.eu/resource/authority/file-type/${format.code}">${format.label}</diwoo:format>
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

/** The path of the sitemap index of one information category, as the Woo-index's naming convention requires. */
export const sitemapIndexPath = (c: WooInformationCategory) => `/woo/sitemapindex-diwoo-infocat${infocatOf(c)}.xml`;

/**
 * The sitemap index of one information category (`sitemapindex-diwoo-infocatNNN.xml`): the Woo-index
 * reads only sitemap indexes named so, found through robots.txt, and each names the sitemap of the
 * published agreements of that category.
 */
export function buildWooSitemapIndex(category: WooInformationCategory, publicUrl: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="${SITEMAP_NS}">
  <sitemap>
    <loc>${xml(`${publicUrl}/woo/sitemap.xml?infocat=${infocatOf(category)}`)}</loc>
  </sitemap>
</sitemapindex>
`;
}

/**
 * robots.txt for the host Akkoord answers on: the public pages and the Woo files may be read, the
 * rest (the application behind sign-in) not, and a `Sitemap:` line for the index of every
 * information category with a published agreement — where the Woo-index harvester looks for them.
 */
export function buildRobotsTxt(categories: WooInformationCategory[], publicUrl: string): string {
  const sitemaps = [...new Set(categories)].sort((a, b) => infocatOf(a).localeCompare(infocatOf(b))).map((c) => `Sitemap: ${publicUrl}${sitemapIndexPath(c)}\n`);
  return `User-agent: *\nAllow: /openbaar\nAllow: /woo/\nDisallow: /\n${sitemaps.length ? `\n${sitemaps.join('')}` : ''}`;
}
