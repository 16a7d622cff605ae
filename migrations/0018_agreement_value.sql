ALTER TABLE `agreements` ADD `value_amount_cents` integer;--> statement-breakpoint
ALTER TABLE `agreements` ADD `value_basis` text;--> statement-breakpoint
ALTER TABLE `agreements` ADD `value_indexation` text;--> statement-breakpoint
ALTER TABLE `agreements` ADD `value_budget_line` text;--> statement-breakpoint
ALTER TABLE `agreements` ADD `value_payer_organisation_id` integer REFERENCES organisations(id);--> statement-breakpoint
CREATE INDEX `agreements_value_idx` ON `agreements` (`value_amount_cents`,`id`);