import { sqliteTable, integer, text, index } from 'drizzle-orm/sqlite-core'
import { teams } from './teams.ts'
import { neighbourhoods } from './neighbourhoods.ts'

export const households = sqliteTable(
  'households',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    /** How the team refers to the household, e.g. "Familie De Vries". */
    name: text('name').notNull(),
    /** Lower-case name + address, for searching the caseload without a table scan per keystroke. */
    searchText: text('search_text').notNull(),
    street: text('street').notNull(),
    houseNumber: integer('house_number').notNull(),
    houseNumberAddition: text('house_number_addition'),
    postcode: text('postcode').notNull(),
    city: text('city').notNull(),
    neighbourhoodId: integer('neighbourhood_id')
      .notNull()
      .references(() => neighbourhoods.id),
    teamId: integer('team_id')
      .notNull()
      .references(() => teams.id),
    /** Set when a safety concern was first raised; the mark stays beside the name on every list from then on. */
    safetyFlaggedAt: text('safety_flagged_at'),
    createdAt: text('created_at').notNull(),
    /**
     * The last time anything in the file changed: the retention period runs from here. Set to created_at by a
     * trigger on insert (migration 0014) and moved forward by every audited change (plugins/audit.ts).
     */
    lastChangedAt: text('last_changed_at').notNull().default(''),
  },
  (t) => [
    index('households_team_name_idx').on(t.teamId, t.name, t.id),
    index('households_neighbourhood_idx').on(t.neighbourhoodId),
  ],
)
