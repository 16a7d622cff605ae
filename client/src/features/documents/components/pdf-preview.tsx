import { useT } from '../../../lib/i18n/use-t.ts';
import { Paragraph } from '../../../components/ui/heading.tsx';
import { documentContentUrl } from '../api/content-url.ts';

/**
 * A PDF shown by the browser's own viewer in a frame. The server sends it
 * inline under a `sandbox` CSP, so nothing in the file can script this page;
 * the page's CSP allows frames from its own origin only.
 */
export function PdfPreview({ documentId, version, fileName }: { documentId: number; version: number; fileName: string }) {
  const t = useT();
  return (
    <div className="app-pdf-preview">
      <Paragraph className="app-muted">{t('documents.preview.note')}</Paragraph>
      <iframe className="app-pdf-preview__frame" title={t('documents.preview.title', { file: fileName, version })} src={documentContentUrl(documentId, version, 'inline')} />
    </div>
  );
}
