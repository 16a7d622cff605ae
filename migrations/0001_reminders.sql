CREATE TABLE `outbox_attempts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`message_id` integer NOT NULL,
	`attempt_no` integer NOT NULL,
	`started_at` text NOT NULL,
	`finished_at` text,
	`outcome` text,
	`response` text,
	FOREIGN KEY (`message_id`) REFERENCES `outbox_messages`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `outbox_attempts_message_idx` ON `outbox_attempts` (`message_id`,`id`);--> statement-breakpoint
CREATE TABLE `outbox_messages` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`recipient_email` text NOT NULL,
	`locale` text NOT NULL,
	`digest_day` text NOT NULL,
	`sequence` integer DEFAULT 1 NOT NULL,
	`subject` text NOT NULL,
	`text_body` text NOT NULL,
	`html_body` text NOT NULL,
	`message_id_header` text NOT NULL,
	`status` text DEFAULT 'pending' NOT NULL,
	`attempts` integer DEFAULT 0 NOT NULL,
	`next_attempt_at` text,
	`last_attempt_at` text,
	`sent_at` text,
	`smtp_response` text,
	`last_error` text,
	`item_count` integer DEFAULT 0 NOT NULL,
	`first_due_day` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `outbox_messages_digest_uq` ON `outbox_messages` (`recipient_email`,`digest_day`,`sequence`);--> statement-breakpoint
CREATE UNIQUE INDEX `outbox_messages_message_id_uq` ON `outbox_messages` (`message_id_header`);--> statement-breakpoint
CREATE INDEX `outbox_messages_status_idx` ON `outbox_messages` (`status`,`next_attempt_at`,`id`);--> statement-breakpoint
CREATE TABLE `reminder_acknowledgements` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`agreement_id` integer NOT NULL,
	`deadline_kind` text NOT NULL,
	`deadline_day` text NOT NULL,
	`acknowledged_at` text NOT NULL,
	`actor_id` integer,
	`actor_label` text NOT NULL,
	FOREIGN KEY (`agreement_id`) REFERENCES `agreements`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `reminder_acknowledgements_uq` ON `reminder_acknowledgements` (`agreement_id`,`deadline_kind`,`deadline_day`);--> statement-breakpoint
CREATE TABLE `reminder_agreement_rules` (
	`agreement_id` integer PRIMARY KEY NOT NULL,
	`notice_offsets` text,
	`term_end_offsets` text,
	`review_offsets` text,
	`escalation_days` integer,
	`muted` integer DEFAULT false NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`agreement_id`) REFERENCES `agreements`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `reminder_follows` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`recipient_id` integer NOT NULL,
	`subject_kind` text NOT NULL,
	`subject_id` integer NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`recipient_id`) REFERENCES `reminder_recipients`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `reminder_follows_uq` ON `reminder_follows` (`recipient_id`,`subject_kind`,`subject_id`);--> statement-breakpoint
CREATE INDEX `reminder_follows_subject_idx` ON `reminder_follows` (`subject_kind`,`subject_id`);--> statement-breakpoint
CREATE TABLE `reminder_items` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`agreement_id` integer NOT NULL,
	`deadline_kind` text NOT NULL,
	`deadline_day` text NOT NULL,
	`offset_days` integer NOT NULL,
	`recipient_email` text NOT NULL,
	`is_escalation` integer DEFAULT false NOT NULL,
	`payload` text NOT NULL,
	`planned_on` text NOT NULL,
	`outbox_id` integer,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`agreement_id`) REFERENCES `agreements`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`outbox_id`) REFERENCES `outbox_messages`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `reminder_items_key_uq` ON `reminder_items` (`agreement_id`,`deadline_kind`,`deadline_day`,`offset_days`,`recipient_email`);--> statement-breakpoint
CREATE INDEX `reminder_items_outbox_idx` ON `reminder_items` (`outbox_id`);--> statement-breakpoint
CREATE INDEX `reminder_items_recipient_idx` ON `reminder_items` (`recipient_email`,`outbox_id`);--> statement-breakpoint
CREATE TABLE `reminder_recipients` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`email` text NOT NULL,
	`kind` text NOT NULL,
	`user_id` integer,
	`label` text,
	`locale` text DEFAULT 'nl' NOT NULL,
	`calendar_secret` text,
	`removed_at` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `reminder_recipients_email_uq` ON `reminder_recipients` (`email`);--> statement-breakpoint
CREATE UNIQUE INDEX `reminder_recipients_user_uq` ON `reminder_recipients` (`user_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `reminder_recipients_secret_uq` ON `reminder_recipients` (`calendar_secret`);--> statement-breakpoint
CREATE TABLE `reminder_team_addresses` (
	`collaboration_id` integer PRIMARY KEY NOT NULL,
	`recipient_id` integer NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`collaboration_id`) REFERENCES `collaborations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`recipient_id`) REFERENCES `reminder_recipients`(`id`) ON UPDATE no action ON DELETE no action
);
