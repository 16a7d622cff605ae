import { useEffect, useRef, useState } from 'react';
import type { ImportMappingInput, ImportUpload } from '@akkoord/shared/schemas/import';
import { useT } from '../../lib/i18n/use-t.ts';
import { useDocumentTitle } from '../../lib/use-document-title.ts';
import { Alert } from '../../components/ui/alert.tsx';
import { Heading, Paragraph } from '../../components/ui/heading.tsx';
import { PageHeader } from '../../components/ui/page-header.tsx';
import { Skeleton } from '../../components/ui/skeleton.tsx';
import { useCollaborations } from '../../features/collaborations/api/list-collaborations.ts';
import { useImportStatus } from '../../features/imports/api/get-import.ts';
import { ImportSteps, type ImportStep } from '../../features/imports/components/import-steps.tsx';
import { MappingStep } from '../../features/imports/components/mapping-step.tsx';
import { PreviewStep } from '../../features/imports/components/preview-step.tsx';
import { ResultStep } from '../../features/imports/components/result-step.tsx';
import { UploadStep } from '../../features/imports/components/upload-step.tsx';
import { usePermissions } from '../../features/session/api/use-permissions.ts';

const HEADINGS = {
  upload: 'import.step.upload',
  mapping: 'import.mapping.title',
  preview: 'import.preview.title',
  result: 'import.step.result',
} as const;

/** Import agreements from a spreadsheet: upload → mapping → preview with filters → import (progress) → result (decision 050). */
export function Component() {
  const t = useT();
  useDocumentTitle(t('import.title'));
  const { canEditAgreements } = usePermissions();
  const collaborations = useCollaborations();
  const [upload, setUpload] = useState<ImportUpload | null>(null);
  const [step, setStep] = useState<ImportStep>('upload');
  const [mapping, setMapping] = useState<ImportMappingInput | undefined>(undefined);
  const status = useImportStatus(upload && step === 'result' ? upload.id : null);
  const heading = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);

  // After each step the focus goes to the new step's heading, so keyboard and screen-reader users land where the page changed.
  useEffect(() => {
    if (moved.current) heading.current?.focus();
    moved.current = true;
  }, [step]);

  if (!canEditAgreements) {
    return (
      <>
        <PageHeader title={t('import.title')} />
        <Alert type="warning">
          <Paragraph>{t('error.forbidden')}</Paragraph>
        </Alert>
      </>
    );
  }

  const restart = () => {
    setUpload(null);
    setMapping(undefined);
    setStep('upload');
  };

  return (
    <>
      <PageHeader title={t('import.title')} intro={t('import.intro')} />
      <ImportSteps current={step} />
      <Heading level={2} ref={heading} tabIndex={-1}>
        {t(HEADINGS[step])}
      </Heading>
      {step === 'upload' ? (
        <UploadStep
          onUploaded={(u) => {
            setUpload(u);
            setStep('mapping');
          }}
        />
      ) : null}
      {step === 'mapping' && upload ? (
        <MappingStep
          upload={upload}
          collaborations={(collaborations.data ?? []).map((c) => ({ value: c.code, label: `${c.code} — ${c.name}` }))}
          initial={mapping}
          onMapped={(input) => {
            setMapping(input);
            setStep('preview');
          }}
        />
      ) : null}
      {step === 'preview' && upload ? <PreviewStep importId={upload.id} columns={upload.columns} onBack={() => setStep('mapping')} onStarted={() => setStep('result')} /> : null}
      {step === 'result' && upload ? status.data ? <ResultStep status={status.data} onAgain={restart} onRetry={() => setStep('preview')} /> : <Skeleton /> : null}
    </>
  );
}
