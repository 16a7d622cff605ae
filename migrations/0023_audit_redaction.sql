ALTER TABLE `audit_events` ADD `redacted_at` text;--> statement-breakpoint
-- Hand-written (drizzle-kit does not know triggers; 0002 made the trail append-only): the one update allowed is
-- redacting an event once at an Archiefwet destruction (decision 063) — `redacted_at` from NULL to a value, only
-- `before`/`after` changed besides it. Everything else, a second redaction and every delete still raise.
DROP TRIGGER `audit_events_no_update`;--> statement-breakpoint
CREATE TRIGGER `audit_events_no_update` BEFORE UPDATE ON `audit_events`
WHEN NOT (
  OLD.`redacted_at` IS NULL AND NEW.`redacted_at` IS NOT NULL
  AND NEW.`id` IS OLD.`id` AND NEW.`at` IS OLD.`at` AND NEW.`actor_id` IS OLD.`actor_id` AND NEW.`actor_label` IS OLD.`actor_label`
  AND NEW.`entity_type` IS OLD.`entity_type` AND NEW.`entity_id` IS OLD.`entity_id` AND NEW.`action` IS OLD.`action`
  AND NEW.`request_id` IS OLD.`request_id`
)
BEGIN SELECT RAISE(ABORT, 'audit_events is append-only (an event can only be redacted once, at a destruction)'); END;
