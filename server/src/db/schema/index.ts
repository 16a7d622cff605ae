// The drizzle schema: one file per module, listed here for drizzle-kit and the client.
export * from './core.ts';
export * from './reminders.ts';
export * from './accounts.ts';
export * from './alerts.ts';
export * from './documents.ts';
export * from './suggestions.ts';
export * from './imports.ts';
export * from './retention.ts';
