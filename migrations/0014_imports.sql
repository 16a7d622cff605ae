CREATE TABLE `import_batches` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`created_by` integer NOT NULL,
	`file_name` text NOT NULL,
	`format` text NOT NULL,
	`encoding` text,
	`separator` text,
	`columns` text NOT NULL,
	`rows` text NOT NULL,
	`mapping` text,
	`defaults` text,
	`state` text NOT NULL,
	`total` integer NOT NULL,
	`processed` integer DEFAULT 0 NOT NULL,
	`created` integer DEFAULT 0 NOT NULL,
	`updated` integer DEFAULT 0 NOT NULL,
	`skipped` integer DEFAULT 0 NOT NULL,
	`organisations_created` integer DEFAULT 0 NOT NULL,
	`error` text,
	`created_at` text NOT NULL,
	`committed_at` text,
	`reverted_at` text,
	`reverted` text,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `import_batches_created_by_idx` ON `import_batches` (`created_by`,`id`);--> statement-breakpoint
CREATE TABLE `import_changes` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`batch_id` integer NOT NULL,
	`agreement_id` integer NOT NULL,
	`kind` text NOT NULL,
	`row_number` integer NOT NULL,
	`before` text,
	`version_after` integer NOT NULL,
	FOREIGN KEY (`batch_id`) REFERENCES `import_batches`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`agreement_id`) REFERENCES `agreements`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `import_changes_batch_idx` ON `import_changes` (`batch_id`);--> statement-breakpoint
CREATE TABLE `import_mappings` (
	`header_key` text PRIMARY KEY NOT NULL,
	`mapping` text NOT NULL,
	`updated_at` text NOT NULL
);
