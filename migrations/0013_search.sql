-- Search (GET /api/search, the register's q over document text; docs/decisions/047).
-- Two FTS5 indexes with the unicode61 tokenizer, diacritics folded ("geëvalueerd" = "geevalueerd"),
-- contentless (the text stays in its own tables; snippets are cut from there), kept in step by triggers
-- so every write path — the API, the seed, CLIs, imports — keeps them true without a call from the modules.
-- Written by hand: drizzle-kit does not model virtual tables, views or triggers.

-- An agreement as it is searched: its own fields, its parties' names and its collaboration.
CREATE VIEW `search_agreement_text` AS
SELECT a.`id`, a.`title`, coalesce(a.`reference`, '') AS `reference`,
  coalesce((SELECT group_concat(o.`name`, '; ' ORDER BY p.`id`) FROM `agreement_parties` p JOIN `organisations` o ON o.`id` = p.`organisation_id` WHERE p.`agreement_id` = a.`id`), '') AS `parties`,
  coalesce((SELECT c.`code` || ' ' || c.`name` FROM `collaborations` c WHERE c.`id` = a.`collaboration_id`), '') AS `collaboration`,
  coalesce(a.`notes`, '') AS `notes`
FROM `agreements` a;
--> statement-breakpoint
CREATE VIRTUAL TABLE `search_agreements` USING fts5(`title`, `reference`, `parties`, `collaboration`, `notes`, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 2');
--> statement-breakpoint
INSERT INTO `search_agreements`(rowid, `title`, `reference`, `parties`, `collaboration`, `notes`) SELECT `id`, `title`, `reference`, `parties`, `collaboration`, `notes` FROM `search_agreement_text`;
--> statement-breakpoint
CREATE TRIGGER `search_agreements_after_insert` AFTER INSERT ON `agreements` BEGIN
  INSERT INTO `search_agreements`(rowid, `title`, `reference`, `parties`, `collaboration`, `notes`) SELECT `id`, `title`, `reference`, `parties`, `collaboration`, `notes` FROM `search_agreement_text` WHERE `id` = new.`id`;
END;
--> statement-breakpoint
CREATE TRIGGER `search_agreements_after_update` AFTER UPDATE OF `title`, `reference`, `notes`, `collaboration_id` ON `agreements` BEGIN
  DELETE FROM `search_agreements` WHERE rowid = old.`id`;
  INSERT INTO `search_agreements`(rowid, `title`, `reference`, `parties`, `collaboration`, `notes`) SELECT `id`, `title`, `reference`, `parties`, `collaboration`, `notes` FROM `search_agreement_text` WHERE `id` = new.`id`;
END;
--> statement-breakpoint
CREATE TRIGGER `search_agreements_after_delete` AFTER DELETE ON `agreements` BEGIN
  DELETE FROM `search_agreements` WHERE rowid = old.`id`;
END;
--> statement-breakpoint
CREATE TRIGGER `search_agreements_after_party_insert` AFTER INSERT ON `agreement_parties` BEGIN
  DELETE FROM `search_agreements` WHERE rowid = new.`agreement_id`;
  INSERT INTO `search_agreements`(rowid, `title`, `reference`, `parties`, `collaboration`, `notes`) SELECT `id`, `title`, `reference`, `parties`, `collaboration`, `notes` FROM `search_agreement_text` WHERE `id` = new.`agreement_id`;
END;
--> statement-breakpoint
CREATE TRIGGER `search_agreements_after_party_delete` AFTER DELETE ON `agreement_parties` BEGIN
  DELETE FROM `search_agreements` WHERE rowid = old.`agreement_id`;
  INSERT INTO `search_agreements`(rowid, `title`, `reference`, `parties`, `collaboration`, `notes`) SELECT `id`, `title`, `reference`, `parties`, `collaboration`, `notes` FROM `search_agreement_text` WHERE `id` = old.`agreement_id`;
END;
--> statement-breakpoint
CREATE TRIGGER `search_agreements_after_party_update` AFTER UPDATE OF `agreement_id`, `organisation_id` ON `agreement_parties` BEGIN
  DELETE FROM `search_agreements` WHERE rowid IN (old.`agreement_id`, new.`agreement_id`);
  INSERT INTO `search_agreements`(rowid, `title`, `reference`, `parties`, `collaboration`, `notes`) SELECT `id`, `title`, `reference`, `parties`, `collaboration`, `notes` FROM `search_agreement_text` WHERE `id` IN (old.`agreement_id`, new.`agreement_id`);
END;
--> statement-breakpoint
CREATE TRIGGER `search_agreements_after_organisation_rename` AFTER UPDATE OF `name` ON `organisations` BEGIN
  DELETE FROM `search_agreements` WHERE rowid IN (SELECT `agreement_id` FROM `agreement_parties` WHERE `organisation_id` = new.`id`);
  INSERT INTO `search_agreements`(rowid, `title`, `reference`, `parties`, `collaboration`, `notes`) SELECT `id`, `title`, `reference`, `parties`, `collaboration`, `notes` FROM `search_agreement_text` WHERE `id` IN (SELECT `agreement_id` FROM `agreement_parties` WHERE `organisation_id` = new.`id`);
END;
--> statement-breakpoint
CREATE TRIGGER `search_agreements_after_collaboration_rename` AFTER UPDATE OF `code`, `name` ON `collaborations` BEGIN
  DELETE FROM `search_agreements` WHERE rowid IN (SELECT `id` FROM `agreements` WHERE `collaboration_id` = new.`id`);
  INSERT INTO `search_agreements`(rowid, `title`, `reference`, `parties`, `collaboration`, `notes`) SELECT `id`, `title`, `reference`, `parties`, `collaboration`, `notes` FROM `search_agreement_text` WHERE `id` IN (SELECT `id` FROM `agreements` WHERE `collaboration_id` = new.`id`);
END;
--> statement-breakpoint
-- Document text: one row per page of the newest version of a document that has text (older versions
-- stay stored and downloadable, but are not searched). rowid = version_id * 2^24 + page.
CREATE VIRTUAL TABLE `search_pages` USING fts5(`text`, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 2');
--> statement-breakpoint
INSERT INTO `search_pages`(rowid, `text`)
SELECT p.`version_id` * 16777216 + p.`page`, p.`text` FROM `document_pages` p JOIN `document_versions` v ON v.`id` = p.`version_id`
WHERE NOT EXISTS (SELECT 1 FROM `document_versions` n WHERE n.`document_id` = v.`document_id` AND n.`version` > v.`version` AND EXISTS (SELECT 1 FROM `document_pages` np WHERE np.`version_id` = n.`id`));
--> statement-breakpoint
CREATE TRIGGER `search_pages_after_insert` AFTER INSERT ON `document_pages` BEGIN
  INSERT INTO `search_pages`(rowid, `text`) SELECT new.`version_id` * 16777216 + new.`page`, new.`text`
  WHERE NOT EXISTS (SELECT 1 FROM `document_versions` v JOIN `document_versions` n ON n.`document_id` = v.`document_id` AND n.`version` > v.`version`
    WHERE v.`id` = new.`version_id` AND EXISTS (SELECT 1 FROM `document_pages` np WHERE np.`version_id` = n.`id`));
  -- A newer version's text replaces the older versions' in the index (once, with its first page).
  DELETE FROM `search_pages` WHERE new.`page` = 1 AND rowid IN (
    SELECT o.`id` * 16777216 + op.`page` FROM `document_versions` v
    JOIN `document_versions` o ON o.`document_id` = v.`document_id` AND o.`version` < v.`version`
    JOIN `document_pages` op ON op.`version_id` = o.`id`
    WHERE v.`id` = new.`version_id`);
END;
--> statement-breakpoint
CREATE TRIGGER `search_pages_after_update` AFTER UPDATE OF `text` ON `document_pages` BEGIN
  DELETE FROM `search_pages` WHERE rowid = old.`version_id` * 16777216 + old.`page`;
  INSERT INTO `search_pages`(rowid, `text`) SELECT new.`version_id` * 16777216 + new.`page`, new.`text`
  WHERE NOT EXISTS (SELECT 1 FROM `document_versions` v JOIN `document_versions` n ON n.`document_id` = v.`document_id` AND n.`version` > v.`version`
    WHERE v.`id` = new.`version_id` AND EXISTS (SELECT 1 FROM `document_pages` np WHERE np.`version_id` = n.`id`));
END;
--> statement-breakpoint
CREATE TRIGGER `search_pages_after_delete` AFTER DELETE ON `document_pages` BEGIN
  DELETE FROM `search_pages` WHERE rowid = old.`version_id` * 16777216 + old.`page`;
END;
