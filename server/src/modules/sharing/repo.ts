import type { Db, DbOrTx } from '../../db/client.ts'
import { sharingEventPersons, sharingEvents } from '../../db/schema/index.ts'
import { prepared } from '../../lib/prepared.ts'

export type ShareRow = {
  id: number
  householdId: number
  recipient: string
  organisationId: number | null
  purpose: string
  categories: string
  summary: string
  how: 'phone' | 'email' | 'letter' | 'meeting' | 'digital'
  sharedAt: string
  basis: 'consent' | 'meldcode'
  meldcodeTrajectoryId: number | null
  recordedBy: string
  recordedAt: string
}

export function listShares(db: Db, householdId: number): ShareRow[] {
  return prepared<[number], ShareRow>(
    db.$client,
    `SELECT e.id, e.household_id AS householdId, e.recipient, e.organisation_id AS organisationId, e.purpose,
       e.categories, e.summary, e.how, e.shared_at AS sharedAt, e.basis, e.meldcode_trajectory_id AS meldcodeTrajectoryId, u.name AS recordedBy,
       e.recorded_at AS recordedAt
     FROM sharing_events e JOIN users u ON u.id = e.recorded_by
     WHERE e.household_id = ? ORDER BY e.shared_at DESC, e.id DESC`,
  ).all(householdId)
}

export function personsOfShares(db: Db, householdId: number) {
  return prepared<[number], { sharingEventId: number; personId: number; name: string; consentIds: string }>(
    db.$client,
    `SELECT sp.sharing_event_id AS sharingEventId, sp.person_id AS personId,
       p.given_name || ' ' || p.family_name AS name, sp.consent_ids AS consentIds
     FROM sharing_event_persons sp JOIN sharing_events e ON e.id = sp.sharing_event_id
     JOIN persons p ON p.id = sp.person_id WHERE e.household_id = ?`,
  ).all(householdId)
}

export function insertShare(
  db: DbOrTx,
  values: typeof sharingEvents.$inferInsert,
  persons: { personId: number; consentIds: number[] }[],
) {
  const { id } = db.insert(sharingEvents).values(values).returning({ id: sharingEvents.id }).get()
  db.insert(sharingEventPersons)
    .values(
      persons.map((p) => ({
        sharingEventId: id,
        personId: p.personId,
        consentIds: JSON.stringify(p.consentIds),
      })),
    )
    .run()
  return id
}
