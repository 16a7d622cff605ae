/**
 * The query-key prefixes that more than one feature uses (decision 040). Features
 * never import each other, so a feature that shows or changes another feature's
 * data reaches those cache entries through these prefixes; every feature's own
 * key factory (`features/<feature>/api/keys.ts`) starts from them, so a key is
 * spelled in one place.
 */
export const sharedQueryKeys = {
  /** Everything about agreements: register lists, and each agreement with its history, chain and impact. */
  agreements: ['agreements'] as const,
  /** Every list of agreements (register pages, counts, timeline rows): invalidated when any agreement changes. */
  agreementLists: ['agreements', 'list'] as const,
  /** One agreement; its history, chain and impact are keyed below it. */
  agreement: (id: number) => ['agreements', 'detail', id] as const,
  /** Every alerts page: an agreement change may add or settle alerts. */
  alerts: ['alerts'] as const,
  /** Followers of agreements and collaborations (reminders): removing an address changes them. */
  followers: ['followers'] as const,
  /** The reminder rule of each agreement: changing the global rules changes what they inherit. */
  agreementReminderRules: ['reminder-rule'] as const,
};
