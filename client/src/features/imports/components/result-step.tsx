import { useState } from 'react';
import type { ImportStatus } from '@akkoord/shared/schemas/import';
import { useT } from '../../../lib/i18n/use-t.ts';
import { Alert } from '../../../components/ui/alert.tsx';
import { Button } from '../../../components/ui/button.tsx';
import { ButtonGroup } from '../../../components/ui/button-group.tsx';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog.tsx';
import { Paragraph } from '../../../components/ui/heading.tsx';
import { Link } from '../../../components/ui/link.tsx';
import { useRevertImport } from '../api/revert-import.ts';

/** While the import runs: a progress bar (checking the rows, then saving them in one go). */
export function ImportProgress({ status }: { status: ImportStatus }) {
  const t = useT();
  const writing = status.phase === 'writing';
  const text = writing ? t('import.progress.writing') : t('import.progress.checking', { processed: status.processed, total: status.total });
  return (
    <div className="app-import-progress">
      <label htmlFor="import-progress">{t('import.progress.label')}</label>
      <progress id="import-progress" max={status.total || 1} value={writing ? undefined : status.processed} aria-valuetext={text}>
        {text}
      </progress>
      <Paragraph role="status">{text}</Paragraph>
    </div>
  );
}

/** Step 4: what the import did, with the way back (revert) and onward (register, another file). */
export function ResultStep({ status, onAgain, onRetry }: { status: ImportStatus; onAgain: () => void; onRetry: () => void }) {
  const t = useT();
  const revert = useRevertImport(status.id);
  const [confirming, setConfirming] = useState(false);
  if (status.state === 'running') return <ImportProgress status={status} />;
  if (status.state === 'failed') {
    return (
      <Alert type="error" live title={t('import.result.failed')}>
        {status.error ? <Paragraph>{status.error}</Paragraph> : null}
        <ButtonGroup>
          <Button appearance="primary" onClick={onRetry}>
            {t('import.result.retry')}
          </Button>
          <Button onClick={onAgain}>{t('import.result.again')}</Button>
        </ButtonGroup>
      </Alert>
    );
  }
  const reverted = status.state === 'reverted';
  return (
    <>
      <Alert type={reverted ? 'info' : 'ok'} live title={reverted ? t('import.result.reverted') : t('import.result.done')}>
        <Paragraph>
          {t('import.result.counts', { created: status.created, updated: status.updated, skipped: status.skipped, organisations: status.organisationsCreated })}
        </Paragraph>
        {status.reverted ? <Paragraph>{t('import.result.revertedCounts', status.reverted)}</Paragraph> : null}
      </Alert>
      <ButtonGroup>
        <Link to="/agreements" button="primary">
          {t('import.result.toRegister')}
        </Link>
        <Button onClick={onAgain}>{t('import.result.again')}</Button>
        {status.state === 'done' && (status.created || status.updated) ? (
          <Button danger onClick={() => setConfirming(true)}>
            {t('import.revert')}
          </Button>
        ) : null}
      </ButtonGroup>
      {confirming ? (
        <ConfirmDialog
          title={t('import.revert.confirmTitle')}
          text={t('import.revert.confirmText')}
          submitLabel={t('import.revert')}
          busy={revert.isPending}
          error={revert.error}
          onConfirm={() => revert.mutate(undefined, { onSuccess: () => setConfirming(false) })}
          onClose={() => setConfirming(false)}
        />
      ) : null}
    </>
  );
}
