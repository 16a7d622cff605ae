import { ApiError } from '../../../lib/api-client.ts';
import { problemText } from '../../../lib/form-errors.ts';
import { useT } from '../../../lib/i18n/use-t.ts';
import { Alert } from '../../../components/ui/alert.tsx';
import { Paragraph } from '../../../components/ui/heading.tsx';

/** The document a 409 names: the one that already holds these bytes. */
export function existingDocumentOf(error: unknown): { id: number; title: string | null } | null {
  if (!(error instanceof ApiError) || error.status !== 409 || typeof error.body !== 'object' || error.body === null) return null;
  const body = error.body as Record<string, unknown>;
  for (const candidate of [body.existing, body.document, body.existingDocument]) {
    if (typeof candidate === 'object' && candidate !== null && typeof (candidate as { id?: unknown }).id === 'number') {
      const c = candidate as { id: number; title?: unknown };
      return { id: c.id, title: typeof c.title === 'string' ? c.title : null };
    }
  }
  return typeof body.documentId === 'number' ? { id: body.documentId, title: null } : null;
}

/**
 * Why an upload was refused, from the server's problem+json: the same file
 * already here (with a link to it), too large or a type Akkoord does not keep
 * (the server's text names the limit or the accepted types), or anything else.
 */
export function UploadProblem({ error, onShowDocument }: { error: unknown; onShowDocument: (id: number) => void }) {
  const t = useT();
  const status = error instanceof ApiError ? error.status : null;
  const detail = error instanceof ApiError ? (error.problem?.detail ?? rawDetail(error.body)) : null;
  if (status === 409) {
    const existing = existingDocumentOf(error);
    return (
      <Alert type="warning" live title={t('documents.error.duplicate')}>
        {detail ? <Paragraph>{detail}</Paragraph> : null}
        {existing ? (
          <Paragraph>
            <a
              className="utrecht-link"
              href={`#document-${existing.id}`}
              onClick={(e) => {
                e.preventDefault();
                onShowDocument(existing.id);
              }}
            >
              {t('documents.error.duplicateLink', { title: existing.title ?? `#${existing.id}` })}
            </a>
          </Paragraph>
        ) : null}
      </Alert>
    );
  }
  if (status === 413 || status === 415) {
    return (
      <Alert type="error" live title={t(status === 413 ? 'documents.error.tooLarge' : 'documents.error.unsupported')}>
        {detail ? <Paragraph>{detail}</Paragraph> : null}
      </Alert>
    );
  }
  return (
    <Alert type="error" live>
      <Paragraph>{problemText(error, t)}</Paragraph>
    </Alert>
  );
}

/** A problem's detail even when its code is one this client does not know yet. */
function rawDetail(body: unknown): string | null {
  const detail = typeof body === 'object' && body !== null ? (body as { detail?: unknown }).detail : undefined;
  return typeof detail === 'string' ? detail : null;
}
