CREATE TABLE `search_words` (
	`word` text PRIMARY KEY NOT NULL,
	`documents` integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
-- The words of the conversations' index as FTS5 itself sees them (tokenizer, accents removed): reading this table
-- scans the whole index, so it fills `search_words` once here and after a bulk load, never during a search.
CREATE VIRTUAL TABLE `conversations_fts_words` USING fts5vocab(`conversations_fts`, 'col');
--> statement-breakpoint
INSERT INTO `search_words` (`word`, `documents`)
  SELECT `term`, `doc` FROM `conversations_fts_words` WHERE `col` = 'text';
