import { sqliteTable, integer, text } from 'drizzle-orm/sqlite-core'

/** Administrator-managed list of partner organisations (GP practices, schools, debt help, youth care …). */
export const organisations = sqliteTable('organisations', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  name: text('name').notNull().unique(),
  active: integer('active', { mode: 'boolean' }).notNull().default(true),
  createdAt: text('created_at').notNull(),
})

/** Administrator-managed list of expertise a triage can ask for. */
export const expertises = sqliteTable('expertises', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  name: text('name').notNull().unique(),
  active: integer('active', { mode: 'boolean' }).notNull().default(true),
  createdAt: text('created_at').notNull(),
})
