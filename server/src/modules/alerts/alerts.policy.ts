import { definePolicy } from '../../http/authorize.ts';

/** Everyone who may read the register sees its alerts; viewers are read-only, managers and up acknowledge and snooze. */
export const alertPolicy = definePolicy('alert', {
  read: ['admin', 'legal', 'manager', 'viewer'],
  acknowledge: ['admin', 'legal', 'manager'],
});
