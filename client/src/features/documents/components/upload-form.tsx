import { useId, useState } from 'react';
import { dateInputToValue, parseDateInput } from '@akkoord/shared/dates/parse-date-input';
import { serverFieldErrors } from '../../../lib/form-errors.ts';
import { useT } from '../../../lib/i18n/use-t.ts';
import { Button } from '../../../components/ui/button.tsx';
import { DateInput } from '../../../components/ui/date-input.tsx';
import { FormField } from '../../../components/ui/form-field.tsx';
import { Heading } from '../../../components/ui/heading.tsx';
import { Select } from '../../../components/ui/select.tsx';
import { TextArea } from '../../../components/ui/text-input.tsx';
import { useToast } from '../../../components/ui/toast.tsx';
import { DOCUMENT_KINDS, type DocumentKind } from '@akkoord/shared/domain/documents';
import { useUploadDocument } from '../api/upload-document.ts';
import { FileDropField } from './file-drop-field.tsx';
import { isCancelled } from './is-cancelled.ts';
import { UploadProblem } from './upload-problem.tsx';
import { UploadProgress } from './upload-progress.tsx';

type Errors = Partial<Record<'file' | 'kind' | 'documentDate' | 'note', string>>;

/** "Document toevoegen": a file (chosen or dragged), its kind, date and note, sent with a progress bar. */
export function UploadForm({ agreementId, onShowDocument }: { agreementId: number; onShowDocument: (id: number) => void }) {
  const t = useT();
  const toast = useToast();
  const id = useId();
  const { mutation, progress, cancel } = useUploadDocument(agreementId);
  const [file, setFile] = useState<File | null>(null);
  const [kind, setKind] = useState<DocumentKind | ''>('');
  const [dateText, setDateText] = useState('');
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  // A new key empties the native file input after a successful upload.
  const [resetKey, setResetKey] = useState(0);

  const submit = () => {
    const next: Errors = {};
    if (!file) next.file = t('documents.upload.noFile');
    if (!kind) next.kind = t('documents.kind.required');
    const date = parseDateInput(dateText);
    if (!date.ok && date.reason !== 'empty') next.documentDate = t('validation.partialDate');
    setErrors(next);
    if (!file || !kind || Object.keys(next).length) return;
    mutation.mutate(
      { file, kind, documentDate: dateInputToValue(dateText), note: note.trim() || null },
      {
        onSuccess: () => {
          toast.show(t('documents.upload.done', { name: file.name }), 'ok');
          setFile(null);
          setKind('');
          setDateText('');
          setNote('');
          setResetKey((k) => k + 1);
        },
        onError: (error) => {
          if (isCancelled(error)) toast.show(t('documents.upload.cancelled'), 'info');
          else setErrors(serverFieldErrors(error, t));
        },
      },
    );
  };

  const failed = mutation.error && !isCancelled(mutation.error) ? mutation.error : null;
  const busy = mutation.isPending;
  return (
    <form
      className="app-form app-upload-form app-no-print"
      aria-labelledby={`${id}-title`}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <Heading level={3} id={`${id}-title`}>
        {t('documents.upload.title')}
      </Heading>
      {failed ? <UploadProblem error={failed} onShowDocument={onShowDocument} /> : null}
      <FormField id={`${id}-file`} label={t('documents.upload.file')} description={t('documents.upload.fileHint')} error={errors.file} required>
        <FileDropField key={resetKey} id={`${id}-file`} file={file} onChange={setFile} disabled={busy} />
      </FormField>
      <FormField id={`${id}-kind`} label={t('documents.kind')} error={errors.kind} required>
        <Select
          value={kind}
          disabled={busy}
          onChange={(e) => setKind(e.target.value as DocumentKind | '')}
          placeholder={t('documents.kind.placeholder')}
          options={DOCUMENT_KINDS.map((k) => ({ value: k, label: t(`documents.kind.${k}`) }))}
        />
      </FormField>
      <FormField
        id={`${id}-date`}
        label={t('documents.documentDate')}
        requiredText={t('common.optional')}
        description={t('documents.documentDate.hint')}
        error={errors.documentDate}
      >
        <DateInput id={`${id}-date`} value={dateText} onChange={setDateText} disabled={busy} />
      </FormField>
      <FormField id={`${id}-note`} label={t('documents.note')} requiredText={t('common.optional')} error={errors.note}>
        <TextArea id={`${id}-note`} value={note} rows={2} disabled={busy} onChange={(e) => setNote(e.target.value)} />
      </FormField>
      {progress ? (
        <UploadProgress progress={progress} onCancel={cancel} />
      ) : (
        <Button type="submit" appearance="primary" busy={busy}>
          {t('documents.upload.submit')}
        </Button>
      )}
    </form>
  );
}
