import type { Db } from '../../server/src/db/client.ts'
import {
  caseAssignments,
  households,
  neighbourhoods,
  persons,
  planVersions,
  teams,
  users,
} from '../../server/src/db/schema/index.ts'
import { hashPassword } from '../../server/src/modules/auth/password.ts'
import { encryptSecret } from '../../server/src/modules/auth/two-factor.ts'
import { secondFactorRequired } from '#shared/domain/accounts'
import { testSecondFactorSecret, testSessionSecret } from './second-factor.ts'
import { householdSearchText } from '../../server/src/modules/households/search-text.ts'

export const testPassword = 'correct horse battery staple'

// One real argon2id hash per test process: hashing per user would make every test file seconds slower.
let passwordHash: Promise<string> | undefined
const sharedHash = () => (passwordHash ??= hashPassword(testPassword))

const at = '2026-01-05T09:00:00.000Z'
let counter = 0
const unique = () => ++counter

export function createTeam(db: Db, overrides: Partial<typeof teams.$inferInsert> = {}) {
  return db
    .insert(teams)
    .values({ name: `Wijkteam ${unique()}`, phone: '0900-1234567', createdAt: at, ...overrides })
    .returning()
    .get()
}

export function createNeighbourhood(
  db: Db,
  teamId: number,
  overrides: Partial<typeof neighbourhoods.$inferInsert> = {},
) {
  return db
    .insert(neighbourhoods)
    .values({ name: `Wijk ${unique()}`, teamId, createdAt: at, ...overrides })
    .returning()
    .get()
}

export async function createUser(
  db: Db,
  values: {
    role: 'worker' | 'supervisor' | 'admin' | 'household'
    teamId?: number | null
    personId?: number
  } & Partial<typeof users.$inferInsert>,
) {
  const n = unique()
  const email = values.email ?? `user${n}@voorbeeld.nl`
  // Roles that must log in with two factors have them set up already, with a secret the tests can compute.
  const secondFactor = secondFactorRequired(values.role)
    ? {
        totpSecret: encryptSecret(testSessionSecret, testSecondFactorSecret(email)),
        totpEnabledAt: at,
      }
    : {}
  return db
    .insert(users)
    .values({
      email,
      name: `Gebruiker ${n}`,
      passwordHash: await sharedHash(),
      createdAt: at,
      ...secondFactor,
      ...values,
      teamId: values.teamId ?? null,
    })
    .returning()
    .get()
}

type MemberInput = Partial<typeof persons.$inferInsert> & { birthdate: string }

export function createHousehold(
  db: Db,
  values: {
    teamId: number
    neighbourhoodId: number
    name?: string
    members?: MemberInput[]
    street?: string
  },
) {
  const n = unique()
  const address = {
    name: values.name ?? `Familie Test${n}`,
    street: values.street ?? 'Lindelaan',
    houseNumber: n,
    houseNumberAddition: null,
    postcode: '1234 AB',
    city: 'Voorbeeld',
  }
  const household = db
    .insert(households)
    .values({
      ...address,
      searchText: householdSearchText(address),
      neighbourhoodId: values.neighbourhoodId,
      teamId: values.teamId,
      createdAt: at,
    })
    .returning()
    .get()
  const members = (
    values.members ?? [{ birthdate: '1985-04-12', givenName: 'Sanne', relation: 'resident' }]
  ).map((m) =>
    db
      .insert(persons)
      .values({
        householdId: household.id,
        givenName: 'Lid',
        familyName: `Test${n}`,
        relation: 'child',
        createdAt: at,
        ...m,
      })
      .returning()
      .get(),
  )
  return { ...household, members }
}

export function assignWorker(db: Db, householdId: number, workerId: number, endedAt: string | null = null) {
  return db
    .insert(caseAssignments)
    .values({ householdId, workerId, startedAt: at, endedAt, acknowledgedAt: at })
    .returning()
    .get()
}

/**
 * Two teams, each with a supervisor, a worker and a household on that worker's caseload, a household log-in for
 * the first household, and an administrator: enough to test every role against its own and a foreign household.
 */
export async function createWorld(db: Db) {
  const teamA = createTeam(db)
  const teamB = createTeam(db)
  const wijkA = createNeighbourhood(db, teamA.id)
  const wijkB = createNeighbourhood(db, teamB.id)
  const own = createHousehold(db, {
    teamId: teamA.id,
    neighbourhoodId: wijkA.id,
    name: 'Familie Jansen',
    members: [
      { givenName: 'Fatima', familyName: 'Jansen', birthdate: '1988-03-02', relation: 'parent' },
      { givenName: 'Daan', familyName: 'Jansen', birthdate: '2013-06-01', relation: 'child' },
    ],
  })
  const sameTeamOther = createHousehold(db, {
    teamId: teamA.id,
    neighbourhoodId: wijkA.id,
    name: 'Familie Bakker',
  })
  const foreign = createHousehold(db, { teamId: teamB.id, neighbourhoodId: wijkB.id, name: 'Familie Visser' })
  const [worker, otherWorker, supervisor, foreignSupervisor, admin, resident, foreignWorker] =
    await Promise.all([
      createUser(db, { role: 'worker', teamId: teamA.id, name: 'Sanne de Wit', email: 'sanne@voorbeeld.nl' }),
      createUser(db, { role: 'worker', teamId: teamA.id, name: 'Joost Smit', email: 'joost@voorbeeld.nl' }),
      createUser(db, {
        role: 'supervisor',
        teamId: teamA.id,
        name: 'Mirjam Kok',
        email: 'mirjam@voorbeeld.nl',
      }),
      createUser(db, {
        role: 'supervisor',
        teamId: teamB.id,
        name: 'Peter Mulder',
        email: 'peter@voorbeeld.nl',
      }),
      createUser(db, { role: 'admin', name: 'Beheer', email: 'ingrid@voorbeeld.nl' }),
      createUser(db, {
        role: 'household',
        personId: own.members[0]!.id,
        name: 'Fatima Jansen',
        email: 'fatima@voorbeeld.nl',
      }),
      createUser(db, { role: 'worker', teamId: teamB.id, name: 'Anouk Bos', email: 'anouk@voorbeeld.nl' }),
    ])
  assignWorker(db, own.id, worker.id)
  assignWorker(db, sameTeamOther.id, otherWorker.id)
  assignWorker(db, foreign.id, foreignWorker.id)
  return {
    teamA,
    teamB,
    wijkA,
    wijkB,
    households: { own, sameTeamOther, foreign },
    users: { worker, otherWorker, supervisor, foreignSupervisor, admin, resident, foreignWorker },
  }
}

/**
 * A first plan version with one safety goal ('g1') and one action ('a2') of the given member: what routes on a
 * goal or an action need to find.
 */
export function createPlanVersion(
  db: Db,
  values: { householdId: number; createdBy: number; actionOwnerPersonId: number; createdAt?: string },
) {
  db.insert(planVersions)
    .values({
      householdId: values.householdId,
      version: 1,
      createdBy: values.createdBy,
      createdAt: values.createdAt ?? at,
      summary: '[]',
      content: JSON.stringify({
        nextKey: 3,
        goals: [
          {
            key: 'g1',
            text: 'Rust in huis.',
            ownerPersonId: null,
            domainIds: [],
            safety: true,
            private: false,
            hiddenFrom: [],
            actions: [
              {
                key: 'a2',
                text: 'Zelf de school bellen.',
                owner: { kind: 'member', refId: values.actionOwnerPersonId },
                dueOn: null,
                status: 'planned',
              },
            ],
            views: [],
          },
        ],
        direction: null,
        domainsWithoutGoal: [],
        decision: { discussed: '', options: '', decided: '' },
        evaluationOn: null,
        positions: [],
      }),
    })
    .run()
}
