import { sqliteTable, integer, text } from 'drizzle-orm/sqlite-core'

/**
 * Every word in the conversations' full-text index, with about how many entries hold it. A search for the beginning
 * of a word ("schuld") looks its words up here and asks FTS5 for those exact words: FTS5's own prefix query reads
 * every matching entry before it can apply the searcher's scope, which made frequent words slow on a large
 * database. Counts only grow (a corrected entry keeps its old words counted); they order the words, nothing more.
 */
export const searchWords = sqliteTable('search_words', {
  word: text('word').primaryKey(),
  documents: integer('documents').notNull().default(0),
})
