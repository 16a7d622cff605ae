/**
 * The vocabulary of the audit trail: what events are about and what happened.
 * The server writes only these (`recordAudit` is typed with them), the API's
 * schemas enumerate them, and the client names each one in its dictionaries.
 * The trail is append-only, so a value is added here and never renamed.
 */

/** What the audit trail records about. */
export const AUDIT_ENTITY_TYPES = [
  'agreement',
  'agreement_relation',
  'collaboration',
  'user',
  'alert_state',
  'reminder_address',
  'reminder_run',
  'outbox_message',
  'settings',
  'register',
  'organisation',
  'document',
  'agreement_suggestion',
  'import_batch',
  'backup',
  'api_token',
  'retention_rule',
  'destruction_list',
] as const;
export type AuditEntityType = (typeof AUDIT_ENTITY_TYPES)[number];

/** The actions the server records, in the order a person looks for them. */
export const AUDIT_ACTIONS = [
  'create',
  'update',
  'delete',
  'archive',
  'restore',
  'terminate',
  'start_renewal',
  'record_decision',
  'withdraw_notice',
  'cancel_renewal',
  'renewal_cancelled',
  'activate',
  'create_successor',
  'renewed_by_successor',
  'set_parent',
  'acknowledge',
  'snooze',
  'reopen',
  'acknowledge_deadline',
  'follow',
  'unfollow',
  'update_reminder_rule',
  'set_team_address',
  'remove',
  'regenerate_calendar_secret',
  'run',
  'resend',
  'cancel',
  'deactivate',
  'reactivate',
  'reset_password',
  'change_password',
  'load',
  'upload',
  'add_version',
  'download',
  'accept',
  'reject',
  'import',
  'revert',
  'revoke',
  'sign_in',
  'sign_out',
  'link_account',
  'propose',
  'approve',
  'destroy',
  'set_legal_hold',
  'clear_legal_hold',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** Whether a text is one of the entity types (e.g. a filter taken from the address bar). */
export const isAuditEntityType = (v: string): v is AuditEntityType => (AUDIT_ENTITY_TYPES as readonly string[]).includes(v);
/** Whether a text is one of the actions. */
export const isAuditAction = (v: string): v is AuditAction => (AUDIT_ACTIONS as readonly string[]).includes(v);
