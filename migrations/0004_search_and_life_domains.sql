-- The 13 default life domains of the broad view (DOMAIN.md); administrators can rename or switch them off later.
INSERT INTO `life_domains` (`name_nl`, `name_en`, `sort_order`) VALUES
  ('Inkomen & schulden', 'Income & debts', 1),
  ('Wonen', 'Housing', 2),
  ('Werk, opleiding & dagbesteding', 'Work, education & daytime activity', 3),
  ('Lichamelijke gezondheid', 'Physical health', 4),
  ('Psychisch welbevinden', 'Mental wellbeing', 5),
  ('Middelengebruik', 'Substance use', 6),
  ('Relaties & gezin', 'Family & relationships', 7),
  ('Opvoeden & opgroeien', 'Parenting & growing up', 8),
  ('Sociaal netwerk', 'Social network', 9),
  ('Meedoen', 'Taking part in society', 10),
  ('Zelfzorg & dagelijks leven', 'Daily self-care', 11),
  ('Veiligheid', 'Safety', 12),
  ('Justitie', 'Justice & legal matters', 13);
--> statement-breakpoint
-- Full-text search over conversations. External content (the text is not stored twice) read through a view that
-- adds the scope tokens: "h<household id> t<team id>". A search ANDs the user's terms with the scope tokens the
-- searcher may open, so FTS5 intersects with a short list instead of filtering every match afterwards.
CREATE VIEW `conversations_search_source` AS
  SELECT c.id AS id, c.text AS text, 'h' || c.household_id || ' t' || h.team_id AS scope
  FROM conversations c JOIN households h ON h.id = c.household_id;
--> statement-breakpoint
CREATE VIRTUAL TABLE `conversations_fts` USING fts5(
  text, scope,
  content = 'conversations_search_source', content_rowid = 'id',
  tokenize = 'unicode61 remove_diacritics 2'
);
--> statement-breakpoint
CREATE TRIGGER `conversations_fts_insert` AFTER INSERT ON `conversations` BEGIN
  INSERT INTO conversations_fts (rowid, text, scope)
  VALUES (new.id, new.text, 'h' || new.household_id || ' t' || (SELECT team_id FROM households WHERE id = new.household_id));
END;
--> statement-breakpoint
CREATE TRIGGER `conversations_fts_update` AFTER UPDATE OF `text`, `household_id` ON `conversations` BEGIN
  INSERT INTO conversations_fts (conversations_fts, rowid, text, scope)
  VALUES ('delete', old.id, old.text, 'h' || old.household_id || ' t' || (SELECT team_id FROM households WHERE id = old.household_id));
  INSERT INTO conversations_fts (rowid, text, scope)
  VALUES (new.id, new.text, 'h' || new.household_id || ' t' || (SELECT team_id FROM households WHERE id = new.household_id));
END;
--> statement-breakpoint
CREATE TRIGGER `conversations_fts_delete` AFTER DELETE ON `conversations` BEGIN
  INSERT INTO conversations_fts (conversations_fts, rowid, text, scope)
  VALUES ('delete', old.id, old.text, 'h' || old.household_id || ' t' || (SELECT team_id FROM households WHERE id = old.household_id));
END;
--> statement-breakpoint
-- Household names, searchable the same way.
CREATE VIEW `households_search_source` AS
  SELECT id, name, 'h' || id || ' t' || team_id AS scope FROM households;
--> statement-breakpoint
CREATE VIRTUAL TABLE `households_fts` USING fts5(
  name, scope,
  content = 'households_search_source', content_rowid = 'id',
  tokenize = 'unicode61 remove_diacritics 2'
);
--> statement-breakpoint
INSERT INTO households_fts (households_fts) VALUES ('rebuild');
--> statement-breakpoint
CREATE TRIGGER `households_fts_insert` AFTER INSERT ON `households` BEGIN
  INSERT INTO households_fts (rowid, name, scope) VALUES (new.id, new.name, 'h' || new.id || ' t' || new.team_id);
END;
--> statement-breakpoint
CREATE TRIGGER `households_fts_update` AFTER UPDATE OF `name`, `team_id` ON `households` BEGIN
  INSERT INTO households_fts (households_fts, rowid, name, scope) VALUES ('delete', old.id, old.name, 'h' || old.id || ' t' || old.team_id);
  INSERT INTO households_fts (rowid, name, scope) VALUES (new.id, new.name, 'h' || new.id || ' t' || new.team_id);
END;
--> statement-breakpoint
-- A household that moves to another team takes its conversations' scope along.
CREATE TRIGGER `conversations_fts_team_move` AFTER UPDATE OF `team_id` ON `households` WHEN old.team_id != new.team_id BEGIN
  INSERT INTO conversations_fts (conversations_fts, rowid, text, scope)
    SELECT 'delete', c.id, c.text, 'h' || c.household_id || ' t' || old.team_id FROM conversations c WHERE c.household_id = new.id;
  INSERT INTO conversations_fts (rowid, text, scope)
    SELECT c.id, c.text, 'h' || c.household_id || ' t' || new.team_id FROM conversations c WHERE c.household_id = new.id;
END;
