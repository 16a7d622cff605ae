ALTER TABLE `agreements` ADD `woo_category` text;--> statement-breakpoint
ALTER TABLE `agreements` ADD `woo_state` text;--> statement-breakpoint
ALTER TABLE `agreements` ADD `woo_published_on` text;--> statement-breakpoint
ALTER TABLE `agreements` ADD `woo_url` text;--> statement-breakpoint
ALTER TABLE `agreements` ADD `woo_grounds` text;--> statement-breakpoint
ALTER TABLE `agreements` ADD `woo_document_version_id` integer;--> statement-breakpoint
CREATE INDEX `agreements_woo_state_idx` ON `agreements` (`woo_state`);--> statement-breakpoint
-- The alerts are rewritten when any fact changes (migration 0008): the value (0018) and Woo columns are facts too; the Woo alert reads them.
DROP TRIGGER `alert_dirty_agreement_update`;--> statement-breakpoint
CREATE TRIGGER `alert_dirty_agreement_update` AFTER UPDATE ON `agreements`
WHEN OLD.`id` IS NOT NEW.`id` OR
  OLD.`seed_key` IS NOT NEW.`seed_key` OR
  OLD.`type` IS NOT NEW.`type` OR
  OLD.`title` IS NOT NEW.`title` OR
  OLD.`collaboration_id` IS NOT NEW.`collaboration_id` OR
  OLD.`reference` IS NOT NEW.`reference` OR
  OLD.`legal_regime` IS NOT NEW.`legal_regime` OR
  OLD.`start_date` IS NOT NEW.`start_date` OR
  OLD.`end_date` IS NOT NEW.`end_date` OR
  OLD.`term_kind` IS NOT NEW.`term_kind` OR
  OLD.`initial_term_months` IS NOT NEW.`initial_term_months` OR
  OLD.`notice_period_value` IS NOT NEW.`notice_period_value` OR
  OLD.`notice_period_unit` IS NOT NEW.`notice_period_unit` OR
  OLD.`tacit_renewal` IS NOT NEW.`tacit_renewal` OR
  OLD.`renewal_period_value` IS NOT NEW.`renewal_period_value` OR
  OLD.`renewal_period_unit` IS NOT NEW.`renewal_period_unit` OR
  OLD.`max_renewals` IS NOT NEW.`max_renewals` OR
  OLD.`review_date` IS NOT NEW.`review_date` OR
  OLD.`alert_lead_days` IS NOT NEW.`alert_lead_days` OR
  OLD.`owner_name` IS NOT NEW.`owner_name` OR
  OLD.`owner_email` IS NOT NEW.`owner_email` OR
  OLD.`deputy_email` IS NOT NEW.`deputy_email` OR
  OLD.`workflow_state` IS NOT NEW.`workflow_state` OR
  OLD.`notice_given_date` IS NOT NEW.`notice_given_date` OR
  OLD.`decision` IS NOT NEW.`decision` OR
  OLD.`termination_date` IS NOT NEW.`termination_date` OR
  OLD.`notes` IS NOT NEW.`notes` OR
  OLD.`source` IS NOT NEW.`source` OR
  OLD.`is_synthetic` IS NOT NEW.`is_synthetic` OR
  OLD.`archived_at` IS NOT NEW.`archived_at` OR
  OLD.`version` IS NOT NEW.`version` OR
  OLD.`created_at` IS NOT NEW.`created_at` OR
  OLD.`updated_at` IS NOT NEW.`updated_at` OR
  OLD.`current_term_end` IS NOT NEW.`current_term_end` OR
  OLD.`value_amount_cents` IS NOT NEW.`value_amount_cents` OR
  OLD.`value_basis` IS NOT NEW.`value_basis` OR
  OLD.`value_indexation` IS NOT NEW.`value_indexation` OR
  OLD.`value_budget_line` IS NOT NEW.`value_budget_line` OR
  OLD.`value_payer_organisation_id` IS NOT NEW.`value_payer_organisation_id` OR
  OLD.`woo_category` IS NOT NEW.`woo_category` OR
  OLD.`woo_state` IS NOT NEW.`woo_state` OR
  OLD.`woo_published_on` IS NOT NEW.`woo_published_on` OR
  OLD.`woo_url` IS NOT NEW.`woo_url` OR
  OLD.`woo_grounds` IS NOT NEW.`woo_grounds` OR
  OLD.`woo_document_version_id` IS NOT NEW.`woo_document_version_id`
BEGIN INSERT OR IGNORE INTO `alert_dirty` (`agreement_id`) VALUES (NEW.`id`); END;
