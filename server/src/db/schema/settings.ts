import { sqliteTable, text } from 'drizzle-orm/sqlite-core'

/** Municipality-wide settings (name, seed marker). */
export const settings = sqliteTable('settings', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
})
