/** The calendar feature's query keys (decision 040). */
export const calendarKeys = {
  /** The signed-in user's own feed (its secret address). */
  mine: ['me', 'calendar'] as const,
};
