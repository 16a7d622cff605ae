import { definePolicy } from '../../http/authorize.ts';

/** Who may move an agreement through the renewal workflow. */
export const renewalPolicy = definePolicy('renewal', {
  start: ['admin', 'legal'],
  decide: ['admin', 'legal'],
  activate: ['admin', 'legal'],
  terminate: ['admin', 'legal'],
  cancel: ['admin', 'legal'],
  withdrawNotice: ['admin', 'legal'],
});
