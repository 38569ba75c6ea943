CREATE TABLE `case_closures` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`household_id` integer NOT NULL,
	`closed_on` text NOT NULL,
	`reason` text NOT NULL,
	`evaluated_on` text NOT NULL,
	`evaluation` text NOT NULL,
	`closed_by` integer NOT NULL,
	`closed_at` text NOT NULL,
	`reopened_at` text,
	`reopened_by` integer,
	FOREIGN KEY (`household_id`) REFERENCES `households`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`closed_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`reopened_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `case_closures_household_idx` ON `case_closures` (`household_id`,`reopened_at`);--> statement-breakpoint
CREATE TABLE `danger_sources` (
	`household_id` integer NOT NULL,
	`person_id` integer NOT NULL,
	`reason` text NOT NULL,
	`recorded_by` integer NOT NULL,
	`recorded_at` text NOT NULL,
	PRIMARY KEY(`household_id`, `person_id`),
	FOREIGN KEY (`household_id`) REFERENCES `households`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`person_id`) REFERENCES `persons`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`recorded_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `meldcode_steps` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`trajectory_id` integer NOT NULL,
	`step` text NOT NULL,
	`data` text NOT NULL,
	`recorded_by` integer NOT NULL,
	`recorded_at` text NOT NULL,
	FOREIGN KEY (`trajectory_id`) REFERENCES `meldcode_trajectories`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`recorded_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `meldcode_steps_trajectory_idx` ON `meldcode_steps` (`trajectory_id`,`step`);--> statement-breakpoint
CREATE TABLE `meldcode_trajectories` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`household_id` integer NOT NULL,
	`started_by` integer NOT NULL,
	`started_at` text NOT NULL,
	`decided_at` text,
	FOREIGN KEY (`household_id`) REFERENCES `households`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`started_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `meldcode_trajectories_household_idx` ON `meldcode_trajectories` (`household_id`);--> statement-breakpoint
CREATE INDEX `meldcode_trajectories_open_idx` ON `meldcode_trajectories` (`decided_at`);--> statement-breakpoint
CREATE TABLE `safety_conditions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`household_id` integer NOT NULL,
	`text` text NOT NULL,
	`watcher` text NOT NULL,
	`how_checked` text NOT NULL,
	`review_on` text NOT NULL,
	`goal_key` text,
	`status` text NOT NULL,
	`updated_by` integer NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`household_id`) REFERENCES `households`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`updated_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `safety_conditions_household_idx` ON `safety_conditions` (`household_id`);--> statement-breakpoint
CREATE TABLE `safety_pictures` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`household_id` integer NOT NULL,
	`person_id` integer NOT NULL,
	`assessment` text NOT NULL,
	`basis` text NOT NULL,
	`assessed_on` text NOT NULL,
	`recorded_by` integer NOT NULL,
	`recorded_at` text NOT NULL,
	FOREIGN KEY (`household_id`) REFERENCES `households`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`person_id`) REFERENCES `persons`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`recorded_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `safety_pictures_household_idx` ON `safety_pictures` (`household_id`,`person_id`,`assessed_on`);--> statement-breakpoint
CREATE TABLE `safety_scores` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`household_id` integer NOT NULL,
	`goal_key` text NOT NULL,
	`by_party` text NOT NULL,
	`who` text NOT NULL,
	`score` integer NOT NULL,
	`note` text NOT NULL,
	`scored_on` text NOT NULL,
	`recorded_by` integer NOT NULL,
	`recorded_at` text NOT NULL,
	FOREIGN KEY (`household_id`) REFERENCES `households`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`recorded_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `safety_scores_goal_idx` ON `safety_scores` (`household_id`,`goal_key`);--> statement-breakpoint
CREATE TABLE `safety_signal_persons` (
	`signal_id` integer NOT NULL,
	`person_id` integer NOT NULL,
	PRIMARY KEY(`signal_id`, `person_id`),
	FOREIGN KEY (`signal_id`) REFERENCES `safety_signals`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`person_id`) REFERENCES `persons`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `safety_worries` (
	`household_id` integer NOT NULL,
	`goal_key` text NOT NULL,
	`worry` text NOT NULL,
	`updated_by` integer NOT NULL,
	`updated_at` text NOT NULL,
	PRIMARY KEY(`household_id`, `goal_key`),
	FOREIGN KEY (`household_id`) REFERENCES `households`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`updated_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
ALTER TABLE `safety_signals` ADD `observed_by` text;--> statement-breakpoint
ALTER TABLE `safety_signals` ADD `observed_on` text;--> statement-breakpoint
ALTER TABLE `safety_signals` ADD `follow_up_note` text;--> statement-breakpoint
ALTER TABLE `safety_signals` ADD `trajectory_id` integer;--> statement-breakpoint
ALTER TABLE `sharing_events` ADD `meldcode_trajectory_id` integer;--> statement-breakpoint
-- Signals from before this migration (all from triage) were observed when they were raised.
UPDATE `safety_signals` SET `observed_on` = substr(`raised_at`, 1, 10) WHERE `observed_on` IS NULL;--> statement-breakpoint
-- A picture of someone's safety and a recorded meldcode step stay as they were recorded; a new one follows.
CREATE TRIGGER `safety_pictures_never_change` BEFORE UPDATE ON `safety_pictures` BEGIN
  SELECT RAISE(ABORT, 'a recorded safety picture is never changed');
END;--> statement-breakpoint
CREATE TRIGGER `meldcode_steps_never_change` BEFORE UPDATE ON `meldcode_steps` BEGIN
  SELECT RAISE(ABORT, 'a recorded meldcode step is never changed');
END;
