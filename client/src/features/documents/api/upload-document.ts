import { useRef, useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiUpload, type UploadProgress } from '../../../lib/api-client.ts';
import { sharedQueryKeys } from '../../../lib/query-keys.ts';
import type { DocumentKind } from '@akkoord/shared/domain/documents';

export interface SendOptions {
  onProgress: (progress: UploadProgress) => void;
  signal: AbortSignal;
}

export interface NewDocument {
  file: File;
  kind: DocumentKind;
  /** A partial date (YYYY, YYYY-MM, YYYY-MM-DD) or null. */
  documentDate: string | null;
  note: string | null;
}

/** POST /api/agreements/:id/documents (multipart; the fields before the file, so the server reads them first). */
export function uploadDocument(agreementId: number, input: NewDocument, options: SendOptions): Promise<unknown> {
  const form = new FormData();
  form.append('kind', input.kind);
  if (input.documentDate) form.append('documentDate', input.documentDate);
  if (input.note) form.append('note', input.note);
  form.append('file', input.file, input.file.name);
  return apiUpload(`/agreements/${agreementId}/documents`, { body: form, ...options });
}

/** POST /api/documents/:id/versions: a new version; the earlier ones stay. */
export function addDocumentVersion(documentId: number, file: File, options: SendOptions): Promise<unknown> {
  const form = new FormData();
  form.append('file', file, file.name);
  return apiUpload(`/documents/${documentId}/versions`, { body: form, ...options });
}

/**
 * An upload with its progress and a way to cancel it. Afterwards everything
 * below the agreement is refreshed: its documents, its history (the upload is
 * an audit event) and whatever else is read from its documents.
 */
export function useUpload<I>(agreementId: number, send: (input: I, options: SendOptions) => Promise<unknown>) {
  const queryClient = useQueryClient();
  const [progress, setProgress] = useState<UploadProgress | null>(null);
  const controller = useRef<AbortController | null>(null);
  const mutation = useMutation({
    mutationFn: (input: I) => {
      const c = new AbortController();
      controller.current = c;
      setProgress({ loaded: 0, total: null });
      return send(input, { onProgress: setProgress, signal: c.signal });
    },
    onSettled: async () => {
      controller.current = null;
      setProgress(null);
      await queryClient.invalidateQueries({ queryKey: sharedQueryKeys.agreement(agreementId), predicate: isBelow(agreementId) });
    },
  });
  return { mutation, progress, cancel: () => controller.current?.abort() };
}

/** Queries below one agreement (its documents, history, …), not the agreement itself. */
export const isBelow = (agreementId: number) => (query: { queryKey: readonly unknown[] }) => query.queryKey.length > sharedQueryKeys.agreement(agreementId).length;

export const useUploadDocument = (agreementId: number) => useUpload(agreementId, (input: NewDocument, options) => uploadDocument(agreementId, input, options));
export const useAddDocumentVersion = (agreementId: number, documentId: number) => useUpload(agreementId, (file: File, options) => addDocumentVersion(documentId, file, options));
