CREATE TABLE `life_domains` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name_nl` text NOT NULL,
	`name_en` text NOT NULL,
	`sort_order` integer NOT NULL,
	`active` integer DEFAULT true NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `life_domains_name_nl_unique` ON `life_domains` (`name_nl`);--> statement-breakpoint
CREATE TABLE `conversation_addenda` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`conversation_id` integer NOT NULL,
	`author_id` integer NOT NULL,
	`text` text NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`conversation_id`) REFERENCES `conversations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`author_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `conversation_addenda_conversation_idx` ON `conversation_addenda` (`conversation_id`);--> statement-breakpoint
CREATE TABLE `conversation_domains` (
	`conversation_id` integer NOT NULL,
	`domain_id` integer NOT NULL,
	PRIMARY KEY(`conversation_id`, `domain_id`),
	FOREIGN KEY (`conversation_id`) REFERENCES `conversations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`domain_id`) REFERENCES `life_domains`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `conversation_domains_domain_idx` ON `conversation_domains` (`domain_id`);--> statement-breakpoint
CREATE TABLE `conversation_participants` (
	`conversation_id` integer NOT NULL,
	`kind` text NOT NULL,
	`ref_id` integer NOT NULL,
	PRIMARY KEY(`conversation_id`, `kind`, `ref_id`),
	FOREIGN KEY (`conversation_id`) REFERENCES `conversations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `conversation_versions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`conversation_id` integer NOT NULL,
	`version` integer NOT NULL,
	`occurred_at` text NOT NULL,
	`kind` text NOT NULL,
	`text` text NOT NULL,
	`third_party_info` integer NOT NULL,
	`replaced_at` text NOT NULL,
	FOREIGN KEY (`conversation_id`) REFERENCES `conversations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `conversation_versions_conversation_idx` ON `conversation_versions` (`conversation_id`,`version`);--> statement-breakpoint
CREATE TABLE `conversations` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`household_id` integer NOT NULL,
	`author_id` integer NOT NULL,
	`occurred_at` text NOT NULL,
	`kind` text NOT NULL,
	`text` text NOT NULL,
	`third_party_info` integer DEFAULT false NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text NOT NULL,
	`edited_at` text,
	FOREIGN KEY (`household_id`) REFERENCES `households`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`author_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `conversations_household_time_idx` ON `conversations` (`household_id`,`occurred_at`,`id`);--> statement-breakpoint
CREATE TABLE `analyses` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`household_id` integer NOT NULL,
	`based_on_id` integer,
	`desired_future` text,
	`created_by` integer NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`household_id`) REFERENCES `households`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `analyses_household_idx` ON `analyses` (`household_id`,`created_at`);--> statement-breakpoint
CREATE TABLE `analysis_cells` (
	`analysis_id` integer NOT NULL,
	`person_id` integer NOT NULL,
	`domain_id` integer NOT NULL,
	`score` integer,
	`note` text,
	`strengths` text,
	`carried_by` text DEFAULT '[]' NOT NULL,
	`own_view` text,
	PRIMARY KEY(`analysis_id`, `person_id`, `domain_id`),
	FOREIGN KEY (`analysis_id`) REFERENCES `analyses`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`person_id`) REFERENCES `persons`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`domain_id`) REFERENCES `life_domains`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `analysis_heard` (
	`analysis_id` integer NOT NULL,
	`person_id` integer NOT NULL,
	`heard` integer NOT NULL,
	PRIMARY KEY(`analysis_id`, `person_id`),
	FOREIGN KEY (`analysis_id`) REFERENCES `analyses`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`person_id`) REFERENCES `persons`(`id`) ON UPDATE no action ON DELETE no action
);
