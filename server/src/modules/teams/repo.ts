import { asc, eq, sql } from 'drizzle-orm'
import type { DbOrTx } from '../../db/client.ts'
import { neighbourhoods, teams } from '../../db/schema/index.ts'

export function listTeams(db: DbOrTx) {
  return db
    .select({
      id: teams.id,
      name: teams.name,
      phone: teams.phone,
      memberCount: sql<number>`(SELECT count(*) FROM users u WHERE u.team_id = teams.id AND u.active = 1)`,
      neighbourhoodCount: sql<number>`(SELECT count(*) FROM neighbourhoods n WHERE n.team_id = teams.id)`,
    })
    .from(teams)
    .orderBy(asc(teams.name))
    .all()
}

export function findTeamByName(db: DbOrTx, name: string) {
  return db
    .select({ id: teams.id })
    .from(teams)
    .where(sql`lower(${teams.name}) = lower(${name})`)
    .get()
}

export function findTeam(db: DbOrTx, id: number) {
  return db.select({ id: teams.id, name: teams.name }).from(teams).where(eq(teams.id, id)).get()
}

export function insertTeam(db: DbOrTx, values: { name: string; phone: string | null; createdAt: string }) {
  return db.insert(teams).values(values).returning({ id: teams.id }).get()
}

export function listNeighbourhoods(db: DbOrTx) {
  return db
    .select({ id: neighbourhoods.id, name: neighbourhoods.name, teamId: teams.id, teamName: teams.name })
    .from(neighbourhoods)
    .innerJoin(teams, eq(teams.id, neighbourhoods.teamId))
    .orderBy(asc(neighbourhoods.name))
    .all()
}

export function findNeighbourhoodByName(db: DbOrTx, name: string) {
  return db
    .select({ id: neighbourhoods.id })
    .from(neighbourhoods)
    .where(sql`lower(${neighbourhoods.name}) = lower(${name})`)
    .get()
}

export function insertNeighbourhood(db: DbOrTx, values: { name: string; teamId: number; createdAt: string }) {
  return db.insert(neighbourhoods).values(values).returning({ id: neighbourhoods.id }).get()
}
