-- Faster search (decision 047, "Speed"; issue 13: p95 < 50 ms over 100,000 agreements and 100,000 pages).
-- Both FTS5 indexes are rebuilt with
--  * prefix indexes for 2- and 3-letter prefixes (prefix='2 3'): "ge*" reads one list instead of merging
--    the lists of every word that starts with "ge";
--  * a `scope` column holding the token "k<collaboration id>" of the agreement (empty without one), so a
--    caller limited to some collaborations asks the index for their rows only instead of reading every
--    match of the others. The user's words are searched in the text columns only (a column filter), the
--    scope condition stays in the SQL as the rule; the token only narrows what is read.
-- Triggers as in 0013, plus: an agreement moving to another collaboration re-indexes its pages' scope.
-- Written by hand: drizzle-kit does not model virtual tables, views or triggers.
DROP TRIGGER `search_agreements_after_insert`;
--> statement-breakpoint
DROP TRIGGER `search_agreements_after_update`;
--> statement-breakpoint
DROP TRIGGER `search_agreements_after_delete`;
--> statement-breakpoint
DROP TRIGGER `search_agreements_after_party_insert`;
--> statement-breakpoint
DROP TRIGGER `search_agreements_after_party_delete`;
--> statement-breakpoint
DROP TRIGGER `search_agreements_after_party_update`;
--> statement-breakpoint
DROP TRIGGER `search_agreements_after_organisation_rename`;
--> statement-breakpoint
DROP TRIGGER `search_agreements_after_collaboration_rename`;
--> statement-breakpoint
DROP TRIGGER `search_pages_after_insert`;
--> statement-breakpoint
DROP TRIGGER `search_pages_after_update`;
--> statement-breakpoint
DROP TRIGGER `search_pages_after_delete`;
--> statement-breakpoint
DROP TABLE `search_agreements`;
--> statement-breakpoint
DROP TABLE `search_pages`;
--> statement-breakpoint
DROP VIEW `search_agreement_text`;
--> statement-breakpoint
-- An agreement as it is searched: its own fields, its parties' names, its collaboration, and its scope token.
CREATE VIEW `search_agreement_text` AS
SELECT a.`id`, a.`title`, coalesce(a.`reference`, '') AS `reference`,
  coalesce((SELECT group_concat(o.`name`, '; ' ORDER BY p.`id`) FROM `agreement_parties` p JOIN `organisations` o ON o.`id` = p.`organisation_id` WHERE p.`agreement_id` = a.`id`), '') AS `parties`,
  coalesce((SELECT c.`code` || ' ' || c.`name` FROM `collaborations` c WHERE c.`id` = a.`collaboration_id`), '') AS `collaboration`,
  coalesce(a.`notes`, '') AS `notes`,
  coalesce('k' || a.`collaboration_id`, '') AS `scope`
FROM `agreements` a;
--> statement-breakpoint
-- The pages the index holds: those of each document's newest version that has text, with the scope token of the
-- document's agreement. rowid = version_id * 2^24 + page.
CREATE VIEW `search_page_text` AS
SELECT p.`version_id` * 16777216 + p.`page` AS `page_rowid`, d.`agreement_id`, p.`text`, coalesce('k' || a.`collaboration_id`, '') AS `scope`
FROM `document_pages` p JOIN `document_versions` v ON v.`id` = p.`version_id` JOIN `documents` d ON d.`id` = v.`document_id` JOIN `agreements` a ON a.`id` = d.`agreement_id`
WHERE NOT EXISTS (SELECT 1 FROM `document_versions` n WHERE n.`document_id` = v.`document_id` AND n.`version` > v.`version` AND EXISTS (SELECT 1 FROM `document_pages` np WHERE np.`version_id` = n.`id`));
--> statement-breakpoint
CREATE VIRTUAL TABLE `search_agreements` USING fts5(`title`, `reference`, `parties`, `collaboration`, `notes`, `scope`, content='', contentless_delete=1, prefix='2 3', tokenize='unicode61 remove_diacritics 2');
--> statement-breakpoint
INSERT INTO `search_agreements`(rowid, `title`, `reference`, `parties`, `collaboration`, `notes`, `scope`) SELECT `id`, `title`, `reference`, `parties`, `collaboration`, `notes`, `scope` FROM `search_agreement_text`;
--> statement-breakpoint
CREATE TRIGGER `search_agreements_after_insert` AFTER INSERT ON `agreements` BEGIN
  INSERT INTO `search_agreements`(rowid, `title`, `reference`, `parties`, `collaboration`, `notes`, `scope`) SELECT `id`, `title`, `reference`, `parties`, `collaboration`, `notes`, `scope` FROM `search_agreement_text` WHERE `id` = new.`id`;
END;
--> statement-breakpoint
CREATE TRIGGER `search_agreements_after_update` AFTER UPDATE OF `title`, `reference`, `notes`, `collaboration_id` ON `agreements` BEGIN
  DELETE FROM `search_agreements` WHERE rowid = old.`id`;
  INSERT INTO `search_agreements`(rowid, `title`, `reference`, `parties`, `collaboration`, `notes`, `scope`) SELECT `id`, `title`, `reference`, `parties`, `collaboration`, `notes`, `scope` FROM `search_agreement_text` WHERE `id` = new.`id`;
END;
--> statement-breakpoint
CREATE TRIGGER `search_agreements_after_delete` AFTER DELETE ON `agreements` BEGIN
  DELETE FROM `search_agreements` WHERE rowid = old.`id`;
END;
--> statement-breakpoint
CREATE TRIGGER `search_agreements_after_party_insert` AFTER INSERT ON `agreement_parties` BEGIN
  DELETE FROM `search_agreements` WHERE rowid = new.`agreement_id`;
  INSERT INTO `search_agreements`(rowid, `title`, `reference`, `parties`, `collaboration`, `notes`, `scope`) SELECT `id`, `title`, `reference`, `parties`, `collaboration`, `notes`, `scope` FROM `search_agreement_text` WHERE `id` = new.`agreement_id`;
END;
--> statement-breakpoint
CREATE TRIGGER `search_agreements_after_party_delete` AFTER DELETE ON `agreement_parties` BEGIN
  DELETE FROM `search_agreements` WHERE rowid = old.`agreement_id`;
  INSERT INTO `search_agreements`(rowid, `title`, `reference`, `parties`, `collaboration`, `notes`, `scope`) SELECT `id`, `title`, `reference`, `parties`, `collaboration`, `notes`, `scope` FROM `search_agreement_text` WHERE `id` = old.`agreement_id`;
END;
--> statement-breakpoint
CREATE TRIGGER `search_agreements_after_party_update` AFTER UPDATE OF `agreement_id`, `organisation_id` ON `agreement_parties` BEGIN
  DELETE FROM `search_agreements` WHERE rowid IN (old.`agreement_id`, new.`agreement_id`);
  INSERT INTO `search_agreements`(rowid, `title`, `reference`, `parties`, `collaboration`, `notes`, `scope`) SELECT `id`, `title`, `reference`, `parties`, `collaboration`, `notes`, `scope` FROM `search_agreement_text` WHERE `id` IN (old.`agreement_id`, new.`agreement_id`);
END;
--> statement-breakpoint
CREATE TRIGGER `search_agreements_after_organisation_rename` AFTER UPDATE OF `name` ON `organisations` BEGIN
  DELETE FROM `search_agreements` WHERE rowid IN (SELECT `agreement_id` FROM `agreement_parties` WHERE `organisation_id` = new.`id`);
  INSERT INTO `search_agreements`(rowid, `title`, `reference`, `parties`, `collaboration`, `notes`, `scope`) SELECT `id`, `title`, `reference`, `parties`, `collaboration`, `notes`, `scope` FROM `search_agreement_text` WHERE `id` IN (SELECT `agreement_id` FROM `agreement_parties` WHERE `organisation_id` = new.`id`);
END;
--> statement-breakpoint
CREATE TRIGGER `search_agreements_after_collaboration_rename` AFTER UPDATE OF `code`, `name` ON `collaborations` BEGIN
  DELETE FROM `search_agreements` WHERE rowid IN (SELECT `id` FROM `agreements` WHERE `collaboration_id` = new.`id`);
  INSERT INTO `search_agreements`(rowid, `title`, `reference`, `parties`, `collaboration`, `notes`, `scope`) SELECT `id`, `title`, `reference`, `parties`, `collaboration`, `notes`, `scope` FROM `search_agreement_text` WHERE `id` IN (SELECT `id` FROM `agreements` WHERE `collaboration_id` = new.`id`);
END;
--> statement-breakpoint
CREATE VIRTUAL TABLE `search_pages` USING fts5(`text`, `scope`, content='', contentless_delete=1, prefix='2 3', tokenize='unicode61 remove_diacritics 2');
--> statement-breakpoint
INSERT INTO `search_pages`(rowid, `text`, `scope`) SELECT `page_rowid`, `text`, `scope` FROM `search_page_text`;
--> statement-breakpoint
-- The words of the page index, to look up a long prefix as the words it starts (decision 047).
CREATE VIRTUAL TABLE `search_pages_terms` USING fts5vocab(`search_pages`, 'row');
--> statement-breakpoint
CREATE TRIGGER `search_pages_after_insert` AFTER INSERT ON `document_pages` BEGIN
  INSERT INTO `search_pages`(rowid, `text`, `scope`) SELECT new.`version_id` * 16777216 + new.`page`, new.`text`, (SELECT coalesce('k' || a.`collaboration_id`, '') FROM `document_versions` v JOIN `documents` d ON d.`id` = v.`document_id` JOIN `agreements` a ON a.`id` = d.`agreement_id` WHERE v.`id` = new.`version_id`)
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
  INSERT INTO `search_pages`(rowid, `text`, `scope`) SELECT new.`version_id` * 16777216 + new.`page`, new.`text`, (SELECT coalesce('k' || a.`collaboration_id`, '') FROM `document_versions` v JOIN `documents` d ON d.`id` = v.`document_id` JOIN `agreements` a ON a.`id` = d.`agreement_id` WHERE v.`id` = new.`version_id`)
  WHERE NOT EXISTS (SELECT 1 FROM `document_versions` v JOIN `document_versions` n ON n.`document_id` = v.`document_id` AND n.`version` > v.`version`
    WHERE v.`id` = new.`version_id` AND EXISTS (SELECT 1 FROM `document_pages` np WHERE np.`version_id` = n.`id`));
END;
--> statement-breakpoint
CREATE TRIGGER `search_pages_after_delete` AFTER DELETE ON `document_pages` BEGIN
  DELETE FROM `search_pages` WHERE rowid = old.`version_id` * 16777216 + old.`page`;
END;
--> statement-breakpoint
-- An agreement in another collaboration (or none): its pages carry the new scope token.
CREATE TRIGGER `search_pages_after_agreement_scope` AFTER UPDATE OF `collaboration_id` ON `agreements` WHEN old.`collaboration_id` IS NOT new.`collaboration_id` BEGIN
  DELETE FROM `search_pages` WHERE rowid IN (SELECT `page_rowid` FROM `search_page_text` WHERE `agreement_id` = new.`id`);
  INSERT INTO `search_pages`(rowid, `text`, `scope`) SELECT `page_rowid`, `text`, `scope` FROM `search_page_text` WHERE `agreement_id` = new.`id`;
END;
