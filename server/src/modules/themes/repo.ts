import { sql, type SQL } from 'drizzle-orm'
import type { DbOrTx } from '../../db/client.ts'
import { caseThemes, themes } from '../../db/schema/index.ts'

/**
 * One household in one neighbourhood counted under one column. The household's id is only for counting each
 * household once; the service never lets it out.
 */
export type Hit<C> = { neighbourhoodId: number; householdId: number } & C

/** The team's neighbourhoods, by name: the rows of every neighbourhood table. */
export function teamNeighbourhoods(db: DbOrTx, teamId: number) {
  return db.all<{ id: number; name: string }>(
    sql`SELECT id, name FROM neighbourhoods WHERE team_id = ${teamId} ORDER BY name, id`,
  )
}

/** Households living in one of the team's neighbourhoods. */
const inTeam = (teamId: number) => sql`JOIN households h ON h.id = x.household_id
  JOIN neighbourhoods n ON n.id = h.neighbourhood_id AND n.team_id = ${teamId}`

/**
 * Requests received between the two days, with the expertises of each request's newest triage: one hit per
 * expertise, one with `expertiseName` null for a triage without expertises, `triaged` 0 for none yet.
 */
export function requestThemes(db: DbOrTx, teamId: number, firstDay: string, nextFirstDay: string) {
  return db.all<Hit<{ triaged: 0 | 1; expertiseName: string | null }>>(sql`
    WITH req AS (
      SELECT x.id, x.household_id AS householdId, h.neighbourhood_id AS neighbourhoodId
      FROM requests x ${inTeam(teamId)}
      WHERE x.received_on >= ${firstDay} AND x.received_on < ${nextFirstDay}
    ), newest AS (
      SELECT t.request_id AS requestId, t.expertise_ids AS expertiseIds
      FROM triage_versions t JOIN req ON req.id = t.request_id
      WHERE t.version = (SELECT max(t2.version) FROM triage_versions t2 WHERE t2.request_id = t.request_id)
    )
    SELECT DISTINCT req.neighbourhoodId, req.householdId, newest.requestId IS NOT NULL AS triaged,
      e.name AS expertiseName
    FROM req LEFT JOIN newest ON newest.requestId = req.id
      LEFT JOIN json_each(newest.expertiseIds) j
      LEFT JOIN expertises e ON e.id = j.value`)
}

/** Triages made between the two instants: per request the newest of them, with its route. */
export function triageRoutes(db: DbOrTx, teamId: number, from: string, until: string) {
  return db.all<Hit<{ route: string }>>(sql`
    WITH v AS (
      SELECT x.request_id, x.household_id, x.version, x.route, h.neighbourhood_id
      FROM triage_versions x ${inTeam(teamId)}
      WHERE x.created_at >= ${from} AND x.created_at < ${until}
    )
    SELECT DISTINCT v.neighbourhood_id AS neighbourhoodId, v.household_id AS householdId, v.route
    FROM v WHERE v.version = (SELECT max(v2.version) FROM v v2 WHERE v2.request_id = v.request_id)`)
}

/**
 * Broad views made between the two instants: per household the newest of them, with each life domain on which
 * a member scored 1 or 2 (`domainId` null for a household with no such score: it counts in the total only).
 */
export function lifeDomainConcerns(db: DbOrTx, teamId: number, from: string, until: string) {
  return db.all<
    Hit<{ domainId: number | null; nameNl: string | null; nameEn: string | null; sortOrder: number | null }>
  >(sql`
    WITH a AS (
      SELECT x.id, x.household_id, x.created_at, h.neighbourhood_id
      FROM analyses x ${inTeam(teamId)}
      WHERE x.created_at >= ${from} AND x.created_at < ${until}
    ), newest AS (
      SELECT a.* FROM a WHERE NOT EXISTS (
        SELECT 1 FROM a b WHERE b.household_id = a.household_id
          AND (b.created_at > a.created_at OR (b.created_at = a.created_at AND b.id > a.id)))
    )
    SELECT DISTINCT newest.neighbourhood_id AS neighbourhoodId, newest.household_id AS householdId,
      d.id AS domainId, d.name_nl AS nameNl, d.name_en AS nameEn, d.sort_order AS sortOrder
    FROM newest
      LEFT JOIN analysis_cells c ON c.analysis_id = newest.id AND c.score IN (1, 2)
      LEFT JOIN life_domains d ON d.id = c.domain_id`)
}

/**
 * The instants of a table, coarse enough to be few: the UTC month, or the instant itself in the last two hours
 * of a quarter's last day (UTC), which may already be the next quarter in Dutch time.
 */
const monthOrBoundary = (column: SQL) => sql`CASE
  WHEN substr(${column}, 6, 5) IN ('03-31', '06-30', '09-30', '12-31') AND substr(${column}, 12, 2) >= '22'
  THEN ${column} ELSE substr(${column}, 1, 7) END`

/**
 * What the quarters with data are made of: months of request dates (YYYY-MM, Dutch calendar already) and months
 * or instants of triages and broad views (see monthOrBoundary).
 */
export function dataMoments(db: DbOrTx, teamId: number) {
  return db
    .all<{ at: string }>(
      sql`SELECT substr(x.received_on, 1, 7) AS at FROM requests x ${inTeam(teamId)}
    UNION SELECT ${monthOrBoundary(sql`x.created_at`)} FROM triage_versions x ${inTeam(teamId)}
    UNION SELECT ${monthOrBoundary(sql`x.created_at`)} FROM analyses x ${inTeam(teamId)}`,
    )
    .map((row) => row.at)
}

/** Every tag on a household of the team's neighbourhoods. */
export function teamTags(db: DbOrTx, teamId: number) {
  return db.all<Hit<{ themeId: number; name: string }>>(sql`
    SELECT h.neighbourhood_id AS neighbourhoodId, x.household_id AS householdId, t.id AS themeId, t.name
    FROM case_themes x ${inTeam(teamId)} JOIN themes t ON t.id = x.theme_id`)
}

export type CaseThemeRow = { id: number; name: string; taggedBy: string; taggedAt: string }

export function listForHousehold(db: DbOrTx, householdId: number) {
  return db.all<CaseThemeRow>(sql`SELECT t.id, t.name, u.name AS taggedBy, x.tagged_at AS taggedAt
    FROM case_themes x JOIN themes t ON t.id = x.theme_id JOIN users u ON u.id = x.tagged_by
    WHERE x.household_id = ${householdId} ORDER BY t.name COLLATE NOCASE, t.id`)
}

export function findThemeByKey(db: DbOrTx, nameKey: string) {
  return db.get<{ id: number; name: string }>(sql`SELECT id, name FROM themes WHERE name_key = ${nameKey}`)
}

export function insertTheme(db: DbOrTx, values: typeof themes.$inferInsert) {
  return db.insert(themes).values(values).returning({ id: themes.id }).get().id
}

export function isTagged(db: DbOrTx, householdId: number, themeId: number) {
  return (
    db.get(sql`SELECT 1 FROM case_themes WHERE household_id = ${householdId} AND theme_id = ${themeId}`) !==
    undefined
  )
}

export function insertTag(db: DbOrTx, values: typeof caseThemes.$inferInsert) {
  db.insert(caseThemes).values(values).run()
}

export function deleteTag(db: DbOrTx, householdId: number, themeId: number) {
  db.run(sql`DELETE FROM case_themes WHERE household_id = ${householdId} AND theme_id = ${themeId}`)
}
