-- Text search of the register (GET /api/agreements?q=): a trigram FTS5 index
-- over title, reference and notes, kept in step with `agreements` by triggers.
-- Written by hand (drizzle-kit does not model virtual tables); see docs/decisions/004.
CREATE VIRTUAL TABLE `agreements_fts` USING fts5(`title`, `reference`, `notes`, content='agreements', content_rowid='id', tokenize='trigram remove_diacritics 1');
--> statement-breakpoint
INSERT INTO `agreements_fts`(`agreements_fts`) VALUES ('rebuild');
--> statement-breakpoint
CREATE TRIGGER `agreements_fts_after_insert` AFTER INSERT ON `agreements` BEGIN
  INSERT INTO `agreements_fts`(rowid, `title`, `reference`, `notes`) VALUES (new.id, new.title, new.reference, new.notes);
END;
--> statement-breakpoint
CREATE TRIGGER `agreements_fts_after_delete` AFTER DELETE ON `agreements` BEGIN
  INSERT INTO `agreements_fts`(`agreements_fts`, rowid, `title`, `reference`, `notes`) VALUES ('delete', old.id, old.title, old.reference, old.notes);
END;
--> statement-breakpoint
CREATE TRIGGER `agreements_fts_after_update` AFTER UPDATE OF `title`, `reference`, `notes` ON `agreements` BEGIN
  INSERT INTO `agreements_fts`(`agreements_fts`, rowid, `title`, `reference`, `notes`) VALUES ('delete', old.id, old.title, old.reference, old.notes);
  INSERT INTO `agreements_fts`(rowid, `title`, `reference`, `notes`) VALUES (new.id, new.title, new.reference, new.notes);
END;
