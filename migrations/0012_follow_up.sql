CREATE TABLE `case_phases` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`household_id` integer NOT NULL,
	`phase` text NOT NULL,
	`interval_days` integer,
	`own_contact_moment` text NOT NULL,
	`reason` text NOT NULL,
	`set_by` integer NOT NULL,
	`set_at` text NOT NULL,
	FOREIGN KEY (`household_id`) REFERENCES `households`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`set_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `case_phases_household_idx` ON `case_phases` (`household_id`,`id`);--> statement-breakpoint
CREATE TABLE `case_reflections` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`household_id` integer NOT NULL,
	`team_id` integer NOT NULL,
	`question` text NOT NULL,
	`requested_by` integer NOT NULL,
	`requested_at` text NOT NULL,
	`held_on` text,
	`participants` text,
	`considerations` text,
	`counter_arguments` text,
	`advice` text,
	`follow_up` text,
	`recorded_by` integer,
	`recorded_at` text,
	FOREIGN KEY (`household_id`) REFERENCES `households`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`team_id`) REFERENCES `teams`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`requested_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`recorded_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `case_reflections_household_idx` ON `case_reflections` (`household_id`);--> statement-breakpoint
CREATE INDEX `case_reflections_team_idx` ON `case_reflections` (`team_id`,`held_on`);--> statement-breakpoint
CREATE TABLE `check_ins` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`household_id` integer NOT NULL,
	`checked_on` text NOT NULL,
	`how` text NOT NULL,
	`note` text NOT NULL,
	`recorded_by` integer NOT NULL,
	`recorded_at` text NOT NULL,
	FOREIGN KEY (`household_id`) REFERENCES `households`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`recorded_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `check_ins_household_idx` ON `check_ins` (`household_id`,`checked_on`);--> statement-breakpoint
ALTER TABLE `case_closures` ADD `reopen_reason` text;