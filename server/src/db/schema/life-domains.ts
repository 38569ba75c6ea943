import { sqliteTable, integer, text } from 'drizzle-orm/sqlite-core'

/** The life domains of the broad view. The 13 defaults come with migration 0004; administrators manage them. */
export const lifeDomains = sqliteTable('life_domains', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  nameNl: text('name_nl').notNull().unique(),
  nameEn: text('name_en').notNull(),
  sortOrder: integer('sort_order').notNull(),
  active: integer('active', { mode: 'boolean' }).notNull().default(true),
})
