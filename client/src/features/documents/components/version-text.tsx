import { useId } from 'react';
import { useT } from '../../../lib/i18n/use-t.ts';
import { Heading, Paragraph } from '../../../components/ui/heading.tsx';
import { QueryState } from '../../../components/ui/query-state.tsx';
import { Skeleton } from '../../../components/ui/skeleton.tsx';
import { useDocumentText } from '../api/get-document-text.ts';
import { textReasonText } from './text-status.tsx';

/** The text Akkoord read from one version, page by page, or plainly why there is none (yet). */
export function VersionText({ documentId, version, fileName }: { documentId: number; version: number; fileName: string }) {
  const t = useT();
  const headingId = useId();
  const query = useDocumentText(documentId, version);
  return (
    <div className="app-version-text">
      <Heading level={4} id={headingId}>
        {t('documents.text.title', { file: fileName, version })}
      </Heading>
      <QueryState query={query} skeleton={<Skeleton lines={4} />}>
        {(text) =>
          text.status === 'pending' ? (
            <Paragraph role="status">{t('documents.text.pending')}</Paragraph>
          ) : text.status === 'no_text_layer' ? (
            <Paragraph>
              {!text.reason || text.reason === 'ocr_unavailable' ? t('documents.text.noTextLayer') : t('documents.text.noTextBecause', { reason: textReasonText(text.reason, t) })}
            </Paragraph>
          ) : text.status === 'failed' ? (
            <Paragraph>{text.reason ? t('documents.text.failedBecause', { reason: textReasonText(text.reason, t) }) : t('documents.text.failed')}</Paragraph>
          ) : text.pages.length === 0 ? (
            <Paragraph>{t('documents.text.noPages')}</Paragraph>
          ) : (
            <>
              {text.reason ? <Paragraph>{t('documents.text.partial', { reason: textReasonText(text.reason, t) })}</Paragraph> : null}
              {/* A long text scrolls in its own box, which the keyboard can reach and scroll (WCAG 2.1.1). */}
              <div className="app-version-text__pages" role="region" aria-labelledby={headingId} tabIndex={0}>
                {text.pages.map((p) => (
                  <section key={p.page} className="app-version-text__page" aria-labelledby={`${headingId}-p${p.page}`}>
                    <h5 className="app-version-text__page-heading" id={`${headingId}-p${p.page}`}>
                      {t('documents.text.page', { page: p.page })}
                    </h5>
                    {p.text.trim() ? (
                      <p className="utrecht-paragraph app-version-text__body">{p.text}</p>
                    ) : (
                      <Paragraph className="app-muted">{t('documents.text.emptyPage')}</Paragraph>
                    )}
                  </section>
                ))}
              </div>
            </>
          )
        }
      </QueryState>
    </div>
  );
}
