CREATE TABLE `agreement_suggestions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`agreement_id` integer NOT NULL,
	`document_id` integer NOT NULL,
	`version_id` integer NOT NULL,
	`field` text NOT NULL,
	`value` text NOT NULL,
	`page` integer NOT NULL,
	`quote` text NOT NULL,
	`state` text DEFAULT 'open' NOT NULL,
	`decided_by` integer,
	`decided_at` text,
	`created_at` text NOT NULL,
	FOREIGN KEY (`agreement_id`) REFERENCES `agreements`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`document_id`) REFERENCES `documents`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`version_id`) REFERENCES `document_versions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`decided_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `agreement_suggestions_value_uq` ON `agreement_suggestions` (`agreement_id`,`field`,`value`);--> statement-breakpoint
CREATE INDEX `agreement_suggestions_version_idx` ON `agreement_suggestions` (`version_id`);--> statement-breakpoint
CREATE TABLE `suggestion_readings` (
	`version_id` integer PRIMARY KEY NOT NULL,
	`reader_edition` integer NOT NULL,
	`read_at` text NOT NULL,
	FOREIGN KEY (`version_id`) REFERENCES `document_versions`(`id`) ON UPDATE no action ON DELETE no action
);
