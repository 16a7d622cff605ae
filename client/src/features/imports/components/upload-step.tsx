import { useId, useState, type FormEvent } from 'react';
import type { ImportUpload } from '@akkoord/shared/schemas/import';
import { useT } from '../../../lib/i18n/use-t.ts';
import { Alert } from '../../../components/ui/alert.tsx';
import { Button } from '../../../components/ui/button.tsx';
import { FormField } from '../../../components/ui/form-field.tsx';
import { Paragraph } from '../../../components/ui/heading.tsx';
import { useUploadImport } from '../api/upload-import.ts';
import { importProblemText } from './import-problem-text.ts';

/** Step 1: choose a CSV or XLSX file; the server reads it and suggests a mapping. */
export function UploadStep({ onUploaded }: { onUploaded: (upload: ImportUpload) => void }) {
  const t = useT();
  const id = useId();
  const upload = useUploadImport();
  const [file, setFile] = useState<File | null>(null);
  const [missing, setMissing] = useState(false);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!file) {
      setMissing(true);
      return;
    }
    upload.mutate(file, { onSuccess: onUploaded });
  };

  return (
    <form onSubmit={submit} noValidate>
      <FormField id={`${id}-file`} label={t('import.upload.label')} description={t('import.upload.hint')} error={missing && !file ? t('import.upload.required') : undefined}>
        <input
          id={`${id}-file`}
          type="file"
          accept=".csv,.txt,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          className="app-file-input"
          aria-describedby={[missing && !file ? `${id}-file-error` : null, `${id}-file-description`].filter(Boolean).join(' ')}
          aria-invalid={missing && !file ? true : undefined}
          onChange={(e) => {
            setFile(e.currentTarget.files?.[0] ?? null);
            upload.reset();
          }}
        />
      </FormField>
      {upload.error ? (
        <Alert type="error" live title={t('import.upload.failed')}>
          <Paragraph>{importProblemText(upload.error, t)}</Paragraph>
        </Alert>
      ) : null}
      <Button type="submit" appearance="primary" busy={upload.isPending}>
        {t('import.upload.submit')}
      </Button>
    </form>
  );
}
