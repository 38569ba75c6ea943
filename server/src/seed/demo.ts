import { count } from 'drizzle-orm'
import type { Db } from '../db/client.ts'
import {
  caseAssignments,
  households,
  neighbourhoods,
  persons,
  settings,
  teams,
  users,
} from '../db/schema/index.ts'
import { hashPassword } from '../modules/auth/password.ts'
import { householdSearchText } from '../modules/households/search-text.ts'
import { isValidIsoDate } from '#shared/domain/age'
import { instantBefore } from './dates.ts'
import { demoAccounts, demoPassword, type DemoAccount } from './demo-accounts.ts'
import { castHouseholds } from './demo-households.ts'
import { AddressBook, createNamePools, emailLocalPart, mobileNumber } from './names.ts'
import { createRng, type Rng } from './random.ts'
import { randomHousehold, type HouseholdDraft } from './shapes.ts'

/** Changing this seed changes every generated name and address in the demo. */
const demoSeed = 2026

export const demoMunicipality = {
  name: 'Gemeente Voorbeeld',
  city: 'Voorbeeld',
  teams: [
    {
      name: 'Wijkteam Noord',
      phone: '088 555 0110',
      neighbourhoods: [
        { name: 'Molenkamp', postcodeDigits: 1231 },
        { name: 'Rietvoorde', postcodeDigits: 1232 },
      ],
      /** Households besides the hand-written ones, and how many of all of them wait for a worker. */
      extraHouseholds: 22,
      unassigned: 3,
      /** Current cases of the team's first demo worker. */
      firstWorkerCaseload: 11,
      extraWorkers: [
        ['Fleur', 'Smits'],
        ['Mohamed', 'Benali'],
      ],
    },
    {
      name: 'Wijkteam Zuid',
      phone: '088 555 0120',
      neighbourhoods: [
        { name: 'Oude Weide', postcodeDigits: 1243 },
        { name: 'Lindenhoeve', postcodeDigits: 1244 },
      ],
      extraHouseholds: 24,
      unassigned: 4,
      firstWorkerCaseload: 10,
      extraWorkers: [
        ['Esther', 'Kok'],
        ['Bram', 'van der Linden'],
      ],
    },
  ],
} as const

type StaffAccount = Omit<DemoAccount, 'key'> & { teamIndex: number | null }

/**
 * Fills an empty database with "Gemeente Voorbeeld": two teams, four neighbourhoods, the demo log-ins, four
 * more workers and about 60 households. The same `today` always gives the same data (apart from the password
 * hashes, which are salted).
 */
export async function seedDemo(db: Db, options: { today: string }): Promise<void> {
  const { today } = options
  if (!isValidIsoDate(today)) throw new Error(`seedDemo: today must be YYYY-MM-DD, got ${today}`)
  const existing = db.select({ n: count() }).from(users).get()
  if ((existing?.n ?? 0) > 0) throw new Error('seedDemo: the database already has users')

  const rng = createRng(demoSeed)
  const pools = createNamePools(demoSeed, { given: 150, family: 250, streets: 40 })
  const municipality = demoMunicipality

  const staff: StaffAccount[] = [
    ...demoAccounts
      .filter((a) => a.role !== 'household')
      .map((a) => ({ ...a, teamIndex: 'teamName' in a ? teamIndexOf(a.teamName) : null })),
    ...municipality.teams.flatMap((team, teamIndex) =>
      team.extraWorkers.map(([given, family]) => ({
        role: 'worker' as const,
        email: `${emailLocalPart(given, family)}@voorbeeld.nl`,
        name: `${given} ${family}`,
        teamName: team.name,
        teamIndex,
      })),
    ),
  ]
  const householdLogins = demoAccounts.filter((a) => a.role === 'household')

  // Hash before the transaction: better-sqlite3 transactions must not await. Each account gets its own salt.
  const hashes = await Promise.all([...staff, ...householdLogins].map(() => hashPassword(demoPassword)))
  const nextHash = () => {
    const hash = hashes.shift()
    if (!hash) throw new Error('seedDemo: ran out of password hashes')
    return hash
  }

  // Households: the hand-written cast first, then generated ones spread over both neighbourhoods.
  const cast = castHouseholds(today)
  type Planned = HouseholdDraft & {
    team: number
    neighbourhood: number
    loginKey?: string
    loginMember?: number
  }
  const planned: Planned[] = cast.map((h) => ({
    ...h,
    loginKey: h.login?.key,
    loginMember: h.login?.memberIndex,
  }))
  // Distinct household names, so a demo search for "Kowalski" finds one family.
  const usedNames = new Set(planned.map((h) => h.name))
  municipality.teams.forEach((team, teamIndex) => {
    for (let i = 0; i < team.extraHouseholds; i++) {
      let draft = randomHousehold({ rng, pools, today })
      for (let retry = 0; retry < 20 && usedNames.has(draft.name); retry++)
        draft = randomHousehold({ rng, pools, today })
      usedNames.add(draft.name)
      planned.push({ ...draft, team: teamIndex, neighbourhood: i % 2 })
    }
  })

  const addressBooks = municipality.teams.map((team, teamIndex) =>
    team.neighbourhoods.map(
      (n, i) =>
        new AddressBook(
          pools.streets.slice((teamIndex * 2 + i) * 6, (teamIndex * 2 + i + 1) * 6),
          n.postcodeDigits,
          municipality.city,
          teamIndex * 2 + i,
        ),
    ),
  )

  db.transaction((tx) => {
    const setUp = instantBefore(today, 900, 540)
    const teamIds = municipality.teams.map(
      (team) =>
        tx
          .insert(teams)
          .values({ name: team.name, phone: team.phone, createdAt: setUp })
          .returning({ id: teams.id })
          .get().id,
    )
    const neighbourhoodIds = municipality.teams.map((team, teamIndex) =>
      team.neighbourhoods.map(
        (n) =>
          tx
            .insert(neighbourhoods)
            .values({ name: n.name, teamId: teamIds[teamIndex]!, createdAt: setUp })
            .returning({ id: neighbourhoods.id })
            .get().id,
      ),
    )

    const staffIds = new Map<string, number>()
    const workersByTeam: number[][] = municipality.teams.map(() => [])
    for (const account of staff) {
      const id = tx
        .insert(users)
        .values({
          email: account.email,
          name: account.name,
          phone: mobileNumber(rng),
          role: account.role,
          teamId: account.teamIndex === null ? null : teamIds[account.teamIndex]!,
          passwordHash: nextHash(),
          createdAt: instantBefore(today, rng.int(610, 890), rng.int(420, 960)),
        })
        .returning({ id: users.id })
        .get().id
      staffIds.set(account.email, id)
      if (account.role === 'worker' && account.teamIndex !== null) workersByTeam[account.teamIndex]!.push(id)
    }

    const createdHouseholds: { id: number; team: number; daysAgo: number; loginKey?: string }[] = []
    for (const h of planned) {
      const address = addressBooks[h.team]![h.neighbourhood]!.next(rng)
      const daysAgo = rng.int(21, 600)
      const createdAt = instantBefore(today, daysAgo, rng.int(420, 960))
      const householdId = tx
        .insert(households)
        .values({
          name: h.name,
          searchText: householdSearchText({ name: h.name, ...address }),
          ...address,
          neighbourhoodId: neighbourhoodIds[h.team]![h.neighbourhood]!,
          teamId: teamIds[h.team]!,
          createdAt,
        })
        .returning({ id: households.id })
        .get().id
      const personIds = tx
        .insert(persons)
        .values(
          h.members.map((m) => ({
            householdId,
            givenName: m.givenName,
            familyName: m.familyName,
            birthdate: m.birthdate,
            relation: m.relation,
            representativeName: m.representativeName,
            representativeKind: m.representativeKind,
            createdAt,
          })),
        )
        .returning({ id: persons.id })
        .all()
        .map((r) => r.id)
      if (h.loginKey !== undefined) {
        const account = householdLogins.find((a) => a.key === h.loginKey)
        const personId = personIds[h.loginMember ?? 0]
        if (!account || personId === undefined) throw new Error(`seedDemo: no log-in for ${h.name}`)
        tx.insert(users)
          .values({
            email: account.email,
            name: account.name,
            role: 'household',
            teamId: null,
            personId,
            passwordHash: nextHash(),
            createdAt: instantBefore(today, rng.int(7, Math.min(daysAgo, 60)), rng.int(420, 960)),
          })
          .run()
      }
      createdHouseholds.push({ id: householdId, team: h.team, daysAgo, loginKey: h.loginKey })
    }

    municipality.teams.forEach((team, teamIndex) => {
      const rows = planAssignments(
        rng,
        today,
        createdHouseholds.filter((h) => h.team === teamIndex),
        workersByTeam[teamIndex]!,
        team,
      )
      if (rows.length > 0) tx.insert(caseAssignments).values(rows).run()
    })

    tx.insert(settings)
      .values([
        { key: 'seed.kind', value: 'demo' },
        { key: 'seed.date', value: today },
      ])
      .run()
  })
}

function teamIndexOf(teamName: string): number {
  const index = demoMunicipality.teams.findIndex((t) => t.name === teamName)
  if (index < 0) throw new Error(`Unknown demo team: ${teamName}`)
  return index
}

type AssignmentRow = typeof caseAssignments.$inferInsert

/**
 * Who is on which case. The team's first demo worker carries a fixed caseload including the household
 * log-ins; the others share the rest. A few cases wait for a worker, some have two workers, and some
 * changed hands earlier (an ended assignment before the current one).
 */
function planAssignments(
  rng: Rng,
  today: string,
  teamHouseholds: { id: number; daysAgo: number; loginKey?: string }[],
  workers: number[],
  team: { unassigned: number; firstWorkerCaseload: number },
): AssignmentRow[] {
  const [first, ...others] = workers
  if (first === undefined || others.length === 0)
    throw new Error('seedDemo: a team needs at least two workers')
  const withLogin = teamHouseholds.filter((h) => h.loginKey !== undefined)
  const rest = shuffle(
    rng,
    teamHouseholds.filter((h) => h.loginKey === undefined),
  )
  const waiting = rest.splice(rest.length - team.unassigned, team.unassigned)
  const ordered = [...withLogin, ...rest]

  const rows: AssignmentRow[] = []
  const load = new Map<number, number>(workers.map((w) => [w, 0]))
  const at = (daysAgo: number) => instantBefore(today, daysAgo, rng.int(420, 960))
  ordered.forEach((h, index) => {
    const worker =
      index < team.firstWorkerCaseload ? first : others[(index - team.firstWorkerCaseload) % others.length]!
    const startDaysAgo = rng.int(3, Math.max(4, h.daysAgo - 2))
    const startedAt = at(startDaysAgo)
    // Every fifth case changed hands: a colleague had it first.
    if (index % 5 === 3 && h.daysAgo - startDaysAgo > 14) {
      const previous = rng.pick(workers.filter((w) => w !== worker))
      rows.push({
        householdId: h.id,
        workerId: previous,
        startedAt: at(rng.int(startDaysAgo + 7, h.daysAgo)),
        endedAt: startedAt,
      })
    }
    rows.push({ householdId: h.id, workerId: worker, startedAt, endedAt: null })
    load.set(worker, (load.get(worker) ?? 0) + 1)
    // Some cases need two workers, e.g. one for the debts and one for the children.
    if (index % 6 === 2) {
      const candidates = workers.filter((w) => w !== worker && (w !== first || (load.get(first) ?? 0) < 13))
      const second = rng.pick(candidates)
      rows.push({
        householdId: h.id,
        workerId: second,
        startedAt: at(rng.int(1, startDaysAgo)),
        endedAt: null,
      })
      load.set(second, (load.get(second) ?? 0) + 1)
    }
  })
  // One waiting case had a worker who has since handed it back.
  const handedBack = waiting[0]
  if (handedBack && handedBack.daysAgo > 30) {
    rows.push({
      householdId: handedBack.id,
      workerId: rng.pick(others),
      startedAt: at(rng.int(20, handedBack.daysAgo)),
      endedAt: at(rng.int(2, 10)),
    })
  }
  return rows
}

function shuffle<T>(rng: Rng, items: T[]): T[] {
  const result = [...items]
  for (let i = result.length - 1; i > 0; i--) {
    const j = rng.int(0, i)
    ;[result[i], result[j]] = [result[j]!, result[i]!]
  }
  return result
}
