import type { ApiToken } from '@akkoord/shared/schemas/api-token';
import { useFormat } from '../../../lib/format/use-format.ts';
import { useT } from '../../../lib/i18n/use-t.ts';
import { RowActions } from '../../../components/ui/row-actions.tsx';
import { StatusBadge } from '../../../components/ui/status-badge.tsx';
import { Table, TableScroll, TBody, Td, Th, THead, Tr } from '../../../components/ui/table.tsx';

/** Tokens with their access, last day and last use; each row can be revoked. `showOwner` for the admin list. */
export function ApiTokensTable({ tokens, showOwner = false, onRevoke }: { tokens: ApiToken[]; showOwner?: boolean; onRevoke: (token: ApiToken) => void }) {
  const t = useT();
  const f = useFormat();
  return (
    <TableScroll label={t('apiTokens.table')}>
      <Table caption={t('apiTokens.table')} captionHidden>
        <THead>
          <Tr>
            <Th>{t('apiTokens.name')}</Th>
            {showOwner ? <Th>{t('apiTokens.owner')}</Th> : null}
            <Th>{t('apiTokens.access')}</Th>
            <Th>{t('apiTokens.expiresOn')}</Th>
            <Th>{t('apiTokens.lastUsed')}</Th>
            <Th>{t('users.actions')}</Th>
          </Tr>
        </THead>
        <TBody>
          {tokens.map((token) => (
            <Tr key={token.id}>
              <Td>
                {token.name}
                <span className="app-data-list__note app-mono">{token.prefix}…</span>
              </Td>
              {showOwner ? (
                <Td>
                  {token.owner.name}
                  <span className="app-data-list__note app-break">{token.owner.email}</span>
                </Td>
              ) : null}
              <Td>{t(`apiTokens.access.${token.access}`)}</Td>
              <Td>
                {f.date(token.expiresOn)}
                {token.state === 'expired' ? (
                  <>
                    {' '}
                    <StatusBadge tone="inactive">{t('apiTokens.state.expired')}</StatusBadge>
                  </>
                ) : null}
              </Td>
              <Td>{token.lastUsedAt ? f.dateTime(token.lastUsedAt) : <span className="app-muted">{t('apiTokens.neverUsed')}</span>}</Td>
              <Td>
                <RowActions rowName={token.name} actions={[{ key: 'revoke', label: t('apiTokens.revoke'), onClick: () => onRevoke(token) }]} />
              </Td>
            </Tr>
          ))}
        </TBody>
      </Table>
    </TableScroll>
  );
}
