CREATE TABLE `agreement_parties` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`agreement_id` integer NOT NULL,
	`organisation_id` integer NOT NULL,
	`role` text NOT NULL,
	`basis` text DEFAULT 'stated' NOT NULL,
	`signatory_name` text,
	`signatory_title` text,
	`signatory_mandate` text,
	`signed_date` text,
	FOREIGN KEY (`agreement_id`) REFERENCES `agreements`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `agreement_parties_uq` ON `agreement_parties` (`agreement_id`,`organisation_id`,`role`);--> statement-breakpoint
CREATE INDEX `agreement_parties_org_idx` ON `agreement_parties` (`organisation_id`,`agreement_id`);--> statement-breakpoint
CREATE TABLE `agreement_relations` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`source_id` integer NOT NULL,
	`kind` text NOT NULL,
	`target_id` integer NOT NULL,
	`note` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`source_id`) REFERENCES `agreements`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`target_id`) REFERENCES `agreements`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `agreement_relations_uq` ON `agreement_relations` (`source_id`,`kind`,`target_id`);--> statement-breakpoint
CREATE INDEX `agreement_relations_target_idx` ON `agreement_relations` (`target_id`,`kind`);--> statement-breakpoint
CREATE TABLE `agreements` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`seed_key` text,
	`type` text NOT NULL,
	`title` text NOT NULL,
	`collaboration_id` integer,
	`reference` text,
	`legal_regime` text,
	`start_date` text,
	`end_date` text,
	`term_kind` text,
	`initial_term_months` integer,
	`notice_period_value` integer,
	`notice_period_unit` text,
	`tacit_renewal` integer,
	`renewal_period_value` integer,
	`renewal_period_unit` text,
	`max_renewals` integer,
	`review_date` text,
	`alert_lead_days` text,
	`owner_name` text,
	`owner_email` text,
	`deputy_email` text,
	`workflow_state` text DEFAULT 'active' NOT NULL,
	`notice_given_date` text,
	`decision` text,
	`termination_date` text,
	`notes` text,
	`source` text,
	`is_synthetic` integer DEFAULT false NOT NULL,
	`archived_at` text,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`status` text DEFAULT 'unknown_dates' NOT NULL,
	`current_term_start` text,
	`current_term_end` text,
	`notice_deadline` text,
	`next_review_date` text,
	`window_start_day` text,
	`window_end_day` text,
	`next_deadline_day` text,
	`computed_on` text,
	FOREIGN KEY (`collaboration_id`) REFERENCES `collaborations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `agreements_seed_key_uq` ON `agreements` (`seed_key`);--> statement-breakpoint
CREATE INDEX `agreements_collab_idx` ON `agreements` (`collaboration_id`,`title`,`id`);--> statement-breakpoint
CREATE INDEX `agreements_type_idx` ON `agreements` (`type`,`title`,`id`);--> statement-breakpoint
CREATE INDEX `agreements_status_idx` ON `agreements` (`status`,`title`,`id`);--> statement-breakpoint
CREATE INDEX `agreements_title_idx` ON `agreements` (`title`,`id`);--> statement-breakpoint
CREATE INDEX `agreements_start_idx` ON `agreements` (`start_date`,`id`);--> statement-breakpoint
CREATE INDEX `agreements_end_idx` ON `agreements` (`current_term_end`,`id`);--> statement-breakpoint
CREATE INDEX `agreements_notice_idx` ON `agreements` (`notice_deadline`,`id`);--> statement-breakpoint
CREATE INDEX `agreements_next_deadline_idx` ON `agreements` (`next_deadline_day`);--> statement-breakpoint
CREATE TABLE `audit_events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`at` text NOT NULL,
	`actor_id` integer,
	`actor_label` text NOT NULL,
	`entity_type` text NOT NULL,
	`entity_id` text NOT NULL,
	`action` text NOT NULL,
	`before` text,
	`after` text,
	`request_id` text
);
--> statement-breakpoint
CREATE INDEX `audit_events_entity_idx` ON `audit_events` (`entity_type`,`entity_id`,`id`);--> statement-breakpoint
CREATE INDEX `audit_events_at_idx` ON `audit_events` (`at`);--> statement-breakpoint
CREATE TABLE `collaboration_members` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`collaboration_id` integer NOT NULL,
	`organisation_id` integer NOT NULL,
	`role` text NOT NULL,
	`note` text,
	FOREIGN KEY (`collaboration_id`) REFERENCES `collaborations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `collaboration_members_uq` ON `collaboration_members` (`collaboration_id`,`organisation_id`,`role`);--> statement-breakpoint
CREATE INDEX `collaboration_members_org_idx` ON `collaboration_members` (`organisation_id`);--> statement-breakpoint
CREATE TABLE `collaborations` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`code` text NOT NULL,
	`name` text NOT NULL,
	`purpose` text,
	`founded_year` integer,
	`founded_note` text,
	`hosted_by_vrt_since` integer,
	`capacity_fte` real,
	`capacity_note` text,
	`budget_cents` integer,
	`budget_note` text,
	`funding_note` text,
	`agreements_note` text,
	`legal_basis` text,
	`parent_id` integer,
	`source` text,
	`is_synthetic` integer DEFAULT false NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `collaborations_code_uq` ON `collaborations` (`code`);--> statement-breakpoint
CREATE TABLE `funding_lines` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`collaboration_id` integer NOT NULL,
	`position` integer DEFAULT 0 NOT NULL,
	`kind` text NOT NULL,
	`source` text NOT NULL,
	`amount_cents` integer,
	`rate_per_inhabitant_cents` integer,
	`note` text,
	FOREIGN KEY (`collaboration_id`) REFERENCES `collaborations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `funding_lines_collab_idx` ON `funding_lines` (`collaboration_id`);--> statement-breakpoint
CREATE TABLE `organisations` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`key` text NOT NULL,
	`name` text NOT NULL,
	`short_name` text,
	`kind` text NOT NULL,
	`cbs_code` text,
	`population_count` integer,
	`population_source` text,
	`population_reference_date` text,
	`notes` text,
	`is_synthetic` integer DEFAULT false NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `organisations_key_uq` ON `organisations` (`key`);--> statement-breakpoint
CREATE INDEX `organisations_name_idx` ON `organisations` (`name`);--> statement-breakpoint
CREATE TABLE `settings` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL
);
