import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { agreementKeys, isBelowAgreement } from './keys.ts';

function clientWith(keys: (readonly unknown[])[]): QueryClient {
  const client = new QueryClient();
  for (const key of keys) client.setQueryData(key, 'cached');
  return client;
}
const invalidated = (client: QueryClient) =>
  client
    .getQueryCache()
    .getAll()
    .filter((q) => q.state.isInvalidated)
    .map((q) => q.queryKey);

describe('agreementKeys', () => {
  const keys = [
    agreementKeys.infinite({ q: 'x' }),
    agreementKeys.page({}),
    agreementKeys.counts({}),
    agreementKeys.detail(1),
    agreementKeys.history(1),
    agreementKeys.chain(1),
    agreementKeys.detail(2),
  ];

  it('lists(): every register list, page and count, but no agreement', async () => {
    const client = clientWith(keys);
    await client.invalidateQueries({ queryKey: agreementKeys.lists(), refetchType: 'none' });
    expect(invalidated(client)).toEqual(keys.slice(0, 3));
  });

  it('detail(id) with isBelowAgreement: its history and chain, not the agreement or another one', async () => {
    const client = clientWith(keys);
    await client.invalidateQueries({ queryKey: agreementKeys.detail(1), predicate: isBelowAgreement(1), refetchType: 'none' });
    expect(invalidated(client)).toEqual([agreementKeys.history(1), agreementKeys.chain(1)]);
  });
});
