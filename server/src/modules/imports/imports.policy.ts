import { definePolicy } from '../../http/authorize.ts';

/** Who may import a spreadsheet into the register (decision 050): the roles that may create agreements. */
export const importPolicy = definePolicy('import', {
  create: ['admin', 'legal'],
  read: ['admin', 'legal'],
  commit: ['admin', 'legal'],
  revert: ['admin', 'legal'],
});
