import { useId, useState } from 'react';
import { useFormat } from '../../../lib/format/use-format.ts';
import { useLanguage, useT } from '../../../lib/i18n/use-t.ts';
import { Button } from '../../../components/ui/button.tsx';
import { Heading, Paragraph } from '../../../components/ui/heading.tsx';
import { Table, TableScroll, TBody, Td, Th, THead, Tr } from '../../../components/ui/table.tsx';
import type { AgreementDocument, DocumentVersion } from '@akkoord/shared/schemas/document';
import { documentContentUrl } from '../api/content-url.ts';
import { formatFileSize, isPdf, mediaTypeName, shortHash } from './format-document.ts';
import { PdfPreview } from './pdf-preview.tsx';
import { TextStatus } from './text-status.tsx';
import { VersionText } from './version-text.tsx';

type Shown = { kind: 'preview' | 'text'; version: number } | null;

export interface DocumentItemProps {
  document: AgreementDocument;
  canManage: boolean;
  onAddVersion: (doc: AgreementDocument) => void;
  onArchive: (doc: AgreementDocument) => void;
  /** Draws attention to this document (it was linked from a duplicate upload). */
  highlighted?: boolean;
}

/** One document: what it is, every version (newest first) with download, preview and text, and its actions. */
export function DocumentItem({ document: doc, canManage, onAddVersion, onArchive, highlighted }: DocumentItemProps) {
  const t = useT();
  const f = useFormat();
  const headingId = useId();
  const [shown, setShown] = useState<Shown>(null);
  const versions = [...doc.versions].sort((a, b) => b.version - a.version);
  const toggle = (kind: 'preview' | 'text', version: number) => setShown((s) => (s?.kind === kind && s.version === version ? null : { kind, version }));
  const shownVersion = shown ? versions.find((v) => v.version === shown.version) : undefined;
  // The document's own permissions say what its state allows (no new version while archived); the role decides first.
  const may = (action: 'upload' | 'archive' | 'restore') => canManage && (doc.permissions ? doc.permissions[action] === true : action === 'upload' ? !doc.archived : true);
  const archiveAction = doc.archived ? 'restore' : 'archive';

  return (
    <article className={highlighted ? 'app-document app-document--highlighted' : 'app-document'} aria-labelledby={headingId}>
      <Heading level={3} appearance={4} id={headingId} className="app-document__title app-break" tabIndex={-1}>
        {doc.title}
      </Heading>
      <Paragraph className="app-document__meta">
        {t(`documents.kind.${doc.kind}`)}
        {doc.documentDate ? (
          <>
            {' · '}
            {t('documents.meta.date', { date: f.date(doc.documentDate) })}
          </>
        ) : null}
        {' · '}
        {t('documents.meta.versions', { count: doc.versions.length })}
        {doc.archived ? (
          <>
            {' · '}
            <strong>{t('documents.archivedOn', { date: doc.archivedAt ? f.dateTime(doc.archivedAt) : f.unknown })}</strong>
          </>
        ) : null}
      </Paragraph>
      {doc.note ? <Paragraph className="app-document__note app-break">{doc.note}</Paragraph> : null}
      <TableScroll label={t('documents.versions', { title: doc.title })} className="app-versions-scroll">
        <Table caption={t('documents.versions', { title: doc.title })} captionHidden className="app-versions-table">
          <THead>
            <Tr>
              <Th>{t('documents.col.version')}</Th>
              <Th>{t('documents.col.uploadedBy')}</Th>
              <Th>{t('documents.col.uploadedAt')}</Th>
              <Th numeric>{t('documents.col.size')}</Th>
              <Th>{t('documents.col.type')}</Th>
              <Th>{t('documents.col.hash')}</Th>
              <Th>{t('documents.col.text')}</Th>
              <Th>{t('documents.col.actions')}</Th>
            </Tr>
          </THead>
          <TBody>
            {versions.map((v) => (
              <VersionRow key={v.version} documentId={doc.id} version={v} shown={shown} onToggle={toggle} />
            ))}
          </TBody>
        </Table>
      </TableScroll>
      {shown && shownVersion ? (
        shown.kind === 'preview' ? (
          <PdfPreview documentId={doc.id} version={shown.version} fileName={shownVersion.fileName} />
        ) : (
          <VersionText documentId={doc.id} version={shown.version} fileName={shownVersion.fileName} />
        )
      ) : null}
      {may('upload') || may(archiveAction) ? (
        <div className="utrecht-button-group app-document__actions">
          {may('upload') ? (
            <Button onClick={() => onAddVersion(doc)} aria-label={t('documents.version.addLabel', { title: doc.title })}>
              {t('documents.version.add')}
            </Button>
          ) : null}
          {may(archiveAction) ? (
            <Button onClick={() => onArchive(doc)} aria-label={t(`documents.${archiveAction}.label`, { title: doc.title })}>
              {t(`documents.${archiveAction}`)}
            </Button>
          ) : null}
        </div>
      ) : null}
    </article>
  );
}

function VersionRow({
  documentId,
  version: v,
  shown,
  onToggle,
}: {
  documentId: number;
  version: DocumentVersion;
  shown: Shown;
  onToggle: (kind: 'preview' | 'text', version: number) => void;
}) {
  const t = useT();
  const f = useFormat();
  const { lang } = useLanguage();
  const previewOpen = shown?.kind === 'preview' && shown.version === v.version;
  const textOpen = shown?.kind === 'text' && shown.version === v.version;
  const names = { file: v.fileName, version: v.version };
  return (
    <Tr>
      <Td>
        <CellLabel>{t('documents.col.version')}</CellLabel>
        {v.version}
      </Td>
      <Td className="app-break">
        <CellLabel>{t('documents.col.uploadedBy')}</CellLabel>
        {v.uploadedBy.name}
      </Td>
      <Td>
        <CellLabel>{t('documents.col.uploadedAt')}</CellLabel>
        {f.dateTime(v.uploadedAt)}
      </Td>
      <Td numeric>
        <CellLabel>{t('documents.col.size')}</CellLabel>
        {formatFileSize(v.sizeBytes, lang)}
      </Td>
      <Td>
        <CellLabel>{t('documents.col.type')}</CellLabel>
        {mediaTypeName(v.mediaType, t)}
      </Td>
      <Td>
        <CellLabel>{t('documents.col.hash')}</CellLabel>
        <code className="app-hash" title={t('documents.hash.full', { hash: v.sha256 })}>
          {shortHash(v.sha256)}
        </code>
      </Td>
      <Td>
        <CellLabel>{t('documents.col.text')}</CellLabel>
        <TextStatus status={v.textStatus} reason={v.textReason} />
      </Td>
      <Td className="app-versions-table__actions">
        <a className="utrecht-link" href={documentContentUrl(documentId, v.version)} download={v.fileName} aria-label={t('documents.download.label', names)}>
          {t('documents.download')}
        </a>
        {isPdf(v.mediaType) ? (
          <Button
            appearance="subtle"
            aria-expanded={previewOpen}
            aria-label={previewOpen ? undefined : t('documents.preview.showLabel', names)}
            onClick={() => onToggle('preview', v.version)}
          >
            {previewOpen ? t('documents.preview.hide') : t('documents.preview.show')}
          </Button>
        ) : null}
        <Button appearance="subtle" aria-expanded={textOpen} aria-label={textOpen ? undefined : t('documents.text.showLabel', names)} onClick={() => onToggle('text', v.version)}>
          {textOpen ? t('documents.text.hide') : t('documents.text.show')}
        </Button>
      </Td>
    </Tr>
  );
}

/** The column's name inside the cell, shown only where the table becomes cards (phones); the header says it to screen readers. */
function CellLabel({ children }: { children: string }) {
  return (
    <span className="app-cell-label" aria-hidden="true">
      {children}
      {': '}
    </span>
  );
}
