import { definePolicy } from '../../http/authorize.ts';

/** Everyone who may read the register sees its alerts and keeps their own acknowledgements and snoozes. */
export const alertPolicy = definePolicy('alert', {
  read: ['admin', 'legal', 'manager', 'viewer'],
  acknowledge: ['admin', 'legal', 'manager', 'viewer'],
});
