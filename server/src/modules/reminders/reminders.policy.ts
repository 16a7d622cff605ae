import { definePolicy } from '../../http/authorize.ts';

const everyone = ['admin', 'legal', 'manager', 'viewer'] as const;

/** The outbox ("Uitgaande e-mail"): admins only, it shows every recipient. */
export const outboxPolicy = definePolicy('outbox', {
  read: ['admin'],
  resend: ['admin'],
  cancel: ['admin'],
});

/** The reminder job: its status and "run now". */
export const reminderJobPolicy = definePolicy('reminder_job', {
  status: ['admin'],
  run: ['admin'],
  preview: ['admin'],
});

/** Reminder rules: everyone may read them; admins set the global ones, legal also per agreement. */
export const reminderRulesPolicy = definePolicy('reminder_rules', {
  read: everyone,
  update: ['admin'],
  updateAgreement: ['admin', 'legal'],
  acknowledge: ['admin', 'legal', 'manager'],
});

/** Following: managers and up follow for themselves (viewers are read-only); managing other addresses' follows is for admin and legal. */
export const followPolicy = definePolicy('follow', {
  read: everyone,
  self: ['admin', 'legal', 'manager'],
  manage: ['admin', 'legal'],
});

/** Plain addresses (team mailboxes) and collaboration team addresses. */
export const reminderAddressPolicy = definePolicy('reminder_address', {
  read: ['admin', 'legal'],
  manage: ['admin', 'legal'],
});

/** Your own calendar feed URL. */
export const calendarPolicy = definePolicy('calendar', {
  own: everyone,
});
