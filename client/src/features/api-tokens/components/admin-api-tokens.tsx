import { useState } from 'react';
import type { ApiToken } from '@akkoord/shared/schemas/api-token';
import { useT } from '../../../lib/i18n/use-t.ts';
import { EmptyState } from '../../../components/ui/empty-state.tsx';
import { QueryState } from '../../../components/ui/query-state.tsx';
import { Skeleton } from '../../../components/ui/skeleton.tsx';
import { useAllTokens } from '../api/list-all-tokens.ts';
import { ApiTokensTable } from './api-tokens-table.tsx';
import { RevokeTokenDialog } from './revoke-token-dialog.tsx';

/** Every account's tokens for admins, each revocable. */
export function AdminApiTokens() {
  const t = useT();
  const tokens = useAllTokens();
  const [revoking, setRevoking] = useState<ApiToken | null>(null);
  return (
    <>
      <QueryState query={tokens} skeleton={<Skeleton lines={4} />}>
        {({ items }) => (items.length ? <ApiTokensTable tokens={items} showOwner onRevoke={setRevoking} /> : <EmptyState>{t('apiTokens.emptyAll')}</EmptyState>)}
      </QueryState>
      {revoking ? <RevokeTokenDialog token={revoking} anyone onClose={() => setRevoking(null)} /> : null}
    </>
  );
}
