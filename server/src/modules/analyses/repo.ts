import { and, desc, eq, sql } from 'drizzle-orm'
import type { DbOrTx } from '../../db/client.ts'
import { analyses, analysisCells, analysisHeard, users } from '../../db/schema/index.ts'

export function listAnalyses(db: DbOrTx, householdId: number) {
  return db
    .select({
      id: analyses.id,
      createdAt: analyses.createdAt,
      createdById: analyses.createdBy,
      createdByName: users.name,
      scored: sql<number>`(SELECT count(*) FROM analysis_cells c WHERE c.analysis_id = analyses.id AND c.score IS NOT NULL)`,
    })
    .from(analyses)
    .innerJoin(users, eq(users.id, analyses.createdBy))
    .where(eq(analyses.householdId, householdId))
    .orderBy(desc(analyses.createdAt), desc(analyses.id))
    .all()
}

export function findAnalysis(db: DbOrTx, householdId: number, analysisId: number) {
  return db
    .select({
      id: analyses.id,
      householdId: analyses.householdId,
      basedOnId: analyses.basedOnId,
      desiredFuture: analyses.desiredFuture,
      createdAt: analyses.createdAt,
      createdById: analyses.createdBy,
      createdByName: users.name,
    })
    .from(analyses)
    .innerJoin(users, eq(users.id, analyses.createdBy))
    .where(and(eq(analyses.id, analysisId), eq(analyses.householdId, householdId)))
    .get()
}

export function listCells(db: DbOrTx, analysisId: number) {
  return db.select().from(analysisCells).where(eq(analysisCells.analysisId, analysisId)).all()
}

export function listHeard(db: DbOrTx, analysisId: number) {
  return db
    .select({ personId: analysisHeard.personId, heard: analysisHeard.heard })
    .from(analysisHeard)
    .where(eq(analysisHeard.analysisId, analysisId))
    .all()
}

export function insertAnalysis(db: DbOrTx, values: typeof analyses.$inferInsert) {
  return db.insert(analyses).values(values).returning({ id: analyses.id }).get()
}

export function insertCells(db: DbOrTx, rows: (typeof analysisCells.$inferInsert)[]) {
  // SQLite allows at most 32,766 variables per statement; 100 rows of 8 columns stays far below.
  for (let i = 0; i < rows.length; i += 100)
    db.insert(analysisCells)
      .values(rows.slice(i, i + 100))
      .run()
}

export function insertHeard(db: DbOrTx, rows: (typeof analysisHeard.$inferInsert)[]) {
  if (rows.length) db.insert(analysisHeard).values(rows).run()
}
