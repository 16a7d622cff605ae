import type { SearchHit } from '@akkoord/shared/schemas/search';
import { isDocumentKind } from '@akkoord/shared/domain/documents';
import { useT } from '../../../lib/i18n/use-t.ts';
import { Link } from '../../../components/ui/link.tsx';
import { HighlightedText } from './highlighted-text.tsx';

/** Where a document hit opens: a PDF at its page (the browser's viewer reads `#page=`), anything else on the agreement's page. */
export function documentPageHref(hit: Extract<SearchHit, { kind: 'document' }>): string | null {
  if (hit.mediaType !== 'application/pdf') return null;
  return `/api/documents/${hit.document.id}/versions/${hit.version}/content?disposition=inline#page=${hit.page}`;
}

/** One hit: the agreement (a link), where the words were found, the snippet with its highlights, and for document text a link to the page. */
export function SearchHitItem({ hit }: { hit: SearchHit }) {
  const t = useT();
  const agreementHref = `/agreements/${hit.agreement.id}`;
  return (
    <li className="app-search-hit">
      <p className="app-search-hit__meta utrecht-paragraph">
        {hit.kind === 'agreement'
          ? t('search.hit.agreement', { field: t(`search.field.${hit.field}`) })
          : t('search.hit.document', {
              kind: isDocumentKind(hit.document.kind) ? t(`documents.kind.${hit.document.kind}`) : hit.document.kind,
              title: hit.document.title,
              page: hit.page,
              version: hit.version,
            })}
      </p>
      <h3 className="utrecht-heading-3 app-search-hit__title">
        <Link to={agreementHref}>{hit.agreement.title}</Link>
        {hit.agreement.collaborationCode ? <span className="app-muted"> · {hit.agreement.collaborationCode}</span> : null}
      </h3>
      <p className="utrecht-paragraph app-search-hit__snippet">
        <HighlightedText snippet={hit.snippet} />
      </p>
      {hit.kind === 'document' ? (
        <p className="utrecht-paragraph app-search-hit__links">
          {documentPageHref(hit) ? (
            <a className="utrecht-link utrecht-link--html-a" href={documentPageHref(hit)!} target="_blank" rel="noopener">
              {t('search.openPage', { page: hit.page, title: hit.document.title })}
            </a>
          ) : (
            <Link to={`${agreementHref}#document-${hit.document.id}`}>{t('search.openDocuments', { title: hit.document.title })}</Link>
          )}
        </p>
      ) : null}
    </li>
  );
}
