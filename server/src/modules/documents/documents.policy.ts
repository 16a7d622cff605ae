import { definePolicy } from '../../http/authorize.ts';

/**
 * Who may do what with documents on agreements (issue 13 item 4): every role that reads agreements reads
 * their documents; legal advisors and admins upload and archive. Which agreements (and so which documents)
 * a caller may see is the agreement's visibility, checked per request (document-access.ts).
 */
export const documentPolicy = definePolicy('document', {
  read: ['admin', 'legal', 'manager', 'viewer'],
  upload: ['admin', 'legal'],
  archive: ['admin', 'legal'],
  restore: ['admin', 'legal'],
});
