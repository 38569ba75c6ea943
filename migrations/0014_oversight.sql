CREATE TABLE `audit_pruned` (
	`id` integer PRIMARY KEY NOT NULL,
	`prev_hash` text NOT NULL,
	`hash` text NOT NULL,
	`pruned_at` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `emergency_accesses` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`user_id` integer NOT NULL,
	`household_id` integer NOT NULL,
	`reason` text NOT NULL,
	`started_at` text NOT NULL,
	`expires_at` text NOT NULL,
	`ended_at` text,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`household_id`) REFERENCES `households`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `emergency_accesses_user_idx` ON `emergency_accesses` (`user_id`,`household_id`);--> statement-breakpoint
CREATE INDEX `emergency_accesses_household_idx` ON `emergency_accesses` (`household_id`);--> statement-breakpoint
CREATE TABLE `login_challenges` (
	`id_hash` text PRIMARY KEY NOT NULL,
	`user_id` integer NOT NULL,
	`purpose` text NOT NULL,
	`created_at` text NOT NULL,
	`expires_at` text NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `login_challenges_user_idx` ON `login_challenges` (`user_id`);--> statement-breakpoint
CREATE TABLE `reading_signals` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`user_id` integer NOT NULL,
	`detected_at` text NOT NULL,
	`household_count` integer NOT NULL,
	`threshold` integer NOT NULL,
	`reviewed_at` text,
	`reviewed_by` integer,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`reviewed_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `reading_signals_user_idx` ON `reading_signals` (`user_id`,`detected_at`);--> statement-breakpoint
CREATE TABLE `recovery_codes` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`user_id` integer NOT NULL,
	`code_hash` text NOT NULL,
	`created_at` text NOT NULL,
	`used_at` text,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `recovery_codes_user_idx` ON `recovery_codes` (`user_id`);--> statement-breakpoint
CREATE TABLE `retention_due` (
	`household_id` integer PRIMARY KEY NOT NULL,
	`retention_date` text NOT NULL,
	`listed_at` text NOT NULL,
	FOREIGN KEY (`household_id`) REFERENCES `households`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
ALTER TABLE `users` ADD `totp_secret` text;--> statement-breakpoint
ALTER TABLE `users` ADD `totp_enabled_at` text;--> statement-breakpoint
ALTER TABLE `users` ADD `totp_last_step` integer;--> statement-breakpoint
ALTER TABLE `users` ADD `totp_pending_secret` text;--> statement-breakpoint
ALTER TABLE `households` ADD `last_changed_at` text DEFAULT '' NOT NULL;--> statement-breakpoint
-- A file's retention period runs from its last change: until now that is the newest audited change to it
-- (writes are audited inside their transaction; reads carry a read suffix), or when it was opened.
UPDATE `households` SET `last_changed_at` = COALESCE(
  (SELECT MAX(a.`at`) FROM `audit_events` a
   WHERE a.`household_id` = `households`.`id` AND a.`outcome` = 'allowed'
     AND a.`operation` NOT LIKE '%.read' AND a.`operation` NOT LIKE '%.list' AND a.`operation` NOT LIKE '%.compare'
     AND a.`operation` NOT LIKE '%.versions' AND a.`operation` NOT LIKE '%.check' AND a.`operation` NOT LIKE '%.preview'
     AND a.`operation` NOT LIKE '%.duplicates' AND a.`operation` NOT LIKE '%.expiring'
     AND a.`operation` NOT LIKE 'portal.%' AND a.`operation` != 'search' AND a.`at` > `households`.`created_at`),
  `created_at`);
--> statement-breakpoint
CREATE TRIGGER `households_last_changed_default` AFTER INSERT ON `households` WHEN new.last_changed_at = '' BEGIN
  UPDATE `households` SET `last_changed_at` = new.created_at WHERE `id` = new.id;
END;
--> statement-breakpoint
CREATE TRIGGER `households_fts_delete` AFTER DELETE ON `households` BEGIN
  INSERT INTO households_fts (households_fts, rowid, name, scope) VALUES ('delete', old.id, old.name, 'h' || old.id || ' t' || old.team_id);
END;
--> statement-breakpoint
-- The audit trail stays append-only, with one exception the retention rule needs: an event may go once its id
-- and hashes are kept in audit_pruned, so the chain can still be walked and every remaining event verified.
DROP TRIGGER `audit_events_no_delete`;
--> statement-breakpoint
CREATE TRIGGER `audit_events_no_delete` BEFORE DELETE ON `audit_events`
WHEN NOT EXISTS (SELECT 1 FROM `audit_pruned` p WHERE p.`id` = old.`id` AND p.`hash` = old.`hash`)
BEGIN
  SELECT RAISE(ABORT, 'audit events are append-only');
END;
--> statement-breakpoint
CREATE TRIGGER `audit_pruned_no_update` BEFORE UPDATE ON `audit_pruned`
BEGIN
  SELECT RAISE(ABORT, 'pruned audit events are kept as they are');
END;
