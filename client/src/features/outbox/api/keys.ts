/** The outbox feature's query keys (decision 040). */
export const outboxKeys = {
  all: ['outbox'] as const,
  list: (status: string) => [...outboxKeys.all, 'list', { status }] as const,
  detail: (id: number) => [...outboxKeys.all, 'detail', id] as const,
  /** The reminder job's last and next run, shown above the outbox. */
  reminderStatus: ['reminders', 'status'] as const,
};
