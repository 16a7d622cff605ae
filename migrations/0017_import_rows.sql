CREATE TABLE `import_rows` (
	`batch_id` integer NOT NULL,
	`n` integer NOT NULL,
	`cells` text NOT NULL,
	PRIMARY KEY(`batch_id`, `n`),
	FOREIGN KEY (`batch_id`) REFERENCES `import_batches`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
-- The rows of batches uploaded before (one JSON cell per sheet) move here, one table row each (decision 059).
INSERT INTO `import_rows` (`batch_id`, `n`, `cells`) SELECT b.`id`, json_extract(r.value, '$.n'), json_extract(r.value, '$.c') FROM `import_batches` b, json_each(b.`rows`) r;
--> statement-breakpoint
ALTER TABLE `import_batches` DROP COLUMN `rows`;