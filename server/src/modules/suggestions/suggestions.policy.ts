import { definePolicy } from '../../http/authorize.ts';

/** Who may see and decide on facts read from documents: the agreement's own access (readers read; legal and admin decide). */
export const suggestionPolicy = definePolicy('agreement_suggestion', {
  read: ['admin', 'legal', 'manager', 'viewer'],
  decide: ['admin', 'legal'],
});
