-- The refresh's own writes of derived lifecycle columns (status, dates, computed_on:
-- every agreement, every day) no longer mark agreements dirty: a dirty agreement
-- has every alert source redone, the chain rules included. The triggers now fire
-- only when a value changes, and the agreement's own trigger ignores the derived
-- columns except current_term_end, which the chain rules read. Every other column
-- is listed (alert-dirty-triggers.test.ts fails when a new column is missing).
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
  OLD.`current_term_end` IS NOT NEW.`current_term_end`
BEGIN INSERT OR IGNORE INTO `alert_dirty` (`agreement_id`) VALUES (NEW.`id`); END;--> statement-breakpoint
DROP TRIGGER `chain_alert_dirty_agreement_update`;--> statement-breakpoint
CREATE TRIGGER `chain_alert_dirty_agreement_update` AFTER UPDATE OF `type`, `title`, `legal_regime`, `start_date`, `end_date`, `term_kind`, `current_term_end`, `archived_at` ON `agreements`
WHEN OLD.`type` IS NOT NEW.`type` OR
  OLD.`title` IS NOT NEW.`title` OR
  OLD.`legal_regime` IS NOT NEW.`legal_regime` OR
  OLD.`start_date` IS NOT NEW.`start_date` OR
  OLD.`end_date` IS NOT NEW.`end_date` OR
  OLD.`term_kind` IS NOT NEW.`term_kind` OR
  OLD.`current_term_end` IS NOT NEW.`current_term_end` OR
  OLD.`archived_at` IS NOT NEW.`archived_at`
BEGIN
  INSERT OR IGNORE INTO `alert_dirty` (`agreement_id`)
    SELECT `target_id` FROM `agreement_relations` WHERE `source_id` = NEW.`id`
    UNION SELECT `source_id` FROM `agreement_relations` WHERE `target_id` = NEW.`id`;
END;
