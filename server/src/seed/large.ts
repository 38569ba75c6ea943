import type { Db } from '../db/client.ts'
import { hashPassword } from '../modules/auth/password.ts'
import { householdSearchText } from '../modules/households/search-text.ts'
import { isValidIsoDate } from '#shared/domain/age'
import { instantBefore } from './dates.ts'
import { demoAccounts, demoPassword, type DemoAccount } from './demo-accounts.ts'
import { castHouseholds } from './demo-households.ts'
import { demoExpertises, demoOrganisations } from './catalogues.ts'
import { dateKey } from './conversation-phrases.ts'
import { writeLargeAnalyses, writeLargeConversations, type LargeCase } from './large-conversations.ts'
import { writeLargePlans } from './large-plans.ts'
import { createRequestWriter, drawIntake } from './large-requests.ts'
import { withoutSearchTriggers } from './search-triggers.ts'
import { optimizeSearchIndexes } from '../modules/search/service.ts'
import {
  AddressBook,
  createNamePools,
  emailLocalPart,
  middleGivenNames,
  mobileNumber,
  neighbourhoodNames,
  originNames,
} from './names.ts'
import { createRng, type Rng } from './random.ts'
import { randomHousehold, type HouseholdDraft } from './shapes.ts'

const largeSeed = 50_000
const householdsPerWorker = 40
const workersPerTeam = 25
const neighbourhoodsPerTeam = 4
/** Households per transaction: with their persons and assignments about 4,500 rows per commit. */
const batchSize = 1_000
/** Household log-ins besides the two demo ones, so household views can be measured too. */
const extraHouseholdLogins = 8
const compassTeams = ['Noord', 'Zuid', 'Oost', 'West', 'Centrum']
/** Conversation entries per household on average: 2 million for 50,000 households. */
const conversationsPerHousehold = 40
/** Households with a broad-view analysis, of those with a worker for a month or more. */
const analysisShare = 0.04

export type SeedStage = 'households' | 'conversations' | 'search index' | 'plans'

export type SeedLargeOptions = {
  households: number
  today: string
  /** Called after each batch; `stage` says what is being written (households first). */
  onProgress?: (done: number, total: number, stage: SeedStage) => void
}

/**
 * A municipality at benchmark scale: the demo's household shapes, one worker per ~40 households, teams of ~25
 * workers with a supervisor and four neighbourhoods each, one administrator, and the demo log-ins (same
 * e-mail addresses and password) so the usual accounts work on the big database too. Every household has one
 * request (see large-requests.ts) and the demo's expertise and partner lists; the households with a worker have
 * a conversation log, about 40 entries per household on average, and a few in a hundred a broad-view analysis
 * (see large-conversations.ts). Open cases have a phase, most a plan, and some consents, network members and
 * check-ins (see large-plans.ts). Expects an empty, migrated database. Raw prepared statements and batched commits
 * keep 50,000 households to seconds and their 2 million conversations to a minute or two.
 */
export async function seedLarge(db: Db, options: SeedLargeOptions): Promise<void> {
  const { households: total, today, onProgress } = options
  if (!Number.isInteger(total) || total < 1)
    throw new Error('seedLarge: households must be a positive integer')
  if (!isValidIsoDate(today)) throw new Error(`seedLarge: today must be YYYY-MM-DD, got ${today}`)
  const raw = db.$client
  const { n } = raw.prepare('SELECT count(*) AS n FROM users').get() as { n: number }
  if (n > 0) throw new Error('seedLarge: the database already has users')

  // One argon2 hash shared by every account: hashing ~1,300 accounts one by one would take over a minute on two
  // cores. A shared salt is only acceptable because this is throw-away benchmark data with a published password.
  const passwordHash = await hashPassword(demoPassword)

  const rng = createRng(largeSeed)
  const pools = createNamePools(largeSeed, { given: 400, family: 1_500, streets: 4_000 })
  const workerCount = Math.max(4, Math.ceil(total / householdsPerWorker))
  const teamCount = Math.max(2, Math.round(workerCount / workersPerTeam))
  const nbNames = manyNeighbourhoodNames(teamCount * neighbourhoodsPerTeam, rng)
  const setUp = instantBefore(today, 1_200, 540)

  const insertTeam = raw.prepare('INSERT INTO teams (id, name, phone, created_at) VALUES (?, ?, ?, ?)')
  const insertNeighbourhood = raw.prepare(
    'INSERT INTO neighbourhoods (id, name, team_id, created_at) VALUES (?, ?, ?, ?)',
  )
  const insertUser = raw.prepare(
    `INSERT INTO users (id, email, name, phone, role, team_id, person_id, password_hash, language, active, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'nl', 1, ?)`,
  )
  const insertHousehold = raw.prepare(
    `INSERT INTO households (id, name, search_text, street, house_number, house_number_addition, postcode, city,
       neighbourhood_id, team_id, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  )
  const insertPerson = raw.prepare(
    `INSERT INTO persons (id, household_id, given_name, family_name, birthdate, relation, representative_name,
       representative_kind, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  )
  const insertAssignment = raw.prepare(
    `INSERT INTO case_assignments (household_id, worker_id, started_at, ended_at, acknowledged_at, assigned_by)
     VALUES (?, ?, ?, ?, ?, ?)`,
  )
  const insertExpertise = raw.prepare('INSERT INTO expertises (id, name, created_at) VALUES (?, ?, ?)')
  const insertOrganisation = raw.prepare('INSERT INTO organisations (id, name, created_at) VALUES (?, ?, ?)')
  const insertSetting = raw.prepare('INSERT INTO settings (key, value) VALUES (?, ?)')

  // Teams, neighbourhoods and staff.
  const account = (key: string): DemoAccount => {
    const found = demoAccounts.find((a) => a.key === key)
    if (!found) throw new Error(`Unknown demo account ${key}`)
    return found
  }
  const usedEmails = new Set<string>()
  const uniqueEmail = (given: string, family: string): string => {
    const base = emailLocalPart(given, family)
    let email = `${base}@voorbeeld.nl`
    for (let i = 2; usedEmails.has(email); i++) email = `${base}${i}@voorbeeld.nl`
    usedEmails.add(email)
    return email
  }
  for (const a of demoAccounts) usedEmails.add(a.email)

  let userId = 0
  const teamWorkers: number[][] = []
  const teamSupervisors: number[] = []
  const teamNeighbourhoods: { id: number; book: AddressBook }[][] = []
  // Staff joined before the oldest case (1,000 days) so no assignment predates its worker.
  const staffCreatedAt = () => instantBefore(today, rng.int(1_005, 1_195), rng.int(420, 960))
  const addStaff = (a: Pick<DemoAccount, 'email' | 'name' | 'role'>, teamId: number | null): number => {
    insertUser.run(
      ++userId,
      a.email,
      a.name,
      mobileNumber(rng),
      a.role,
      teamId,
      null,
      passwordHash,
      staffCreatedAt(),
    )
    return userId
  }
  const randomStaff = (role: 'worker' | 'supervisor') => {
    const sex = rng.chance(0.75) ? 'f' : 'm'
    const given = rng.pick(middleGivenNames[sex])
    const family = rng.pick(pools.familyNames)
    return { email: uniqueEmail(given, family), name: `${given} ${family}`, role }
  }

  raw.transaction(() => {
    addStaff(account('admin'), null)
    for (let t = 0; t < teamCount; t++) {
      const teamId = t + 1
      const name = `Wijkteam ${compassTeams[t] ?? nbNames[t * neighbourhoodsPerTeam]}`
      insertTeam.run(teamId, name, `088 555 ${String(1000 + t).padStart(4, '0')}`, setUp)
      const nbs: { id: number; book: AddressBook }[] = []
      for (let k = 0; k < neighbourhoodsPerTeam; k++) {
        const index = t * neighbourhoodsPerTeam + k
        insertNeighbourhood.run(index + 1, nbNames[index]!, teamId, setUp)
        const streets = Array.from(
          { length: 12 },
          (_, s) => pools.streets[(index * 12 + s) % pools.streets.length]!,
        )
        nbs.push({
          id: index + 1,
          book: new AddressBook(streets, 1011 + ((index * 7) % 8_900), 'Voorbeeld', index),
        })
      }
      teamNeighbourhoods.push(nbs)

      const demoStaff = t === 0 ? 'Noord' : t === 1 ? 'Zuid' : null
      teamSupervisors.push(
        addStaff(demoStaff ? account(`supervisor${demoStaff}`) : randomStaff('supervisor'), teamId),
      )
      // Spread the workers evenly; every team has at least the two the demo needs.
      const size = Math.floor(workerCount / teamCount) + (t < workerCount % teamCount ? 1 : 0)
      const workers: number[] = []
      for (let w = 0; w < size; w++) {
        const a = demoStaff && w < 2 ? account(`worker${demoStaff}${w + 1}`) : randomStaff('worker')
        workers.push(addStaff(a, teamId))
      }
      teamWorkers.push(workers)
    }
    Object.values(demoExpertises).forEach((name, i) => insertExpertise.run(i + 1, name, setUp))
    Object.values(demoOrganisations).forEach((name, i) => insertOrganisation.run(i + 1, name, setUp))
  })()

  // Households with their members and workers, in batches.
  const cast = castHouseholds(today).slice(0, total)
  // What the conversation log needs to know of each household, collected while writing it.
  const cases: LargeCase[] = []
  const firstDemoWorker = teamWorkers[0]![0]!
  const allNeighbourhoods = teamNeighbourhoods.flatMap((nbs, team) => nbs.map((nb) => ({ ...nb, team })))
  const loginEvery = Math.max(1, Math.floor(total / (extraHouseholdLogins + 1)))
  const householdLogins: { personId: number; draft: HouseholdDraft; memberIndex: number; key?: string }[] = []
  let personId = 0
  const requestWriter = createRequestWriter(raw, rng, today)

  const writeHousehold = (householdId: number) => {
    const castEntry = cast[householdId - 1]
    const draft = castEntry ?? randomHousehold({ rng, pools, today })
    const nb = castEntry
      ? { ...teamNeighbourhoods[castEntry.team]![castEntry.neighbourhood]!, team: castEntry.team }
      : rng.pick(allNeighbourhoods)
    const address = nb.book.next(rng)
    // A household with a request from this week is new to the team; the others came in with an older one.
    // The log-in households stay long-running cases.
    const intake = castEntry?.login
      ? { state: 'triaged' as const, daysAgo: rng.int(21, 1_000) }
      : drawIntake(rng)
    const { daysAgo } = intake
    const createdAt = instantBefore(today, daysAgo, rng.int(420, 960))
    insertHousehold.run(
      householdId,
      draft.name,
      householdSearchText({ name: draft.name, ...address }),
      address.street,
      address.houseNumber,
      address.houseNumberAddition,
      address.postcode,
      address.city,
      nb.id,
      nb.team + 1,
      createdAt,
    )
    const firstPersonId = personId + 1
    const origin = originNames.find((o) =>
      draft.members.some(
        (m) =>
          o.familyNames.includes(m.familyName) ||
          Object.values(o.femaleFamilyName ?? {}).includes(m.familyName),
      ),
    )
    const currentCase: LargeCase = {
      householdId,
      createdAt: Date.parse(createdAt),
      members: draft.members.map((m, i) => ({
        personId: firstPersonId + i,
        given: m.givenName,
        sex: m.sex,
        relation: m.relation,
        birthKey: dateKey(m.birthdate),
      })),
      interpreter: origin?.language,
      windows: [],
    }
    cases.push(currentCase)
    // Inserts an assignment and remembers when its worker could write in the household's log.
    const assign = (
      workerId: number,
      startedAt: string,
      endedAt: string | null,
      pickedUpAt: string | null,
      assignedBy: number,
    ) => {
      insertAssignment.run(householdId, workerId, startedAt, endedAt, pickedUpAt, assignedBy)
      if (pickedUpAt !== null)
        currentCase.windows.push({
          workerId,
          from: Date.parse(pickedUpAt),
          to: endedAt === null ? Infinity : Date.parse(endedAt),
        })
    }
    for (const m of draft.members) {
      insertPerson.run(
        ++personId,
        householdId,
        m.givenName,
        m.familyName,
        m.birthdate,
        m.relation,
        m.representativeName,
        m.representativeKind,
        createdAt,
      )
    }
    if (castEntry?.login) {
      const { memberIndex, key } = castEntry.login
      householdLogins.push({ personId: firstPersonId + memberIndex, draft, memberIndex, key })
    } else if (householdId % loginEvery === 0 && householdLogins.length < extraHouseholdLogins + 2) {
      householdLogins.push({ personId: firstPersonId, draft, memberIndex: 0 })
    }
    const workers = teamWorkers[nb.team]!
    const supervisor = teamSupervisors[nb.team]!
    const primary = castEntry?.login ? firstDemoWorker : rng.chance(0.07) ? null : rng.pick(workers)
    if (intake.state === 'triaged') {
      writeAssignments(rng, today, daysAgo, primary, workers, supervisor, assign)
    }
    requestWriter.write({
      householdId,
      teamId: nb.team + 1,
      state: intake.state,
      daysAgo,
      registeredAt: createdAt,
      worker: primary,
      supervisor,
      anyWorker: rng.pick(workers),
      onRegistered: (registrar, triageWorker) => {
        // As the API does it: a registering worker is on the case at once; a worker the supervisor chose
        // finds it in their inbox until they pick it up.
        if (triageWorker === null) return
        const picked = registrar === triageWorker ? createdAt : null
        assign(triageWorker, createdAt, null, picked, registrar)
      },
    })
  }

  for (let start = 1; start <= total; start += batchSize) {
    const end = Math.min(total, start + batchSize - 1)
    raw.transaction(() => {
      for (let id = start; id <= end; id++) writeHousehold(id)
    })()
    onProgress?.(end, total, 'households')
    // Let the progress line reach the terminal between batches.
    await new Promise((resolve) => setImmediate(resolve))
  }

  raw.transaction(() => {
    for (const login of householdLogins) {
      const m = login.draft.members[login.memberIndex]!
      const a = login.key ? account(login.key) : undefined
      const email = a?.email ?? uniqueEmail(m.givenName, m.familyName)
      const name = a?.name ?? `${m.givenName} ${m.familyName}`
      const createdAt = instantBefore(today, rng.int(7, 60), rng.int(420, 960))
      insertUser.run(++userId, email, name, null, 'household', null, login.personId, passwordHash, createdAt)
    }
    insertSetting.run('seed.kind', 'large')
    insertSetting.run('seed.date', today)
    insertSetting.run('seed.households', String(total))
  })()

  // Conversations in one long run: without the full-text triggers (indexed afterwards in one pass), without
  // waiting for the disk on every commit, and with a page cache big enough for the indexes being filled. Only
  // for this fresh benchmark file; the settings go back to what they were. (journal_mode=OFF is refused by the
  // driver's defensive mode, and MEMORY instead of WAL made no measurable difference.)
  const synchronous = raw.pragma('synchronous', { simple: true }) as number
  const cacheSize = raw.pragma('cache_size', { simple: true }) as number
  raw.pragma('synchronous = OFF')
  raw.pragma('cache_size = -262144')
  try {
    const conversationRng = createRng(largeSeed + 1)
    await withoutSearchTriggers(
      db,
      async () => {
        await writeLargeConversations(raw, cases, {
          today,
          perHousehold: conversationsPerHousehold,
          rng: conversationRng,
          onProgress: (done, all) => onProgress?.(done, all, 'conversations'),
        })
      },
      (done, all) => onProgress?.(done, all, 'search index'),
    )
    writeLargeAnalyses(raw, cases, { today, rng: createRng(largeSeed + 2), share: analysisShare })
    // Phases, plans, consents, network members and check-ins of the open cases, on what the logs are about.
    await writeLargePlans(raw, cases, {
      today,
      rng: createRng(largeSeed + 3),
      familyNames: pools.familyNames,
      onProgress: (done, all) => onProgress?.(done, all, 'plans'),
    })
  } finally {
    raw.pragma(`cache_size = ${cacheSize}`)
    raw.pragma(`synchronous = ${synchronous}`)
  }

  // The name index as the daily maintenance keeps it (one segment), and planner statistics, as a database that has
  // been in use for a while would have them.
  optimizeSearchIndexes(db)
  raw.exec('ANALYZE')
  raw.pragma('wal_checkpoint(TRUNCATE)')
}

/** Current worker(s) and, for some cases, an earlier worker who handed the case over. */
function writeAssignments(
  rng: Rng,
  today: string,
  daysAgo: number,
  primary: number | null,
  workers: number[],
  supervisor: number,
  insert: (
    workerId: number,
    startedAt: string,
    endedAt: string | null,
    pickedUpAt: string | null,
    assignedBy: number,
  ) => void,
): void {
  const at = (days: number) => instantBefore(today, days, rng.int(420, 960))
  // Long-running cases were picked up the day they were assigned, so inboxes hold only this week's news.
  const assign = (workerId: number, startedAt: string, endedAt: string | null) =>
    insert(workerId, startedAt, endedAt, startedAt, supervisor)
  if (primary === null) {
    if (rng.chance(0.3) && daysAgo > 30) assign(rng.pick(workers), at(rng.int(20, daysAgo)), at(2))
    return
  }
  const startDaysAgo = rng.int(1, Math.max(2, daysAgo - 2))
  const startedAt = at(startDaysAgo)
  if (rng.chance(0.12) && daysAgo - startDaysAgo > 14) {
    assign(rng.pick(workers), at(rng.int(startDaysAgo + 7, daysAgo)), startedAt)
  }
  assign(primary, startedAt, null)
  if (rng.chance(0.1) && workers.length > 1) {
    let second = rng.pick(workers)
    while (second === primary) second = rng.pick(workers)
    assign(second, at(rng.int(1, startDaysAgo)), null)
  }
}

/** Enough unique names: the made-up ones, then the same with a compass suffix ("Molenkamp-Oost"). */
function manyNeighbourhoodNames(count: number, rng: Rng): string[] {
  const base = neighbourhoodNames(Math.min(count, 400), rng)
  const names = [...base]
  for (const suffix of ['Noord', 'Zuid', 'Oost', 'West']) {
    for (const name of base) {
      if (names.length >= count) return names
      names.push(`${name}-${suffix}`)
    }
  }
  if (names.length < count) throw new Error(`seedLarge: too many neighbourhoods (${count})`)
  return names
}
