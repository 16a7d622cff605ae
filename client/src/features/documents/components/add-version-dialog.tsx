import { useId, useState } from 'react';
import { useT } from '../../../lib/i18n/use-t.ts';
import { Button } from '../../../components/ui/button.tsx';
import { Dialog } from '../../../components/ui/dialog.tsx';
import { FormField } from '../../../components/ui/form-field.tsx';
import { Paragraph } from '../../../components/ui/heading.tsx';
import { useToast } from '../../../components/ui/toast.tsx';
import type { AgreementDocument } from '@akkoord/shared/schemas/document';
import { useAddDocumentVersion } from '../api/upload-document.ts';
import { FileDropField } from './file-drop-field.tsx';
import { isCancelled } from './is-cancelled.ts';
import { UploadProblem } from './upload-problem.tsx';
import { UploadProgress } from './upload-progress.tsx';

/** "Nieuwe versie": one more file for a document, sent with a progress bar; the earlier versions stay. */
export function AddVersionDialog({ document: doc, onClose, onShowDocument }: { document: AgreementDocument; onClose: () => void; onShowDocument: (id: number) => void }) {
  const t = useT();
  const toast = useToast();
  const id = useId();
  const { mutation, progress, cancel } = useAddDocumentVersion(doc.agreementId, doc.id);
  const [file, setFile] = useState<File | null>(null);
  const [missing, setMissing] = useState(false);

  const submit = () => {
    setMissing(!file);
    if (!file) return;
    mutation.mutate(file, {
      onSuccess: () => {
        toast.show(t('documents.upload.versionDone', { name: doc.title }), 'ok');
        onClose();
      },
      onError: (error) => {
        if (isCancelled(error)) toast.show(t('documents.upload.cancelled'), 'info');
      },
    });
  };
  const close = () => {
    cancel();
    onClose();
  };
  const failed = mutation.error && !isCancelled(mutation.error) ? mutation.error : null;
  return (
    <Dialog
      open
      title={t('documents.version.title', { title: doc.title })}
      onClose={close}
      actions={
        <>
          {progress ? null : (
            <Button type="submit" form={`${id}-form`} appearance="primary" busy={mutation.isPending}>
              {t('documents.upload.submit')}
            </Button>
          )}
          <Button onClick={close}>{t('common.cancel')}</Button>
        </>
      }
    >
      <form
        id={`${id}-form`}
        className="app-form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          e.stopPropagation();
          submit();
        }}
      >
        <Paragraph>{t('documents.version.intro')}</Paragraph>
        {failed ? (
          <UploadProblem
            error={failed}
            onShowDocument={(other) => {
              onClose();
              onShowDocument(other);
            }}
          />
        ) : null}
        <FormField
          id={`${id}-file`}
          label={t('documents.upload.file')}
          description={t('documents.upload.fileHint')}
          error={missing ? t('documents.upload.noFile') : undefined}
          required
        >
          <FileDropField id={`${id}-file`} file={file} onChange={setFile} disabled={mutation.isPending} />
        </FormField>
        {progress ? <UploadProgress progress={progress} onCancel={cancel} /> : null}
      </form>
    </Dialog>
  );
}
