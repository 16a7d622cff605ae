CREATE TABLE `alert_marks` (
	`agreement_id` integer NOT NULL,
	`source` text NOT NULL,
	`fingerprint` text NOT NULL,
	PRIMARY KEY(`agreement_id`, `source`)
);
