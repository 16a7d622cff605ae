import { useCallback, useMemo } from 'react';
import type { InfiniteData } from '@tanstack/react-query';
import type { Page } from '@akkoord/shared/schemas/common';

interface InfinitePages<T> {
  data: InfiniteData<Page<T>, unknown> | undefined;
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  fetchNextPage: () => Promise<unknown>;
}

/** The rows of a cursor-paged list so far, its total, and `more()` to load the next page (once at a time). */
export function useInfiniteRows<T>(list: InfinitePages<T>): { rows: T[]; total: number; more: () => void } {
  const { data, hasNextPage, isFetchingNextPage, fetchNextPage } = list;
  const more = useCallback(() => {
    if (hasNextPage && !isFetchingNextPage) void fetchNextPage();
  }, [hasNextPage, isFetchingNextPage, fetchNextPage]);
  const rows = useMemo(() => data?.pages.flatMap((p) => p.items) ?? [], [data]);
  return { rows, total: data?.pages[0]?.total ?? 0, more };
}
