import { sqliteTable, integer, text, index } from 'drizzle-orm/sqlite-core'
import { teams } from './teams.ts'

export const neighbourhoods = sqliteTable(
  'neighbourhoods',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    name: text('name').notNull().unique(),
    teamId: integer('team_id')
      .notNull()
      .references(() => teams.id),
    createdAt: text('created_at').notNull(),
  },
  (t) => [index('neighbourhoods_team_idx').on(t.teamId)],
)
