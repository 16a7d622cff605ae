import { useMutation } from '@tanstack/react-query';
import { importUploadSchema, type ImportUpload } from '@akkoord/shared/schemas/import';
import { apiRequest } from '../../../lib/api-client.ts';

/** POST /api/imports (multipart, field `file`; legal, admin). */
export function uploadImport(file: File): Promise<ImportUpload> {
  const form = new FormData();
  form.append('file', file, file.name);
  return apiRequest('/imports', { method: 'POST', body: form, schema: importUploadSchema });
}

export function useUploadImport() {
  return useMutation({ mutationFn: uploadImport });
}
