DROP INDEX `agreements_collab_idx`;--> statement-breakpoint
DROP INDEX `agreements_type_idx`;--> statement-breakpoint
DROP INDEX `agreements_status_idx`;--> statement-breakpoint
DROP INDEX `agreements_title_idx`;--> statement-breakpoint
CREATE INDEX `agreements_collab_idx` ON `agreements` (`collaboration_id`,`archived_at`,`title`,`id`);--> statement-breakpoint
CREATE INDEX `agreements_type_idx` ON `agreements` (`type`,`archived_at`,`title`,`id`);--> statement-breakpoint
CREATE INDEX `agreements_status_idx` ON `agreements` (`status`,`archived_at`,`title`,`id`);--> statement-breakpoint
CREATE INDEX `agreements_title_idx` ON `agreements` (`archived_at`,`title`,`id`);