CREATE TABLE `destruction_list_items` (
	`list_id` integer NOT NULL,
	`agreement_id` integer NOT NULL,
	FOREIGN KEY (`list_id`) REFERENCES `destruction_lists`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`agreement_id`) REFERENCES `agreements`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `destruction_list_items_uq` ON `destruction_list_items` (`list_id`,`agreement_id`);--> statement-breakpoint
CREATE INDEX `destruction_list_items_agreement_idx` ON `destruction_list_items` (`agreement_id`);--> statement-breakpoint
CREATE TABLE `destruction_lists` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`state` text NOT NULL,
	`note` text,
	`proposed_by` integer NOT NULL,
	`proposed_by_label` text NOT NULL,
	`proposed_at` text NOT NULL,
	`decided_by` integer,
	`decided_by_label` text,
	`decided_at` text,
	`decision_note` text,
	FOREIGN KEY (`proposed_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`decided_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `destruction_lists_state_idx` ON `destruction_lists` (`state`,`id`);--> statement-breakpoint
CREATE TABLE `destruction_records` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`agreement_id` integer NOT NULL,
	`list_id` integer NOT NULL,
	`destroyed_at` text NOT NULL,
	`proposed_by` integer,
	`proposed_by_label` text NOT NULL,
	`approved_by` integer,
	`approved_by_label` text NOT NULL,
	`rule_code` text NOT NULL,
	`rule_description` text NOT NULL,
	`rule_years` integer,
	`rule_legal_basis` text NOT NULL,
	`agreement_title` text NOT NULL,
	`agreement_reference` text,
	`agreement_type` text NOT NULL,
	`collaboration_code` text,
	`end_date` text,
	`destruction_date` text,
	`documents` text NOT NULL,
	`cleared_fields` text NOT NULL,
	FOREIGN KEY (`agreement_id`) REFERENCES `agreements`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`list_id`) REFERENCES `destruction_lists`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `destruction_records_agreement_uq` ON `destruction_records` (`agreement_id`);--> statement-breakpoint
CREATE TABLE `retention_defaults` (
	`agreement_type` text PRIMARY KEY NOT NULL,
	`rule_id` integer NOT NULL,
	FOREIGN KEY (`rule_id`) REFERENCES `retention_rules`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `retention_rules` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`code` text NOT NULL,
	`description` text NOT NULL,
	`action` text NOT NULL,
	`years` integer,
	`legal_basis` text NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `retention_rules_code_uq` ON `retention_rules` (`code`);--> statement-breakpoint
ALTER TABLE `agreements` ADD `retention_rule_id` integer;--> statement-breakpoint
ALTER TABLE `agreements` ADD `legal_hold_reason` text;--> statement-breakpoint
ALTER TABLE `agreements` ADD `legal_hold_by` integer;--> statement-breakpoint
ALTER TABLE `agreements` ADD `legal_hold_at` text;--> statement-breakpoint
ALTER TABLE `agreements` ADD `destroyed_at` text;--> statement-breakpoint
-- The selection list's defaults for a joint arrangement (decision 062): categories of the published Selectielijst 2020, named from the list itself.
INSERT INTO `retention_rules` (`code`, `description`, `action`, `years`, `legal_basis`, `created_at`, `updated_at`) VALUES ('16.1', 'Overeenkomst aangegaan (generiek): o.a. inkoopovereenkomst, garantstelling, huur, pacht, ingebruikgeving, lening', 'destroy', 10, 'Selectielijst gemeenten en intergemeentelijke organen 2020 (vastgesteld 18 februari 2020, Stcrt. 2020, 11143), procestype 16 Overeenkomsten aangaan, resultaat 16.1 Aangegaan: vernietigen, bewaartermijn 10 jaar, procestermijn bestaansduur procesobject (de termijn loopt vanaf het einde van de overeenkomst); herkomst: risicoanalyse. Geldt voor archiefbescheiden opgemaakt of ontvangen vanaf 1 januari 2020; voor oudere stukken gelden de Selectielijst 2017 (2017-2019) of 2012 (1996-2016), waarvan de categorieën hier niet zijn nagetrokken.', strftime('%Y-%m-%dT%H:%M:%fZ','now'), strftime('%Y-%m-%dT%H:%M:%fZ','now'));--> statement-breakpoint
INSERT INTO `retention_rules` (`code`, `description`, `action`, `years`, `legal_basis`, `created_at`, `updated_at`) VALUES ('16.1.2', 'Samenwerkingsovereenkomst ten behoeve van de taakuitoefening van het orgaan', 'keep', NULL, 'Selectielijst gemeenten en intergemeentelijke organen 2020 (vastgesteld 18 februari 2020, Stcrt. 2020, 11143), procestype 16 Overeenkomsten aangaan, resultaat 16.1.2 Aangegaan, samenwerkingsovereenkomst ten behoeve van de taakuitoefening van het orgaan: blijvend bewaren; herkomst: systeemanalyse. Geldt voor archiefbescheiden opgemaakt of ontvangen vanaf 1 januari 2020; voor oudere stukken gelden de Selectielijst 2017 (2017-2019) of 2012 (1996-2016), waarvan de categorieën hier niet zijn nagetrokken.', strftime('%Y-%m-%dT%H:%M:%fZ','now'), strftime('%Y-%m-%dT%H:%M:%fZ','now'));--> statement-breakpoint
INSERT INTO `retention_rules` (`code`, `description`, `action`, `years`, `legal_basis`, `created_at`, `updated_at`) VALUES ('16.1.5', 'Verzekering', 'destroy', 7, 'Selectielijst gemeenten en intergemeentelijke organen 2020 (vastgesteld 18 februari 2020, Stcrt. 2020, 11143), procestype 16 Overeenkomsten aangaan, resultaat 16.1.5 Aangegaan, verzekering: vernietigen, bewaartermijn 7 jaar, procestermijn bestaansduur procesobject; herkomst: Burgerlijk Wetboek boek 2 artikel 10 lid 3. Geldt voor archiefbescheiden opgemaakt of ontvangen vanaf 1 januari 2020; voor oudere stukken gelden de Selectielijst 2017 (2017-2019) of 2012 (1996-2016), waarvan de categorieën hier niet zijn nagetrokken.', strftime('%Y-%m-%dT%H:%M:%fZ','now'), strftime('%Y-%m-%dT%H:%M:%fZ','now'));--> statement-breakpoint
INSERT INTO `retention_defaults` (`agreement_type`, `rule_id`) SELECT 'cooperation', `id` FROM `retention_rules` WHERE `code` = '16.1.2';--> statement-breakpoint
INSERT INTO `retention_defaults` (`agreement_type`, `rule_id`) SELECT 'governance', `id` FROM `retention_rules` WHERE `code` = '16.1.2';--> statement-breakpoint
INSERT INTO `retention_defaults` (`agreement_type`, `rule_id`) SELECT 'privacy', `id` FROM `retention_rules` WHERE `code` = '16.1.2';--> statement-breakpoint
INSERT INTO `retention_defaults` (`agreement_type`, `rule_id`) SELECT 'service', `id` FROM `retention_rules` WHERE `code` = '16.1';--> statement-breakpoint
INSERT INTO `retention_defaults` (`agreement_type`, `rule_id`) SELECT 'processor', `id` FROM `retention_rules` WHERE `code` = '16.1';--> statement-breakpoint
INSERT INTO `retention_defaults` (`agreement_type`, `rule_id`) SELECT 'subprocessor', `id` FROM `retention_rules` WHERE `code` = '16.1';--> statement-breakpoint
-- Every agreement gets the default rule of its type when it is inserted without one (the seed, imports, renewals, the API).
CREATE TRIGGER `agreements_default_retention_rule` AFTER INSERT ON `agreements` WHEN NEW.`retention_rule_id` IS NULL BEGIN UPDATE `agreements` SET `retention_rule_id` = (SELECT `rule_id` FROM `retention_defaults` WHERE `agreement_type` = NEW.`type`) WHERE `id` = NEW.`id`; END;--> statement-breakpoint
UPDATE `agreements` SET `retention_rule_id` = (SELECT `rule_id` FROM `retention_defaults` WHERE `agreement_type` = `agreements`.`type`) WHERE `retention_rule_id` IS NULL;--> statement-breakpoint
-- The alerts are rewritten when any fact changes (migration 0008): the retention columns are facts too.
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
  OLD.`woo_document_version_id` IS NOT NEW.`woo_document_version_id` OR
  OLD.`retention_rule_id` IS NOT NEW.`retention_rule_id` OR
  OLD.`legal_hold_reason` IS NOT NEW.`legal_hold_reason` OR
  OLD.`legal_hold_by` IS NOT NEW.`legal_hold_by` OR
  OLD.`legal_hold_at` IS NOT NEW.`legal_hold_at` OR
  OLD.`destroyed_at` IS NOT NEW.`destroyed_at`
BEGIN INSERT OR IGNORE INTO `alert_dirty` (`agreement_id`) VALUES (NEW.`id`); END;
