CREATE TABLE `goal_progress` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`household_id` integer NOT NULL,
	`goal_key` text NOT NULL,
	`by` text NOT NULL,
	`author_id` integer NOT NULL,
	`scale` integer NOT NULL,
	`words` text NOT NULL,
	`recorded_at` text NOT NULL,
	FOREIGN KEY (`household_id`) REFERENCES `households`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`author_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `goal_progress_household_idx` ON `goal_progress` (`household_id`,`recorded_at`);--> statement-breakpoint
CREATE TABLE `minor_plan_views` (
	`person_id` integer PRIMARY KEY NOT NULL,
	`sees_whole_plan` integer NOT NULL,
	`agreed_by` text NOT NULL,
	`recorded_by` integer NOT NULL,
	`recorded_at` text NOT NULL,
	FOREIGN KEY (`person_id`) REFERENCES `persons`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`recorded_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `plan_versions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`household_id` integer NOT NULL,
	`version` integer NOT NULL,
	`created_by` integer NOT NULL,
	`created_at` text NOT NULL,
	`summary` text NOT NULL,
	`content` text NOT NULL,
	FOREIGN KEY (`household_id`) REFERENCES `households`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `plan_versions_household_version_idx` ON `plan_versions` (`household_id`,`version`);--> statement-breakpoint
-- A version, once written, is history: a change makes the next version.
CREATE TRIGGER `plan_versions_never_change` BEFORE UPDATE ON `plan_versions` BEGIN
  SELECT RAISE(ABORT, 'plan versions are never changed: write the next version');
END;
