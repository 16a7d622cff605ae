-- Bulk writes and the agreement search index (docs/decisions/056).
-- While `search_deferred` has a row, the triggers that keep `search_agreements` in step with inserted and
-- updated agreements and their parties skip their work. A bulk writer (the import's commit) inserts the row
-- inside its own transaction, writes, rebuilds the search rows of every agreement it touched once, and deletes
-- the row again before it commits: no other connection ever sees it, and a rollback takes it away too.
-- Without it, each party insert deleted and rebuilt its agreement's search row (three FTS5 inserts and two
-- deletes per agreement with two parties, each delete forcing the pending index data to disk).
-- Deletes of agreements and renames of organisations and collaborations are never deferred.
-- The trigger bodies are those of 0015_search_speed (with the scope column), each with the WHEN clause added.
-- Written by hand: drizzle-kit does not model triggers.
CREATE TABLE `search_deferred` (`by` text PRIMARY KEY NOT NULL);
--> statement-breakpoint
DROP TRIGGER `search_agreements_after_insert`;
--> statement-breakpoint
CREATE TRIGGER `search_agreements_after_insert` AFTER INSERT ON `agreements` WHEN NOT EXISTS (SELECT 1 FROM `search_deferred`) BEGIN
  INSERT INTO `search_agreements`(rowid, `title`, `reference`, `parties`, `collaboration`, `notes`, `scope`) SELECT `id`, `title`, `reference`, `parties`, `collaboration`, `notes`, `scope` FROM `search_agreement_text` WHERE `id` = new.`id`;
END;
--> statement-breakpoint
DROP TRIGGER `search_agreements_after_update`;
--> statement-breakpoint
CREATE TRIGGER `search_agreements_after_update` AFTER UPDATE OF `title`, `reference`, `notes`, `collaboration_id` ON `agreements` WHEN NOT EXISTS (SELECT 1 FROM `search_deferred`) BEGIN
  DELETE FROM `search_agreements` WHERE rowid = old.`id`;
  INSERT INTO `search_agreements`(rowid, `title`, `reference`, `parties`, `collaboration`, `notes`, `scope`) SELECT `id`, `title`, `reference`, `parties`, `collaboration`, `notes`, `scope` FROM `search_agreement_text` WHERE `id` = new.`id`;
END;
--> statement-breakpoint
DROP TRIGGER `search_agreements_after_party_insert`;
--> statement-breakpoint
CREATE TRIGGER `search_agreements_after_party_insert` AFTER INSERT ON `agreement_parties` WHEN NOT EXISTS (SELECT 1 FROM `search_deferred`) BEGIN
  DELETE FROM `search_agreements` WHERE rowid = new.`agreement_id`;
  INSERT INTO `search_agreements`(rowid, `title`, `reference`, `parties`, `collaboration`, `notes`, `scope`) SELECT `id`, `title`, `reference`, `parties`, `collaboration`, `notes`, `scope` FROM `search_agreement_text` WHERE `id` = new.`agreement_id`;
END;
--> statement-breakpoint
DROP TRIGGER `search_agreements_after_party_delete`;
--> statement-breakpoint
CREATE TRIGGER `search_agreements_after_party_delete` AFTER DELETE ON `agreement_parties` WHEN NOT EXISTS (SELECT 1 FROM `search_deferred`) BEGIN
  DELETE FROM `search_agreements` WHERE rowid = old.`agreement_id`;
  INSERT INTO `search_agreements`(rowid, `title`, `reference`, `parties`, `collaboration`, `notes`, `scope`) SELECT `id`, `title`, `reference`, `parties`, `collaboration`, `notes`, `scope` FROM `search_agreement_text` WHERE `id` = old.`agreement_id`;
END;
--> statement-breakpoint
DROP TRIGGER `search_agreements_after_party_update`;
--> statement-breakpoint
CREATE TRIGGER `search_agreements_after_party_update` AFTER UPDATE OF `agreement_id`, `organisation_id` ON `agreement_parties` WHEN NOT EXISTS (SELECT 1 FROM `search_deferred`) BEGIN
  DELETE FROM `search_agreements` WHERE rowid IN (old.`agreement_id`, new.`agreement_id`);
  INSERT INTO `search_agreements`(rowid, `title`, `reference`, `parties`, `collaboration`, `notes`, `scope`) SELECT `id`, `title`, `reference`, `parties`, `collaboration`, `notes`, `scope` FROM `search_agreement_text` WHERE `id` IN (old.`agreement_id`, new.`agreement_id`);
END;
