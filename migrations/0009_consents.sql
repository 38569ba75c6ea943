CREATE TABLE `consents` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`household_id` integer NOT NULL,
	`subject_person_id` integer NOT NULL,
	`giver_kind` text NOT NULL,
	`giver_person_id` integer,
	`giver_name` text NOT NULL,
	`recipient` text NOT NULL,
	`organisation_id` integer,
	`purpose` text NOT NULL,
	`categories` text NOT NULL,
	`how` text NOT NULL,
	`given_on` text NOT NULL,
	`valid_until` text,
	`recorded_by` integer NOT NULL,
	`recorded_at` text NOT NULL,
	`withdrawn_at` text,
	`withdrawn_by` integer,
	FOREIGN KEY (`household_id`) REFERENCES `households`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`subject_person_id`) REFERENCES `persons`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`giver_person_id`) REFERENCES `persons`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`recorded_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`withdrawn_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `consents_household_idx` ON `consents` (`household_id`);--> statement-breakpoint
CREATE INDEX `consents_subject_idx` ON `consents` (`subject_person_id`);--> statement-breakpoint
CREATE INDEX `consents_valid_until_idx` ON `consents` (`valid_until`);