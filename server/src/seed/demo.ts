import { count, eq, isNull, and } from 'drizzle-orm'
import type { Db } from '../db/client.ts'
import {
  authorityHolders,
  caseAssignments,
  caseTransfers,
  expertises,
  firstContacts,
  households,
  involvedProfessionals,
  neighbourhoods,
  networkMembers,
  organisations,
  persons,
  requests,
  safetySignals,
  settings,
  teams,
  triageVersions,
  users,
} from '../db/schema/index.ts'
import { hashPassword } from '../modules/auth/password.ts'
import { householdSearchText } from '../modules/households/search-text.ts'
import { ageOn, isValidIsoDate } from '#shared/domain/age'
import { demoBsn } from './bsn.ts'
import { demoExpertises, demoOrganisations, type ExpertiseKey, type OrganisationKey } from './catalogues.ts'
import { addDays, birthdateForAge, instantBefore } from './dates.ts'
import { demoAccounts, demoPassword, type DemoAccount } from './demo-accounts.ts'
import { householdDetails, type MemberDetails } from './demo-details.ts'
import { writeDemoAnalyses, writeDemoConversations } from './demo-conversations.ts'
import { writeDemoPlans } from './demo-plans.ts'
import { writeDemoSafety } from './demo-safety.ts'
import { writeDemoFollowUp } from './demo-follow-up.ts'
import { writeDemoLearning } from './demo-learning.ts'
import { writeDemoOversight } from './demo-oversight.ts'
import { rebuildSearchWords } from '../modules/search/service.ts'
import { castHouseholds } from './demo-households.ts'
import { intakeHouseholds, requestStories, type RequestStory, type StaffKey } from './demo-requests.ts'
import {
  AddressBook,
  createNamePools,
  emailLocalPart,
  mobileNumber,
  originNames,
  type OriginNames,
} from './names.ts'
import { createRng, shuffle, type Rng } from './random.ts'
import { member, randomHousehold, shapeWeights, type HouseholdDraft, type MemberDraft } from './shapes.ts'

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
      /** Households besides the hand-written ones, and how many of those wait for a worker. */
      extraHouseholds: 22,
      unassigned: 3,
      /** Current cases of the team's first demo worker, counting the ones the requests gave her. */
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
type AssignmentRow = typeof caseAssignments.$inferInsert
type CreatedHousehold = {
  id: number
  name: string
  team: number
  daysAgo: number
  createdAt: string
  loginKey?: string
  members: { id: number; draft: MemberDraft; current: boolean }[]
}

/**
 * Fills an empty database with "Gemeente Voorbeeld": two teams, four neighbourhoods, the demo log-ins, four
 * more workers, about 70 households, the partner organisations and expertise lists, a fortnight of requests in
 * every state, the conversation logs and broad-view analyses of the cases, and the vertelpunten and recurring
 * themes the teams learn from. The same `today` always gives the same data (apart from the password hashes,
 * which are salted).
 */
export async function seedDemo(db: Db, options: { today: string }): Promise<void> {
  const { today } = options
  if (!isValidIsoDate(today)) throw new Error(`seedDemo: today must be YYYY-MM-DD, got ${today}`)
  const existing = db.select({ n: count() }).from(users).get()
  if ((existing?.n ?? 0) > 0) throw new Error('seedDemo: the database already has users')

  const rng = createRng(demoSeed)
  // Contact details draw from their own source, so adding some does not reshuffle every name after them.
  const detailRng = createRng(demoSeed + 1)
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

  // Households: the hand-written cast and the households new requests brought in, then generated ones spread
  // over both neighbourhoods.
  const named = [...castHouseholds(today), ...intakeHouseholds(today)]
  type Planned = HouseholdDraft & {
    team: number
    neighbourhood: number
    loginKey?: string
    loginMember?: number
    kind?: keyof typeof shapeWeights
  }
  const planned: Planned[] = named.map((h) => ({
    ...h,
    loginKey: h.login?.key,
    loginMember: h.login?.memberIndex,
  }))
  // Distinct household names, so a demo search for "Kowalski" finds one family.
  const usedNames = new Set(planned.map((h) => h.name))
  if (usedNames.size !== planned.length) throw new Error('seedDemo: two hand-written households share a name')
  municipality.teams.forEach((team, teamIndex) => {
    for (let i = 0; i < team.extraHouseholds; i++) {
      let kind = rng.weighted(shapeWeights)
      let draft = randomHousehold({ rng, pools, today }, kind)
      for (let retry = 0; retry < 20 && usedNames.has(draft.name); retry++) {
        kind = rng.weighted(shapeWeights)
        draft = randomHousehold({ rng, pools, today }, kind)
      }
      usedNames.add(draft.name)
      planned.push({ ...draft, team: teamIndex, neighbourhood: i % 2, kind })
    }
  })

  // The oldest request of a household that was new to the team is the day the household was registered.
  const stories = [...requestStories].sort(
    (a, b) => registeredDaysAgo(b) - registeredDaysAgo(a) || a.team - b.team,
  )
  const registeredWith = new Map<string, RequestStory>()
  for (const story of stories) {
    const target = planned.find((h) => h.name === story.household)
    if (!target || target.team !== story.team)
      throw new Error(`seedDemo: request for unknown household ${story.household}`)
    if (story.newHousehold && !registeredWith.has(story.household)) registeredWith.set(story.household, story)
  }

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

    const workersByTeam: number[][] = municipality.teams.map(() => [])
    const supervisorByTeam: number[] = []
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
      if (account.teamIndex === null) continue
      if (account.role === 'worker') workersByTeam[account.teamIndex]!.push(id)
      if (account.role === 'supervisor') supervisorByTeam[account.teamIndex] = id
    }
    // Workers in the order the accounts were made: the two demo workers first, then the extra ones.
    const staffOf = (team: number): Record<StaffKey, number> => {
      const [worker1, worker2, worker3, worker4] = workersByTeam[team]!
      const supervisor = supervisorByTeam[team]
      if (!worker1 || !worker2 || !worker3 || !worker4 || supervisor === undefined)
        throw new Error('seedDemo: a team needs a supervisor and four workers')
      return { supervisor, worker1, worker2, worker3, worker4 }
    }

    const expertiseIds = insertCatalogue(tx, expertises, demoExpertises, setUp)
    const organisationIds = insertCatalogue(tx, organisations, demoOrganisations, setUp)

    let bsnCount = 0
    const createdHouseholds: CreatedHousehold[] = []
    for (const h of planned) {
      const address = addressBooks[h.team]![h.neighbourhood]!.next(rng)
      const story = registeredWith.get(h.name)
      // Draw the usual date even when a request fixes it, so the households after this one stay the same.
      const drawnDaysAgo = rng.int(21, 600)
      const drawnMinute = rng.int(420, 960)
      const daysAgo = story ? registeredDaysAgo(story) : drawnDaysAgo
      const createdAt = story
        ? instantBefore(today, daysAgo, storyMinute(story, 0))
        : instantBefore(today, daysAgo, drawnMinute)
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

      const details = householdDetails[h.name]
      const origin = h.kind === 'interpreter' ? originOf(h.members) : undefined
      const memberDetails = (m: MemberDraft): MemberDetails =>
        details?.members?.[m.givenName] ?? generatedDetails(detailRng, m, today, origin)
      const former = (details?.formerMembers ?? []).map((f) => ({
        draft: member(f.givenName, f.familyName, f.sex, birthdateForAge(today, f.age, 0.5, 14), f.relation),
        leftOn: addDays(today, -f.leftDaysAgo),
      }))
      const rows = [...h.members.map((draft) => ({ draft, leftOn: null as string | null })), ...former].map(
        ({ draft, leftOn }) => {
          const extra = memberDetails(draft)
          return {
            householdId,
            givenName: draft.givenName,
            familyName: draft.familyName,
            birthdate: draft.birthdate,
            relation: draft.relation,
            representativeName: draft.representativeName,
            representativeKind: draft.representativeKind,
            bsn: extra.bsn ? demoBsn(++bsnCount) : null,
            phone: extra.phone ?? null,
            email: extra.email ?? null,
            preferredLanguage: extra.preferredLanguage ?? null,
            interpreterNeeded: extra.interpreterNeeded ?? false,
            joinedOn: extra.joinedDaysAgo === undefined ? null : addDays(today, -extra.joinedDaysAgo),
            leftOn,
            createdAt,
          }
        },
      )
      const personIds = tx
        .insert(persons)
        .values(rows)
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
      createdHouseholds.push({
        id: householdId,
        name: h.name,
        team: h.team,
        daysAgo,
        createdAt,
        loginKey: h.loginKey,
        members: [
          ...h.members.map((draft) => ({ draft, current: true })),
          ...former.map((f) => ({ draft: f.draft, current: false })),
        ].map((m, i) => ({ ...m, id: personIds[i]! })),
      })
    }
    const householdByName = new Map(createdHouseholds.map((h) => [h.name, h]))

    // Requests, triage and the workers they brought, in the order they happened.
    const storyAssignments: AssignmentRow[] = []
    for (const story of stories) {
      const household = householdByName.get(story.household)!
      writeRequestStory(tx, {
        story,
        today,
        household,
        staff: staffOf(story.team),
        teamId: teamIds[story.team]!,
        expertiseIds,
        assignments: storyAssignments,
      })
    }
    if (storyAssignments.length > 0) tx.insert(caseAssignments).values(storyAssignments).run()

    // Households without a request in the demo: cases from before, shared among the team's workers.
    const withRequests = new Set(stories.map((s) => s.household))
    municipality.teams.forEach((team, teamIndex) => {
      const teamStaff = staffOf(teamIndex)
      const load = new Map<number, number>()
      for (const row of storyAssignments)
        if (!row.endedAt) load.set(row.workerId, (load.get(row.workerId) ?? 0) + 1)
      const { rows, handovers } = planAssignments(
        rng,
        today,
        createdHouseholds.filter((h) => h.team === teamIndex && !withRequests.has(h.name)),
        workersByTeam[teamIndex]!,
        teamStaff.supervisor,
        load,
        team,
      )
      if (rows.length > 0) tx.insert(caseAssignments).values(rows).run()
      // A case that changed hands went through a transfer the colleague accepted.
      const transfers: (typeof caseTransfers.$inferInsert)[] = handovers.map((h) => ({
        householdId: h.householdId,
        fromWorkerId: h.from,
        toWorkerId: h.to,
        note: 'Warme overdracht gedaan; dossier is bijgewerkt.',
        status: 'accepted',
        createdAt: shiftInstant(h.at, -2 * 24 * 60),
        decidedAt: h.at,
      }))
      // One hand-over still waits for the first demo worker to accept it; until then the sender keeps the case.
      const handingOver = rows.find((r) => r.workerId === teamStaff.worker3 && !r.endedAt)
      if (teamIndex === 0 && handingOver) {
        transfers.push({
          householdId: handingOver.householdId,
          fromWorkerId: teamStaff.worker3,
          toWorkerId: teamStaff.worker1,
          note: 'Ik ga met verlof; wil jij dit gezin overnemen? Een warme overdracht kan volgende week.',
          status: 'pending',
          createdAt: instantBefore(today, 2, 610),
        })
      }
      if (transfers.length > 0) tx.insert(caseTransfers).values(transfers).run()
    })

    writeHouseholdRelations(tx, {
      today,
      households: createdHouseholds,
      organisationIds,
    })

    // Conversation logs and broad-view analyses, each from its own random source: adding them left every name,
    // address and assignment above as it was.
    const themes = writeDemoConversations(tx, {
      today,
      seed: demoSeed + 2,
      households: createdHouseholds,
      staffOf,
    })
    writeDemoAnalyses(tx, { today, seed: demoSeed + 3, households: createdHouseholds, themes })
    writeDemoPlans(tx, { today, seed: demoSeed + 4, households: createdHouseholds })
    writeDemoSafety(tx, { today, households: createdHouseholds })
    writeDemoFollowUp(tx, { today, households: createdHouseholds })
    writeDemoLearning(tx, { today, households: createdHouseholds })
    writeDemoOversight(tx, { today })

    tx.insert(settings)
      .values([
        { key: 'seed.kind', value: 'demo' },
        { key: 'seed.date', value: today },
      ])
      .run()
  })
  // The conversations went in without the service that counts their words for search.
  rebuildSearchWords(db)
}

function teamIndexOf(teamName: string): number {
  const index = demoMunicipality.teams.findIndex((t) => t.name === teamName)
  if (index < 0) throw new Error(`Unknown demo team: ${teamName}`)
  return index
}

function registeredDaysAgo(story: RequestStory): number {
  return story.registeredDaysAgo ?? story.receivedDaysAgo
}

/** Office hours (UTC), different per request and step, so a list of requests does not show one time. */
function storyMinute(story: RequestStory, step: number): number {
  let hash = step * 131
  for (const ch of story.household + story.receivedDaysAgo) hash = (hash * 31 + ch.charCodeAt(0)) % 9_973
  return 450 + (hash % 420)
}

function shiftInstant(instant: string, minutes: number): string {
  return new Date(Date.parse(instant) + minutes * 60_000).toISOString()
}

function insertCatalogue<K extends string>(
  tx: Tx,
  table: typeof expertises | typeof organisations,
  names: Readonly<Record<K, string>>,
  createdAt: string,
): Record<K, number> {
  const ids = {} as Record<K, number>
  for (const key of Object.keys(names) as K[]) {
    ids[key] = tx.insert(table).values({ name: names[key], createdAt }).returning({ id: table.id }).get().id
  }
  return ids
}

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0]

/**
 * One request as the API would have written it: registration (a registering worker is put on the case), the
 * appointment, each triage version with its safety signal and assignments, and the first-contact facts.
 */
function writeRequestStory(
  tx: Tx,
  ctx: {
    story: RequestStory
    today: string
    household: CreatedHousehold
    staff: Record<StaffKey, number>
    teamId: number
    expertiseIds: Record<ExpertiseKey, number>
    assignments: AssignmentRow[]
  },
): void {
  const { story, today, household, staff, assignments } = ctx
  const at = (daysAgo: number, step: number) => instantBefore(today, daysAgo, storyMinute(story, step))
  const registeredAt = at(registeredDaysAgo(story), 0)
  const start = (workerId: number, startedAt: string, acknowledgedAt: string | null, assignedBy: number) => {
    const active = assignments.some(
      (a) => a.householdId === household.id && a.workerId === workerId && !a.endedAt,
    )
    if (!active)
      assignments.push({ householdId: household.id, workerId, startedAt, acknowledgedAt, assignedBy })
  }

  const registrar = staff[story.registeredBy]
  const triage = story.triage ?? []
  let triageWorker: number | null = null
  if (story.registeredBy !== 'supervisor') {
    triageWorker = registrar
    start(registrar, registeredAt, registeredAt, registrar)
  } else if (story.triageAssigned) {
    triageWorker = staff[story.triageAssigned.worker]
    const assignedAt = at(story.triageAssigned.daysAgo, 1)
    start(triageWorker, assignedAt, shiftInstant(assignedAt, 150), registrar)
  } else if (triage[0] && triage[0].by !== 'supervisor') {
    triageWorker = staff[triage[0].by]
  }

  const appointment = story.appointment
  const requestId = tx
    .insert(requests)
    .values({
      teamId: ctx.teamId,
      householdId: household.id,
      source: story.source,
      reporterName: story.reporterName ?? null,
      reporterContact: story.reporterContact ?? null,
      receivedOn: addDays(today, -story.receivedDaysAgo),
      question: story.question,
      householdKnows: story.householdKnows,
      status: story.closed ? 'closed' : triage.length > 0 ? 'triaged' : 'new',
      registeredBy: registrar,
      registeredAt,
      triageWorkerId: triageWorker,
      appointmentOn: appointment ? addDays(today, -appointment.onDaysAgo) : null,
      appointmentMadeOn: appointment ? addDays(today, -appointment.madeDaysAgo) : null,
      appointmentOutcome: appointment?.outcome ?? null,
    })
    .returning({ id: requests.id })
    .get().id

  let openSignal = false
  let lastTriageAt = registeredAt
  triage.forEach((version, index) => {
    const by = staff[version.by]
    const createdAt = at(version.daysAgo, 2 + index)
    lastTriageAt = createdAt
    tx.insert(triageVersions)
      .values({
        requestId,
        householdId: household.id,
        version: index + 1,
        urgency: version.urgency,
        safetyAnswer: version.safety,
        safetyNote: version.safetyNote ?? null,
        expertiseIds: JSON.stringify(version.expertises.map((key) => ctx.expertiseIds[key])),
        route: version.route,
        routeReasoning: version.reasoning,
        advice: version.advice ?? null,
        ownDirection: version.ownDirection ?? null,
        referralTo: version.referralTo ?? null,
        createdBy: by,
        createdAt,
      })
      .run()
    if (version.safety === 'yes' && !openSignal) {
      if (!version.safetyNote) throw new Error(`seedDemo: safety "yes" without a note (${story.household})`)
      const followUp = story.safetyFollowedUp
      tx.insert(safetySignals)
        .values({
          householdId: household.id,
          requestId,
          observation: version.safetyNote,
          source: 'triage',
          observedOn: createdAt.slice(0, 10),
          raisedBy: by,
          raisedAt: createdAt,
          followedUpAt: followUp ? at(followUp.daysAgo, 9) : null,
          followedUpBy: followUp ? staff[followUp.by] : null,
        })
        .run()
      openSignal = !followUp
      tx.update(households)
        .set({ safetyFlaggedAt: createdAt })
        .where(and(eq(households.id, household.id), isNull(households.safetyFlaggedAt)))
        .run()
    }
    if (version.route === 'team') {
      if (!version.assign?.length)
        throw new Error(`seedDemo: route "team" without workers (${story.household})`)
      for (const key of version.assign) {
        const pickedUp =
          key === version.by
            ? createdAt
            : version.notPickedUp?.includes(key)
              ? null
              : shiftInstant(createdAt, 150)
        start(staff[key], createdAt, pickedUp, by)
      }
    }
  })
  if (story.endsInvolvement) {
    for (const a of assignments)
      if (a.householdId === household.id && !a.endedAt) a.endedAt = shiftInstant(lastTriageAt, 30)
  }

  const contact = story.firstContact
  const first = triage[0]
  if (contact && first) {
    const on = addDays(today, -(appointment?.outcome === 'held' ? appointment.onDaysAgo : first.daysAgo))
    const by = staff[first.by]
    tx.insert(firstContacts)
      .values({
        householdId: household.id,
        voluntaryExplainedOn: on,
        voluntaryExplainedBy: by,
        clientSupportOffer: contact.clientSupport,
        clientSupportOfferedOn: contact.clientSupport ? on : null,
        clientSupportOfferedBy: contact.clientSupport ? by : null,
        objectionExplainedOn: contact.objectionExplained ? on : null,
        objectionExplainedBy: contact.objectionExplained ? by : null,
        updatedAt: at(first.daysAgo, 8),
      })
      .run()
  }
}

/**
 * Parental authority for every minor (the child's parents at home, a stepchild's stepparent, plus whoever the
 * details name: a parent who moved out or lives elsewhere), and the network and professionals of the named
 * households.
 */
function writeHouseholdRelations(
  tx: Tx,
  ctx: {
    today: string
    households: CreatedHousehold[]
    organisationIds: Record<OrganisationKey, number>
  },
): void {
  const { today } = ctx
  const holders: (typeof authorityHolders.$inferInsert)[] = []
  const network: (typeof networkMembers.$inferInsert)[] = []
  const professionals: (typeof involvedProfessionals.$inferInsert)[] = []
  for (const h of ctx.households) {
    const details = householdDetails[h.name]
    const since = (offset: number) => shiftInstant(h.createdAt, offset * 24 * 60)
    const adults = h.members.filter((m) => m.current && ageOn(m.draft.birthdate, today) >= 18)
    for (const child of h.members) {
      if (!child.current || ageOn(child.draft.birthdate, today) >= 18) continue
      const defaultRelation = child.draft.relation === 'stepchild' ? 'stepparent' : 'parent'
      const named = details?.authority?.[child.draft.givenName]
      const holderIds = new Set(adults.filter((a) => a.draft.relation === defaultRelation).map((a) => a.id))
      for (const given of named?.members ?? []) {
        const holder = h.members.find((m) => m.draft.givenName === given)
        if (!holder) throw new Error(`seedDemo: no ${given} in ${h.name}`)
        holderIds.add(holder.id)
      }
      for (const holderPersonId of holderIds)
        holders.push({ childId: child.id, holderPersonId, createdAt: h.createdAt })
      for (const external of named?.external ?? [])
        holders.push({
          childId: child.id,
          externalName: external.name,
          externalContact: external.contact ?? null,
          createdAt: since(1),
        })
    }
    ;(details?.network ?? []).forEach((n, i) => {
      network.push({
        householdId: h.id,
        name: n.name,
        relation: n.relation,
        howTheyHelp: n.howTheyHelp,
        contact: n.contact ?? null,
        createdAt: since(Math.min(3 + i, Math.max(0, h.daysAgo - 1))),
        endedOn: n.endedDaysAgo === undefined ? null : addDays(today, -n.endedDaysAgo),
      })
    })
    ;(details?.professionals ?? []).forEach((p, i) => {
      professionals.push({
        householdId: h.id,
        organisationId: ctx.organisationIds[p.organisation],
        contactPerson: p.contactPerson,
        role: p.role,
        contact: p.contact ?? null,
        createdAt: since(Math.min(2 + i, Math.max(0, h.daysAgo - 1))),
        endedOn: p.endedDaysAgo === undefined ? null : addDays(today, -p.endedDaysAgo),
      })
    })
  }
  if (holders.length > 0) tx.insert(authorityHolders).values(holders).run()
  if (network.length > 0) tx.insert(networkMembers).values(network).run()
  if (professionals.length > 0) tx.insert(involvedProfessionals).values(professionals).run()
}

/** Where an interpreter family comes from, by the family name its adults carry. */
function originOf(members: MemberDraft[]): OriginNames | undefined {
  return originNames.find((o) =>
    members.some(
      (m) =>
        o.familyNames.includes(m.familyName) ||
        Object.values(o.femaleFamilyName ?? {}).includes(m.familyName),
    ),
  )
}

/**
 * Contact details for a generated member: most adults left a phone number, some an e-mail address. Adults of
 * a family born abroad speak their own language and need an interpreter; their children grew up here.
 */
function generatedDetails(rng: Rng, m: MemberDraft, today: string, origin?: OriginNames): MemberDetails {
  const age = ageOn(m.birthdate, today)
  if (age < 16) return {}
  const phone = rng.chance(age >= 18 ? 0.7 : 0.4) ? mobileNumber(rng) : undefined
  const email =
    age >= 18 && rng.chance(0.25)
      ? `${emailLocalPart(m.givenName, m.familyName)}@voorbeeldmail.nl`
      : undefined
  const abroad = origin && age >= 25
  return {
    phone,
    email,
    preferredLanguage: abroad ? origin.language : undefined,
    interpreterNeeded: abroad ? true : undefined,
  }
}

/**
 * Who is on which of the remaining cases. The team's first demo worker is topped up to a fixed caseload
 * (household log-ins first); the others share the rest. A few cases wait for a worker, some have two workers,
 * and some changed hands earlier (an ended assignment before the current one). `load` holds the cases the
 * requests already gave each worker.
 */
function planAssignments(
  rng: Rng,
  today: string,
  teamHouseholds: { id: number; daysAgo: number; loginKey?: string }[],
  workers: number[],
  supervisor: number,
  load: Map<number, number>,
  team: { unassigned: number; firstWorkerCaseload: number },
): { rows: AssignmentRow[]; handovers: { householdId: number; from: number; to: number; at: string }[] } {
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
  const firstWorkerShare = Math.max(0, team.firstWorkerCaseload - (load.get(first) ?? 0))

  const rows: AssignmentRow[] = []
  const handovers: { householdId: number; from: number; to: number; at: string }[] = []
  const at = (daysAgo: number) => instantBefore(today, daysAgo, rng.int(420, 960))
  // Cases from before the inbox existed: picked up the day they were assigned.
  const assigned = (householdId: number, workerId: number, startedAt: string, endedAt: string | null) =>
    rows.push({
      householdId,
      workerId,
      startedAt,
      endedAt,
      acknowledgedAt: shiftInstant(startedAt, 90),
      assignedBy: supervisor,
    })
  ordered.forEach((h, index) => {
    const worker = index < firstWorkerShare ? first : others[(index - firstWorkerShare) % others.length]!
    const startDaysAgo = rng.int(3, Math.max(4, h.daysAgo - 2))
    const startedAt = at(startDaysAgo)
    // Every fifth case changed hands: a colleague had it first.
    if (index % 5 === 3 && h.daysAgo - startDaysAgo > 14) {
      const previous = rng.pick(workers.filter((w) => w !== worker))
      assigned(h.id, previous, at(rng.int(startDaysAgo + 7, h.daysAgo)), startedAt)
      handovers.push({ householdId: h.id, from: previous, to: worker, at: startedAt })
    }
    assigned(h.id, worker, startedAt, null)
    load.set(worker, (load.get(worker) ?? 0) + 1)
    // Some cases need two workers, e.g. one for the debts and one for the children.
    if (index % 6 === 2) {
      const candidates = workers.filter((w) => w !== worker && (w !== first || (load.get(first) ?? 0) < 13))
      const second = rng.pick(candidates)
      assigned(h.id, second, at(rng.int(1, startDaysAgo)), null)
      load.set(second, (load.get(second) ?? 0) + 1)
    }
  })
  // One waiting case had a worker who has since handed it back.
  const handedBack = waiting[0]
  if (handedBack && handedBack.daysAgo > 30) {
    assigned(handedBack.id, rng.pick(others), at(rng.int(20, handedBack.daysAgo)), at(rng.int(2, 10)))
  }
  return { rows, handovers }
}
