import { useState } from 'react';
import type { ApiToken, CreatedApiToken } from '@akkoord/shared/schemas/api-token';
import { useT } from '../../../lib/i18n/use-t.ts';
import { Button } from '../../../components/ui/button.tsx';
import { EmptyState } from '../../../components/ui/empty-state.tsx';
import { Paragraph } from '../../../components/ui/heading.tsx';
import { QueryState } from '../../../components/ui/query-state.tsx';
import { Skeleton } from '../../../components/ui/skeleton.tsx';
import { useMyTokens } from '../api/list-my-tokens.ts';
import { ApiTokensTable } from './api-tokens-table.tsx';
import { CreateTokenDialog } from './create-token-dialog.tsx';
import { RevokeTokenDialog } from './revoke-token-dialog.tsx';
import { TokenOnceDialog } from './token-once-dialog.tsx';

/** "API-tokens" on the account page: create one (shown once), see each one's last use, revoke. */
export function ApiTokensPanel() {
  const t = useT();
  const tokens = useMyTokens();
  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState<CreatedApiToken | null>(null);
  const [revoking, setRevoking] = useState<ApiToken | null>(null);
  return (
    <>
      <Paragraph>{t('apiTokens.intro')}</Paragraph>
      <QueryState query={tokens} skeleton={<Skeleton lines={3} />}>
        {({ items }) => (items.length ? <ApiTokensTable tokens={items} onRevoke={setRevoking} /> : <EmptyState>{t('apiTokens.empty')}</EmptyState>)}
      </QueryState>
      <Button appearance="primary" onClick={() => setCreating(true)}>
        {t('apiTokens.create')}
      </Button>
      {creating ? (
        <CreateTokenDialog
          onClose={() => setCreating(false)}
          onCreated={(result) => {
            setCreating(false);
            setCreated(result);
          }}
        />
      ) : null}
      {created ? <TokenOnceDialog created={created} onClose={() => setCreated(null)} /> : null}
      {revoking ? <RevokeTokenDialog token={revoking} anyone={false} onClose={() => setRevoking(null)} /> : null}
    </>
  );
}
