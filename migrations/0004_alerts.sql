CREATE TABLE `agreement_alerts` (
	`key` text PRIMARY KEY NOT NULL,
	`agreement_id` integer NOT NULL,
	`source` text NOT NULL,
	`collaboration_id` integer,
	`owner_name` text,
	`owner_email` text,
	`kind` text NOT NULL,
	`severity` text NOT NULL,
	`reason_code` text NOT NULL,
	`due_date` text,
	`due_day` text,
	`lead_days` integer,
	`explanation` text NOT NULL,
	`sort_key` text NOT NULL,
	FOREIGN KEY (`agreement_id`) REFERENCES `agreements`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `agreement_alerts_sort_idx` ON `agreement_alerts` (`sort_key`);--> statement-breakpoint
CREATE INDEX `agreement_alerts_kind_idx` ON `agreement_alerts` (`kind`,`severity`);--> statement-breakpoint
CREATE INDEX `agreement_alerts_kind_sort_idx` ON `agreement_alerts` (`kind`,`sort_key`);--> statement-breakpoint
CREATE INDEX `agreement_alerts_collab_sort_idx` ON `agreement_alerts` (`collaboration_id`,`sort_key`);--> statement-breakpoint
CREATE INDEX `agreement_alerts_owner_sort_idx` ON `agreement_alerts` (`owner_name`,`sort_key`);--> statement-breakpoint
CREATE INDEX `agreement_alerts_agreement_idx` ON `agreement_alerts` (`agreement_id`);--> statement-breakpoint
CREATE TABLE `alert_dirty` (
	`agreement_id` integer PRIMARY KEY NOT NULL
);
--> statement-breakpoint
CREATE TABLE `alert_runs` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`day` text NOT NULL,
	`started_at` text NOT NULL,
	`finished_at` text,
	`agreements` integer,
	`alerts` integer,
	`ms` integer
);
--> statement-breakpoint
CREATE TABLE `alert_states` (
	`user_id` integer NOT NULL,
	`alert_key` text NOT NULL,
	`acknowledged_at` text,
	`snoozed_until` text,
	`updated_at` text NOT NULL,
	PRIMARY KEY(`user_id`, `alert_key`)
);
--> statement-breakpoint
CREATE TRIGGER `alert_dirty_agreement_insert` AFTER INSERT ON `agreements` BEGIN INSERT OR IGNORE INTO `alert_dirty` (`agreement_id`) VALUES (NEW.`id`); END;--> statement-breakpoint
CREATE TRIGGER `alert_dirty_agreement_update` AFTER UPDATE ON `agreements` BEGIN INSERT OR IGNORE INTO `alert_dirty` (`agreement_id`) VALUES (NEW.`id`); END;--> statement-breakpoint
CREATE TRIGGER `alert_dirty_party_insert` AFTER INSERT ON `agreement_parties` BEGIN INSERT OR IGNORE INTO `alert_dirty` (`agreement_id`) VALUES (NEW.`agreement_id`); END;--> statement-breakpoint
CREATE TRIGGER `alert_dirty_party_delete` AFTER DELETE ON `agreement_parties` BEGIN INSERT OR IGNORE INTO `alert_dirty` (`agreement_id`) VALUES (OLD.`agreement_id`); END;--> statement-breakpoint
CREATE TRIGGER `alert_dirty_relation_insert` AFTER INSERT ON `agreement_relations` BEGIN INSERT OR IGNORE INTO `alert_dirty` (`agreement_id`) VALUES (NEW.`source_id`), (NEW.`target_id`); END;--> statement-breakpoint
CREATE TRIGGER `alert_dirty_relation_delete` AFTER DELETE ON `agreement_relations` BEGIN INSERT OR IGNORE INTO `alert_dirty` (`agreement_id`) VALUES (OLD.`source_id`), (OLD.`target_id`); END;
