import { useId } from 'react';
import type { CreatedApiToken } from '@akkoord/shared/schemas/api-token';
import { useT } from '../../../lib/i18n/use-t.ts';
import { Alert } from '../../../components/ui/alert.tsx';
import { Button } from '../../../components/ui/button.tsx';
import { CopyField } from '../../../components/ui/copy-field.tsx';
import { Dialog } from '../../../components/ui/dialog.tsx';
import { Paragraph } from '../../../components/ui/heading.tsx';

/** The new token's secret with a copy button and how to use it. The server keeps only its hash: closing forgets it. */
export function TokenOnceDialog({ created, onClose }: { created: CreatedApiToken; onClose: () => void }) {
  const t = useT();
  const id = useId();
  return (
    <Dialog
      open
      title={t('apiTokens.once.title', { name: created.apiToken.name })}
      onClose={onClose}
      actions={
        <Button appearance="primary" onClick={onClose}>
          {t('apiTokens.once.done')}
        </Button>
      }
    >
      <Alert type="warning">
        <Paragraph>{t('apiTokens.once.warning')}</Paragraph>
      </Alert>
      <CopyField id={`${id}-token`} label={t('apiTokens.once.label')} value={created.token} monospace />
      <Paragraph>{t('apiTokens.once.howTo')}</Paragraph>
      <pre className="app-mono app-break">{`Authorization: Bearer ${created.apiToken.prefix}…`}</pre>
    </Dialog>
  );
}
