-- Chain alerts of an agreement depend on its neighbours' facts (the cover's dates,
-- parties and regime; the basis's end). When those change, mark the neighbours
-- dirty too, so their stored chain alerts are rewritten (see 0004_alerts).
CREATE TRIGGER `chain_alert_dirty_agreement_update` AFTER UPDATE OF `type`, `title`, `legal_regime`, `start_date`, `end_date`, `term_kind`, `current_term_end`, `archived_at` ON `agreements` BEGIN
  INSERT OR IGNORE INTO `alert_dirty` (`agreement_id`)
    SELECT `target_id` FROM `agreement_relations` WHERE `source_id` = NEW.`id`
    UNION SELECT `source_id` FROM `agreement_relations` WHERE `target_id` = NEW.`id`;
END;--> statement-breakpoint
CREATE TRIGGER `chain_alert_dirty_party_insert` AFTER INSERT ON `agreement_parties` BEGIN
  INSERT OR IGNORE INTO `alert_dirty` (`agreement_id`)
    SELECT `target_id` FROM `agreement_relations` WHERE `source_id` = NEW.`agreement_id`
    UNION SELECT `source_id` FROM `agreement_relations` WHERE `target_id` = NEW.`agreement_id`;
END;--> statement-breakpoint
CREATE TRIGGER `chain_alert_dirty_party_delete` AFTER DELETE ON `agreement_parties` BEGIN
  INSERT OR IGNORE INTO `alert_dirty` (`agreement_id`)
    SELECT `target_id` FROM `agreement_relations` WHERE `source_id` = OLD.`agreement_id`
    UNION SELECT `source_id` FROM `agreement_relations` WHERE `target_id` = OLD.`agreement_id`;
END;
