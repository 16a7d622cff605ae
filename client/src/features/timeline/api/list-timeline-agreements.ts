import { useEffect, useMemo } from 'react';
import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { agreementSummarySchema } from '@akkoord/shared/schemas/agreement';
import { pageSchema, type Page } from '@akkoord/shared/schemas/common';
import { apiRequest, type Query } from '../../../lib/api-client.ts';
import type { TimelineAgreement } from '../model/timeline-agreement.ts';
import { timelineKeys } from './keys.ts';

/** Only what the timeline draws leaves the parser (less memory for 10,000 agreements). */
const timelineItemSchema = agreementSummarySchema.pick({
  id: true,
  title: true,
  type: true,
  collaborationCode: true,
  parties: true,
  status: true,
  startDate: true,
  endDate: true,
  currentTermStart: true,
  currentTermEnd: true,
  noticeDeadline: true,
  nextReviewDate: true,
  termKind: true,
});
const timelinePageSchema = pageSchema(timelineItemSchema);

/** The API's largest page. */
export const TIMELINE_PAGE_SIZE = 500;
/** The timeline stops loading here and asks to narrow the filters. */
export const TIMELINE_MAX_AGREEMENTS = 20_000;

/** GET /api/agreements for the timeline: one page of the fields it draws. */
export async function listTimelineAgreements(query: Query, cursor: string | null, signal?: AbortSignal): Promise<Page<TimelineAgreement>> {
  const page = await apiRequest('/agreements', { query: { ...query, limit: TIMELINE_PAGE_SIZE, cursor: cursor ?? undefined }, signal, schema: timelinePageSchema });
  // The last page is in: the timeline measures its drawing from here (bench/timeline.bench.ts).
  if (!page.nextCursor) performance.mark('akkoord:timeline:data');
  return page;
}

export const timelineAgreementsOptions = (query: Query) =>
  infiniteQueryOptions({
    queryKey: timelineKeys.agreements(query),
    queryFn: ({ pageParam, signal }) => listTimelineAgreements(query, pageParam, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });

export interface TimelineData {
  agreements: TimelineAgreement[];
  total: number;
  /** Every page is in (or the cap is reached). */
  complete: boolean;
  /** More agreements match than the timeline loads. */
  capped: boolean;
  error: unknown;
  isPending: boolean;
  refetch: () => void;
}

/** Every agreement matching the register filters, page after page (the timeline draws each page as it arrives). */
export function useTimelineAgreements(query: Query): TimelineData {
  const result = useInfiniteQuery(timelineAgreementsOptions(query));
  const { data, hasNextPage, isFetchingNextPage, fetchNextPage, error } = result;
  const agreements = useMemo(() => data?.pages.flatMap((p) => p.items) ?? [], [data]);
  const capped = agreements.length >= TIMELINE_MAX_AGREEMENTS && Boolean(hasNextPage);
  useEffect(() => {
    if (hasNextPage && !isFetchingNextPage && !error && agreements.length < TIMELINE_MAX_AGREEMENTS) void fetchNextPage();
  }, [hasNextPage, isFetchingNextPage, error, agreements.length, fetchNextPage]);
  return {
    agreements,
    total: data?.pages[0]?.total ?? 0,
    complete: Boolean(data) && (!hasNextPage || capped),
    capped,
    error,
    isPending: result.isPending,
    refetch: () => void result.refetch(),
  };
}
