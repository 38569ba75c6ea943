import { sqliteTable, integer, text, index, primaryKey, uniqueIndex } from 'drizzle-orm/sqlite-core'
import { households } from './households.ts'
import { teams } from './teams.ts'
import { users } from './users.ts'

/** A recurring theme that calls for a collective answer in a neighbourhood (route steps 1–2). */
export const themes = sqliteTable(
  'themes',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    name: text('name').notNull(),
    /** Lower-cased, trimmed name: one theme per wording, whatever the capitals. */
    nameKey: text('name_key').notNull(),
    createdBy: integer('created_by')
      .notNull()
      .references(() => users.id),
    createdAt: text('created_at').notNull(),
  },
  (t) => [uniqueIndex('themes_name_key_idx').on(t.nameKey)],
)

/** A case tagged with a theme by a worker. */
export const caseThemes = sqliteTable(
  'case_themes',
  {
    householdId: integer('household_id')
      .notNull()
      .references(() => households.id),
    themeId: integer('theme_id')
      .notNull()
      .references(() => themes.id),
    taggedBy: integer('tagged_by')
      .notNull()
      .references(() => users.id),
    taggedAt: text('tagged_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.householdId, t.themeId] }), index('case_themes_theme_idx').on(t.themeId)],
)

/** A short narrative account (vertelpunt) a worker writes and links to a quarter of their team. */
export const narratives = sqliteTable(
  'narratives',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    teamId: integer('team_id')
      .notNull()
      .references(() => teams.id),
    /** "2026-Q4". */
    quarter: text('quarter').notNull(),
    title: text('title').notNull(),
    text: text('text').notNull(),
    writtenBy: integer('written_by')
      .notNull()
      .references(() => users.id),
    writtenAt: text('written_at').notNull(),
  },
  (t) => [index('narratives_team_quarter_idx').on(t.teamId, t.quarter)],
)
