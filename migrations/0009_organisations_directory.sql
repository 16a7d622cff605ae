ALTER TABLE `organisations` ADD `kvk_number` text;--> statement-breakpoint
ALTER TABLE `organisations` ADD `oin` text;--> statement-breakpoint
ALTER TABLE `organisations` ADD `parent_id` integer;--> statement-breakpoint
ALTER TABLE `organisations` ADD `version` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
CREATE INDEX `organisations_kvk_idx` ON `organisations` (`kvk_number`);--> statement-breakpoint
CREATE INDEX `organisations_oin_idx` ON `organisations` (`oin`);