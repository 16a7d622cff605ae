ALTER TABLE `outbox_messages` ADD `cancelled_at` text;--> statement-breakpoint
ALTER TABLE `outbox_messages` ADD `cancelled_by` text;