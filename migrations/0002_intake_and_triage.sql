CREATE TABLE `expertises` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`active` integer DEFAULT true NOT NULL,
	`created_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `expertises_name_unique` ON `expertises` (`name`);--> statement-breakpoint
CREATE TABLE `organisations` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`active` integer DEFAULT true NOT NULL,
	`created_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `organisations_name_unique` ON `organisations` (`name`);--> statement-breakpoint
CREATE TABLE `authority_holders` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`child_id` integer NOT NULL,
	`holder_person_id` integer,
	`external_name` text,
	`external_contact` text,
	`created_at` text NOT NULL,
	FOREIGN KEY (`child_id`) REFERENCES `persons`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`holder_person_id`) REFERENCES `persons`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `authority_holders_child_idx` ON `authority_holders` (`child_id`);--> statement-breakpoint
CREATE INDEX `authority_holders_holder_idx` ON `authority_holders` (`holder_person_id`);--> statement-breakpoint
CREATE TABLE `first_contacts` (
	`household_id` integer PRIMARY KEY NOT NULL,
	`voluntary_explained_on` text,
	`voluntary_explained_by` integer,
	`client_support_offer` text,
	`client_support_offered_on` text,
	`client_support_offered_by` integer,
	`objection_explained_on` text,
	`objection_explained_by` integer,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`household_id`) REFERENCES `households`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `involved_professionals` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`household_id` integer NOT NULL,
	`organisation_id` integer NOT NULL,
	`contact_person` text NOT NULL,
	`role` text,
	`contact` text,
	`created_at` text NOT NULL,
	`ended_on` text,
	FOREIGN KEY (`household_id`) REFERENCES `households`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `involved_professionals_household_idx` ON `involved_professionals` (`household_id`);--> statement-breakpoint
CREATE INDEX `involved_professionals_organisation_idx` ON `involved_professionals` (`organisation_id`);--> statement-breakpoint
CREATE TABLE `network_members` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`household_id` integer NOT NULL,
	`name` text NOT NULL,
	`relation` text NOT NULL,
	`how_they_help` text,
	`contact` text,
	`created_at` text NOT NULL,
	`ended_on` text,
	FOREIGN KEY (`household_id`) REFERENCES `households`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `network_members_household_idx` ON `network_members` (`household_id`);--> statement-breakpoint
CREATE TABLE `case_transfers` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`household_id` integer NOT NULL,
	`from_worker_id` integer NOT NULL,
	`to_worker_id` integer NOT NULL,
	`note` text,
	`status` text DEFAULT 'pending' NOT NULL,
	`created_at` text NOT NULL,
	`decided_at` text,
	FOREIGN KEY (`household_id`) REFERENCES `households`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`from_worker_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`to_worker_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `case_transfers_to_idx` ON `case_transfers` (`to_worker_id`,`status`);--> statement-breakpoint
CREATE INDEX `case_transfers_household_idx` ON `case_transfers` (`household_id`,`status`);--> statement-breakpoint
CREATE INDEX `case_transfers_from_idx` ON `case_transfers` (`from_worker_id`);--> statement-breakpoint
CREATE TABLE `requests` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`team_id` integer NOT NULL,
	`household_id` integer NOT NULL,
	`source` text NOT NULL,
	`reporter_name` text,
	`reporter_contact` text,
	`received_on` text NOT NULL,
	`question` text NOT NULL,
	`household_knows` text NOT NULL,
	`status` text DEFAULT 'new' NOT NULL,
	`registered_by` integer NOT NULL,
	`registered_at` text NOT NULL,
	`triage_worker_id` integer,
	`appointment_on` text,
	`appointment_made_on` text,
	`appointment_outcome` text,
	FOREIGN KEY (`team_id`) REFERENCES `teams`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`household_id`) REFERENCES `households`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`registered_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`triage_worker_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `requests_team_status_idx` ON `requests` (`team_id`,`status`);--> statement-breakpoint
CREATE INDEX `requests_household_idx` ON `requests` (`household_id`);--> statement-breakpoint
CREATE INDEX `requests_triage_worker_idx` ON `requests` (`triage_worker_id`,`status`);--> statement-breakpoint
CREATE INDEX `requests_registered_by_idx` ON `requests` (`registered_by`);--> statement-breakpoint
CREATE TABLE `safety_signals` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`household_id` integer NOT NULL,
	`request_id` integer,
	`observation` text NOT NULL,
	`source` text NOT NULL,
	`raised_by` integer NOT NULL,
	`raised_at` text NOT NULL,
	`followed_up_at` text,
	`followed_up_by` integer,
	FOREIGN KEY (`household_id`) REFERENCES `households`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`request_id`) REFERENCES `requests`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`raised_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`followed_up_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `safety_signals_household_idx` ON `safety_signals` (`household_id`,`followed_up_at`);--> statement-breakpoint
CREATE TABLE `triage_versions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`request_id` integer NOT NULL,
	`household_id` integer NOT NULL,
	`version` integer NOT NULL,
	`urgency` text NOT NULL,
	`safety_answer` text NOT NULL,
	`safety_note` text,
	`expertise_ids` text DEFAULT '[]' NOT NULL,
	`route` text NOT NULL,
	`route_reasoning` text NOT NULL,
	`advice` text,
	`own_direction` text,
	`referral_to` text,
	`created_by` integer NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`request_id`) REFERENCES `requests`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`household_id`) REFERENCES `households`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `triage_versions_request_idx` ON `triage_versions` (`request_id`,`version`);--> statement-breakpoint
ALTER TABLE `households` ADD `safety_flagged_at` text;--> statement-breakpoint
ALTER TABLE `persons` ADD `bsn` text;--> statement-breakpoint
ALTER TABLE `persons` ADD `phone` text;--> statement-breakpoint
ALTER TABLE `persons` ADD `email` text;--> statement-breakpoint
ALTER TABLE `persons` ADD `preferred_language` text;--> statement-breakpoint
ALTER TABLE `persons` ADD `interpreter_needed` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `persons` ADD `joined_on` text;--> statement-breakpoint
ALTER TABLE `persons` ADD `left_on` text;--> statement-breakpoint
ALTER TABLE `case_assignments` ADD `acknowledged_at` text;--> statement-breakpoint
ALTER TABLE `case_assignments` ADD `assigned_by` integer REFERENCES users(id);