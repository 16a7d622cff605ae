import { useEffect, useRef, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useT } from '../../../lib/i18n/use-t.ts';
import { useDialogState } from '../../../lib/use-dialog-state.ts';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog.tsx';
import { EmptyState } from '../../../components/ui/empty-state.tsx';
import { Paragraph } from '../../../components/ui/heading.tsx';
import { QueryState } from '../../../components/ui/query-state.tsx';
import { Skeleton } from '../../../components/ui/skeleton.tsx';
import { useToast } from '../../../components/ui/toast.tsx';
import { sharedQueryKeys } from '../../../lib/query-keys.ts';
import { useSetDocumentArchived } from '../api/archive-document.ts';
import type { AgreementDocument, DocumentList } from '@akkoord/shared/schemas/document';
import { useDocuments } from '../api/list-documents.ts';
import { isBelow } from '../api/upload-document.ts';
import { documentKeys } from '../api/keys.ts';
import { AddVersionDialog } from './add-version-dialog.tsx';
import { DocumentItem } from './document-item.tsx';
import { UploadForm } from './upload-form.tsx';

type Open = { kind: 'version' | 'archive'; document: AgreementDocument };

/**
 * The documents of an agreement: the list with every version, download,
 * preview and text, and — for legal advisors and admins (`canManage`) — upload,
 * new versions and archiving (no uploads to an archived agreement). The server decides; this only hides buttons.
 */
export function DocumentsPanel({ agreementId, canManage, agreementArchived = false }: { agreementId: number; canManage: boolean; agreementArchived?: boolean }) {
  const t = useT();
  const query = useDocuments(agreementId);
  const [open, setOpen] = useDialogState<Open>();
  const [highlighted, setHighlighted] = useState<number | null>(null);
  useRefreshWhenTextIsRead(agreementId, query.data);

  const showDocument = (id: number) => {
    setHighlighted(id);
    const target = document.getElementById(`document-${id}`);
    const archived = target?.closest('details');
    if (archived) archived.open = true;
    target?.scrollIntoView({ block: 'start' });
    target?.querySelector<HTMLElement>('h3')?.focus();
  };

  return (
    <div className="app-documents">
      <Paragraph className="app-muted">{t('documents.intro')}</Paragraph>
      <QueryState query={query} skeleton={<Skeleton lines={4} />}>
        {(list) => {
          const current = list.items.filter((d) => !d.archived);
          const archived = list.items.filter((d) => d.archived);
          const item = (d: AgreementDocument) => (
            <li key={d.id} id={`document-${d.id}`} className="app-documents__item">
              <DocumentItem
                document={d}
                canManage={canManage}
                highlighted={highlighted === d.id}
                onAddVersion={(doc) => setOpen({ kind: 'version', document: doc })}
                onArchive={(doc) => setOpen({ kind: 'archive', document: doc })}
              />
            </li>
          );
          return (
            <>
              {current.length === 0 ? (
                <EmptyState>{canManage && !agreementArchived ? t('documents.emptyCanUpload') : t('documents.empty')}</EmptyState>
              ) : (
                <ul className="app-documents__list" aria-label={t('documents.list')}>
                  {current.map(item)}
                </ul>
              )}
              {archived.length ? (
                <details className="app-documents__archived">
                  <summary className="app-documents__archived-summary">{t('documents.archivedList', { count: archived.length })}</summary>
                  <ul className="app-documents__list">{archived.map(item)}</ul>
                </details>
              ) : null}
            </>
          );
        }}
      </QueryState>
      {canManage && !agreementArchived ? <UploadForm agreementId={agreementId} onShowDocument={showDocument} /> : null}
      {open?.kind === 'version' ? <AddVersionDialog document={open.document} onClose={() => setOpen(null)} onShowDocument={showDocument} /> : null}
      {open?.kind === 'archive' ? <ArchiveDialog agreementId={agreementId} document={open.document} onClose={() => setOpen(null)} /> : null}
    </div>
  );
}

/** Asks before archiving or restoring; the file and its versions are kept either way. */
function ArchiveDialog({ agreementId, document: doc, onClose }: { agreementId: number; document: AgreementDocument; onClose: () => void }) {
  const t = useT();
  const toast = useToast();
  const mutation = useSetDocumentArchived(agreementId);
  const archive = !doc.archived;
  return (
    <ConfirmDialog
      title={t(archive ? 'documents.archive.title' : 'documents.restore.title')}
      text={t(archive ? 'documents.archive.text' : 'documents.restore.text', { title: doc.title })}
      submitLabel={t(archive ? 'documents.archive' : 'documents.restore')}
      danger={archive}
      busy={mutation.isPending}
      error={mutation.error}
      onClose={onClose}
      onConfirm={() =>
        mutation.mutate(
          { id: doc.id, archived: archive },
          {
            onSuccess: () => {
              toast.show(t(archive ? 'documents.archive.done' : 'documents.restore.done', { title: doc.title }), 'ok');
              onClose();
            },
          },
        )
      }
    />
  );
}

/**
 * When a version's text has been read, what is read from it (suggestions,
 * search results of this agreement) may have changed: refresh the queries
 * below the agreement, once per version that left `pending`.
 */
function useRefreshWhenTextIsRead(agreementId: number, list: DocumentList | undefined) {
  const queryClient = useQueryClient();
  const pending = useRef<Set<string>>(new Set());
  useEffect(() => {
    if (!list) return;
    const now = new Set(list.items.flatMap((d) => d.versions.filter((v) => v.textStatus === 'pending').map((v) => `${d.id}/${v.version}`)));
    const finished = [...pending.current].some((key) => !now.has(key));
    pending.current = now;
    if (finished) {
      const listKey = documentKeys.list(agreementId);
      void queryClient.invalidateQueries({
        queryKey: sharedQueryKeys.agreement(agreementId),
        predicate: (q) => isBelow(agreementId)(q) && JSON.stringify(q.queryKey) !== JSON.stringify(listKey),
      });
    }
  }, [agreementId, list, queryClient]);
}
