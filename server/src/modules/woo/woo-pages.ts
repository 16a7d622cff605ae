import { formatPartialDate } from '@akkoord/shared/dates/format-partial-date';
import type { AgreementType, PartyRole } from '@akkoord/shared/domain/enums';
import { WOO_CATEGORIES, type WooInformationCategory } from '@akkoord/shared/woo/woo';
import { PUBLIC_TEXTS, type PublicLang } from './woo-texts.ts';
import type { PublicAgreement } from './woo.service.ts';

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const CATEGORY_EN: Partial<Record<WooInformationCategory, string>> = { convenanten: 'Covenants' };

/** The category as the law names it (and in English where we have the word). */
export const categoryLabel = (c: WooInformationCategory, lang: PublicLang) => (lang === 'en' ? (CATEGORY_EN[c] ?? WOO_CATEGORIES[c].nl) : WOO_CATEGORIES[c].nl);

function page(lang: PublicLang, title: string, body: string, path: string): string {
  const t = PUBLIC_TEXTS[lang];
  const otherLang = lang === 'nl' ? 'en' : 'nl';
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
</head>
<body>
<a href="#main">${lang === 'nl' ? 'Naar de inhoud' : 'Skip to content'}</a>
<header><p><a href="${path}?lang=${otherLang}" lang="${otherLang}" hreflang="${otherLang}">${t.other}</a></p></header>
<main id="main">
${body}
</main>
</body>
</html>
`;
}

function facts(a: PublicAgreement, lang: PublicLang): string {
  const t = PUBLIC_TEXTS[lang];
  const date = (d: string | null) => (d ? escapeHtml(formatPartialDate(d, lang)) : t.unknown);
  const parties = a.parties.length
    ? `<ul>${a.parties.map((p) => `<li>${escapeHtml(p.name)} (${t.role[p.role as PartyRole] ?? escapeHtml(p.role)})</li>`).join('')}</ul>`
    : t.unknown;
  return `<dl>
<dt>${t.parties}</dt><dd>${parties}</dd>
<dt>${t.start}</dt><dd>${date(a.startDate)}</dd>
<dt>${t.end}</dt><dd>${a.termKind === 'indefinite' ? t.indefinite : date(a.endDate)}</dd>
<dt>${t.category}</dt><dd>${escapeHtml(categoryLabel(a.category, lang))} (Woo art. ${escapeHtml(WOO_CATEGORIES[a.category].article)})</dd>
<dt>${t.publishedOn}</dt><dd>${date(a.publishedOn)}${a.partly ? `<br>${t.partly}` : ''}</dd>
</dl>`;
}

/** `/openbaar`: every published agreement. */
export function renderPublicList(items: PublicAgreement[], lang: PublicLang): string {
  const t = PUBLIC_TEXTS[lang];
  const list = items.length
    ? `<ul>${items
        .map(
          (a) =>
            `<li><h2><a href="/openbaar/${a.id}${lang === 'en' ? '?lang=en' : ''}">${escapeHtml(a.title)}</a></h2><p>${t.type[a.type as AgreementType] ?? ''}</p>${facts(a, lang)}</li>`,
        )
        .join('\n')}</ul>`
    : `<p>${t.empty}</p>`;
  return page(lang, t.title, `<h1>${t.title}</h1>\n<p>${t.intro}</p>\n${list}`, '/openbaar');
}

/** `/openbaar/:id`: one published agreement and its file. */
export function renderPublicAgreement(a: PublicAgreement, lang: PublicLang): string {
  const t = PUBLIC_TEXTS[lang];
  const file = a.file
    ? `<p><a href="/openbaar/${a.id}/bestand" download>${t.download}: ${escapeHtml(a.file.fileName)}</a> (${escapeHtml(a.file.mediaType)}, ${Math.max(1, Math.round(a.file.sizeBytes / 1024))} kB)</p>`
    : `<p>${t.noFile}</p>`;
  const elsewhere = a.url ? `<p>${t.elsewhere} <a href="${escapeHtml(a.url)}">${escapeHtml(a.url)}</a></p>` : '';
  const body = `<p><a href="/openbaar${lang === 'en' ? '?lang=en' : ''}">${t.back}</a></p>
<h1>${escapeHtml(a.title)}</h1>
<p>${t.type[a.type as AgreementType] ?? ''}</p>
${facts(a, lang)}
<h2>${t.file}</h2>
${file}
${elsewhere}`;
  return page(lang, a.title, body, `/openbaar/${a.id}`);
}
