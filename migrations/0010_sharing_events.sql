CREATE TABLE `sharing_event_persons` (
	`sharing_event_id` integer NOT NULL,
	`person_id` integer NOT NULL,
	`consent_ids` text NOT NULL,
	PRIMARY KEY(`sharing_event_id`, `person_id`),
	FOREIGN KEY (`sharing_event_id`) REFERENCES `sharing_events`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`person_id`) REFERENCES `persons`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `sharing_events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`household_id` integer NOT NULL,
	`recipient` text NOT NULL,
	`organisation_id` integer,
	`purpose` text NOT NULL,
	`categories` text NOT NULL,
	`summary` text NOT NULL,
	`how` text NOT NULL,
	`shared_at` text NOT NULL,
	`basis` text NOT NULL,
	`recorded_by` integer NOT NULL,
	`recorded_at` text NOT NULL,
	FOREIGN KEY (`household_id`) REFERENCES `households`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`recorded_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `sharing_events_household_idx` ON `sharing_events` (`household_id`,`shared_at`);--> statement-breakpoint
-- What was shared stays as it was recorded.
CREATE TRIGGER `sharing_events_never_change` BEFORE UPDATE ON `sharing_events` BEGIN
  SELECT RAISE(ABORT, 'a recorded share is never changed');
END;
