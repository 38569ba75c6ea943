import { eq } from 'drizzle-orm'
import type { Db } from '../db/client.ts'
import {
  analyses,
  analysisCells,
  analysisHeard,
  caseAssignments,
  conversationAddenda,
  conversationDomains,
  conversationParticipants,
  conversations,
  conversationVersions,
  involvedProfessionals,
  lifeDomains,
  networkMembers,
  organisations,
  persons,
} from '../db/schema/index.ts'
import { ageOn } from '#shared/domain/age'
import {
  draftAnalysis,
  followUpAnalysis,
  type AnalysisDraft,
  type AnalysisMember,
} from './analysis-phrases.ts'
import { demoOrganisations, type OrganisationKey } from './catalogues.ts'
import {
  composeAddendum,
  composeNote,
  dateKey,
  domainNames,
  drawThemes,
  inventNetwork,
  networkRef,
  type DomainKey,
  type NoteHousehold,
  type NoteMember,
} from './conversation-phrases.ts'
import { instantBefore } from './dates.ts'
import { jansenAnalyses } from './demo-analyses.ts'
import { conversationStories, type StoryEntry } from './demo-conversation-stories.ts'
import type { StaffKey } from './demo-requests.ts'
import { middleGivenNames, olderGivenNames } from './names.ts'
import { createRng, type Rng } from './random.ts'
import type { MemberDraft } from './shapes.ts'

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0]

export type DemoHousehold = {
  id: number
  name: string
  team: number
  createdAt: string
  members: { id: number; draft: MemberDraft; current: boolean }[]
}

type Window = { workerId: number; from: number; to: number }

const minute = 60_000
const day = 24 * 60 * minute

/** Which partner organisation a professional works for tells which life domain a call with them is about. */
const organisationDomains: Readonly<Record<OrganisationKey, DomainKey[]>> = {
  gpMolenkamp: ['physical', 'mental'],
  gpLindenhoeve: ['physical', 'mental'],
  primarySchool: ['work', 'parenting'],
  secondarySchool: ['work', 'parenting'],
  debtHelp: ['income'],
  mentalHealth: ['mental'],
  youthCare: ['parenting', 'relations'],
  veiligThuis: ['safety'],
  housing: ['housing'],
  police: ['safety', 'justice'],
  foodBank: ['income'],
  clientSupport: [],
}

/**
 * The conversation logs and broad-view analyses of the demo. Named households get their written story (see
 * demo-conversation-stories.ts) and, for long-running cases, some generated entries on their themes; the other
 * households with a worker get generated entries only, more for older cases. Authors are the workers on the case
 * at the time. Everything happens before today, and comes from its own random source so the rest of the demo
 * stays as it was. Expects households, assignments, network and professionals to be written already: the
 * full-text triggers compute each entry's scope from its household. Returns each household's themes, so its
 * analyses are about the same things.
 */
export function writeDemoConversations(
  tx: Tx,
  ctx: {
    today: string
    seed: number
    households: DemoHousehold[]
    staffOf: (team: number) => Record<StaffKey, number>
  },
): Map<number, DomainKey[]> {
  const themesOf = new Map<number, DomainKey[]>()
  const { today } = ctx
  const rng = createRng(ctx.seed)
  // Nothing after 20:30 UTC yesterday: always before the Dutch "today" starts.
  const latest = Date.parse(instantBefore(today, 1, 20 * 60 + 30))
  const domainIds = lifeDomainIds(tx)
  const windowsByHousehold = acknowledgedWindows(tx, latest)
  const left = new Map(
    tx
      .select({ id: persons.id, leftOn: persons.leftOn })
      .from(persons)
      .all()
      .map((p) => [p.id, p.leftOn]),
  )
  const language = new Map<number, string>()
  for (const p of tx
    .select({
      householdId: persons.householdId,
      language: persons.preferredLanguage,
      needed: persons.interpreterNeeded,
    })
    .from(persons)
    .all())
    if (p.needed && p.language) language.set(p.householdId, p.language)
  const network = tx.select().from(networkMembers).all()
  const orgKeyByName = new Map(
    (Object.entries(demoOrganisations) as [OrganisationKey, string][]).map(([key, name]) => [name, key]),
  )
  const professionals = tx
    .select({
      id: involvedProfessionals.id,
      householdId: involvedProfessionals.householdId,
      contactPerson: involvedProfessionals.contactPerson,
      createdAt: involvedProfessionals.createdAt,
      endedOn: involvedProfessionals.endedOn,
      organisation: organisations.name,
    })
    .from(involvedProfessionals)
    .innerJoin(organisations, eq(organisations.id, involvedProfessionals.organisationId))
    .all()

  const insert = (row: {
    householdId: number
    authorId: number
    occurredAt: number
    kind: StoryEntry['kind']
    text: string
    thirdParty: boolean
    domains: DomainKey[]
    participants: { kind: 'member' | 'network' | 'professional'; refId: number }[]
    firstText?: string
    addendum?: { text: string; at: number; authorId: number }
  }) => {
    const createdAt = Math.min(latest, row.occurredAt + rng.int(10, 150) * minute)
    // Corrected within hours, and before 21:30 UTC yesterday: still before the Dutch today.
    const editedAt =
      row.firstText === undefined
        ? null
        : Math.min(latest + 60 * minute, createdAt + rng.int(20, 300) * minute)
    const id = tx
      .insert(conversations)
      .values({
        householdId: row.householdId,
        authorId: row.authorId,
        occurredAt: iso(row.occurredAt),
        kind: row.kind,
        text: row.text,
        thirdPartyInfo: row.thirdParty,
        version: editedAt === null ? 1 : 2,
        createdAt: iso(createdAt),
        editedAt: editedAt === null ? null : iso(editedAt),
      })
      .returning({ id: conversations.id })
      .get().id
    if (editedAt !== null && row.firstText !== undefined) {
      tx.insert(conversationVersions)
        .values({
          conversationId: id,
          version: 1,
          occurredAt: iso(row.occurredAt),
          kind: row.kind,
          text: row.firstText,
          thirdPartyInfo: row.thirdParty,
          replacedAt: iso(editedAt),
        })
        .run()
    }
    if (row.domains.length > 0)
      tx.insert(conversationDomains)
        .values([...new Set(row.domains)].map((d) => ({ conversationId: id, domainId: domainIds[d] })))
        .run()
    if (row.participants.length > 0)
      tx.insert(conversationParticipants)
        .values(row.participants.map((p) => ({ conversationId: id, ...p })))
        .onConflictDoNothing()
        .run()
    // An addendum comes after the 24 hours in which the entry could still be corrected.
    if (row.addendum && row.addendum.at > createdAt + day && row.addendum.at <= latest)
      tx.insert(conversationAddenda)
        .values({
          conversationId: id,
          authorId: row.addendum.authorId,
          text: row.addendum.text,
          createdAt: iso(row.addendum.at),
        })
        .run()
  }

  for (const h of ctx.households) {
    const windows = windowsByHousehold.get(h.id) ?? []
    if (windows.length === 0) continue
    const story = conversationStories[h.name]
    const staff = ctx.staffOf(h.team)
    const householdNetwork = network.filter((n) => n.householdId === h.id)
    const householdProfessionals = professionals.filter((p) => p.householdId === h.id)
    const members: NoteMember[] = h.members.map((m) => ({
      personId: m.id,
      given: m.draft.givenName,
      sex: m.draft.sex,
      relation: m.draft.relation,
      birthKey: dateKey(m.draft.birthdate),
    }))
    const memberOn = (date: string) =>
      h.members.filter((m) => {
        const leftOn = left.get(m.id)
        return m.draft.birthdate <= date && (leftOn === null || leftOn === undefined || leftOn > date)
      })

    // The written story first.
    for (const entry of story?.entries ?? []) {
      const occurredAt = Date.parse(instantBefore(today, entry.daysAgo, minuteOfDay(entry.at)))
      if (occurredAt > latest)
        throw new Error(`demo conversations: ${h.name} entry ${entry.daysAgo} is too late`)
      const authorId = authorAt(
        windows,
        occurredAt,
        entry.by && staff[entry.by],
        `${h.name}, ${entry.daysAgo} days ago`,
      )
      const date = iso(occurredAt).slice(0, 10)
      const participants = (entry.with ?? []).map((who) => {
        const member = h.members.find((m) => m.draft.givenName === who)
        if (member) return { kind: 'member' as const, refId: member.id }
        const n = householdNetwork.find((x) => x.name.split(' ')[0] === who)
        if (n) {
          if (Date.parse(n.createdAt) > occurredAt)
            throw new Error(`demo conversations: ${who} not yet known to ${h.name}`)
          return { kind: 'network' as const, refId: n.id }
        }
        const p = householdProfessionals.find((x) => x.contactPerson.split(/[ .]+/).includes(who))
        if (p) {
          if (Date.parse(p.createdAt) > occurredAt)
            throw new Error(`demo conversations: ${who} not yet known to ${h.name}`)
          return { kind: 'professional' as const, refId: p.id }
        }
        throw new Error(`demo conversations: nobody called ${who} around ${h.name}`)
      })
      const addendumAt = entry.addendum
        ? Date.parse(instantBefore(today, entry.daysAgo - entry.addendum.daysLater, rng.int(480, 960)))
        : 0
      insert({
        householdId: h.id,
        authorId,
        occurredAt,
        kind: entry.kind,
        text: withAges(entry.text, memberOn(date), date),
        thirdParty: entry.thirdParty ?? false,
        domains: entry.domains ?? [],
        participants,
        firstText: entry.firstText && withAges(entry.firstText, memberOn(date), date),
        addendum: entry.addendum && {
          text: entry.addendum.text,
          at: addendumAt,
          authorId: authorNear(windows, addendumAt),
        },
      })
    }

    // Generated entries: about one per ten days of involvement, between 3 and 40; fewer beside a written story.
    const themes = story?.themes ?? drawThemes(rng, members, dateKey(today), language.has(h.id))
    themesOf.set(h.id, themes)
    const involvedDays = windows.reduce((sum, w) => sum + (w.to - w.from) / day, 0)
    const wanted = Math.max(3, Math.min(40, 3 + Math.round(involvedDays / 10)))
    const count = story ? Math.min(story.extra ?? 0, Math.max(0, wanted - story.entries.length)) : wanted
    if (count === 0) continue
    const firstAdult = members.find((m) => ageOn(birthdate(m), today) >= 18) ?? members[0]!
    const noteHousehold: NoteHousehold = {
      members: members.filter((m) => h.members.find((x) => x.id === m.personId)?.current),
      style: rng.weighted({ formal: 5, given: 3, parent: 2 }),
      network:
        householdNetwork.length > 0
          ? householdNetwork.map((n) => ({ ref: networkRef(n.name, n.relation), id: n.id }))
          : [
              inventNetwork(
                rng,
                ageOn(birthdate(firstAdult), today),
                rng.chance(0.5) ? olderGivenNames : middleGivenNames,
              ),
            ],
      themes,
      interpreter: language.get(h.id),
    }
    for (let i = 0; i < count; i++) {
      const { at, window } = momentIn(rng, windows)
      const date = iso(at).slice(0, 10)
      const note = composeNote(rng, noteHousehold, { dayKey: dateKey(date) })
      const participants: { kind: 'member' | 'network' | 'professional'; refId: number }[] = []
      if (rng.chance(0.7)) {
        for (const id of note.memberIds) participants.push({ kind: 'member', refId: id })
        for (const id of note.networkIds) participants.push({ kind: 'network', refId: id })
        // A call with "the school" is a call with this household's contact at school, when there is one.
        const domain = note.professionalDomain
        const professional = householdProfessionals.find((p) => {
          const key = orgKeyByName.get(p.organisation)
          return (
            domain !== null &&
            key !== undefined &&
            organisationDomains[key].includes(domain) &&
            Date.parse(p.createdAt) <= at &&
            (p.endedOn === null || p.endedOn >= date)
          )
        })
        if (professional) participants.push({ kind: 'professional', refId: professional.id })
      }
      const corrected = rng.chance(0.02)
      const addendumAt = at + rng.int(2, 20) * day + rng.int(0, 300) * minute
      insert({
        householdId: h.id,
        authorId: window.workerId,
        occurredAt: at,
        kind: note.kind,
        text: note.text,
        thirdParty: note.thirdParty,
        // Most workers link an entry to a life domain; some never bother.
        domains: rng.chance(0.7) ? note.domains : [],
        participants,
        firstText: corrected ? note.earlierText : undefined,
        addendum:
          rng.chance(0.02) && addendumAt <= latest
            ? {
                text: composeAddendum(rng, noteHousehold, dateKey(date)),
                at: addendumAt,
                authorId: authorNear(windows, addendumAt),
              }
            : undefined,
      })
    }
  }
  return themesOf
}

/**
 * Broad-view analyses for about half of the households with a worker: the named cases where the story mentions
 * one, and every other of the rest. Each has a first snapshot a few weeks into the case and, when the case ran
 * long enough, a second one a month or more later that starts from the first.
 */
export function writeDemoAnalyses(
  tx: Tx,
  ctx: { today: string; seed: number; households: DemoHousehold[]; themes: Map<number, DomainKey[]> },
): void {
  const { today } = ctx
  const rng = createRng(ctx.seed)
  const latest = Date.parse(instantBefore(today, 1, 18 * 60))
  const domainIds = lifeDomainIds(tx)
  const windowsByHousehold = acknowledgedWindows(tx, latest)
  const left = new Map(
    tx
      .select({ id: persons.id, leftOn: persons.leftOn })
      .from(persons)
      .all()
      .map((p) => [p.id, p.leftOn]),
  )

  const write = (
    householdId: number,
    draft: AnalysisDraft,
    at: number,
    authorId: number,
    basedOnId: number | null,
  ) => {
    const id = tx
      .insert(analyses)
      .values({
        householdId,
        basedOnId,
        desiredFuture: draft.desiredFuture,
        createdBy: authorId,
        createdAt: iso(at),
      })
      .returning({ id: analyses.id })
      .get().id
    if (draft.cells.length > 0)
      tx.insert(analysisCells)
        .values(
          draft.cells.map((c) => ({
            analysisId: id,
            personId: c.personId,
            domainId: domainIds[c.domain],
            score: c.score,
            note: c.note,
            strengths: c.strengths,
            carriedBy: JSON.stringify(c.carriedBy),
            ownView: c.ownView,
          })),
        )
        .run()
    if (draft.heard.length > 0)
      tx.insert(analysisHeard)
        .values(draft.heard.map((x) => ({ analysisId: id, personId: x.personId, heard: x.heard })))
        .run()
    return id
  }

  let generic = 0
  for (const h of ctx.households) {
    const windows = windowsByHousehold.get(h.id) ?? []
    const current = windows.filter((w) => w.to >= latest)
    if (current.length === 0) continue
    // The current turn on the case: an analysis belongs to the worker who has it now.
    const start = Math.min(...current.map((w) => w.from))
    const span = (latest - start) / day
    if (span < 14) continue
    const story = conversationStories[h.name]
    // Every other generated household, and the named cases that run long enough.
    if (!story && generic++ % 2 === 1) continue
    const membersOn = (at: number): AnalysisMember[] => {
      const date = iso(at).slice(0, 10)
      const present = h.members.filter((m) => {
        const leftOn = left.get(m.id)
        return m.draft.birthdate <= date && (leftOn === null || leftOn === undefined || leftOn > date)
      })
      const minors = present.some((m) => ageOn(m.draft.birthdate, date) < 18)
      return present.map((m) => ({
        personId: m.id,
        given: m.draft.givenName,
        sex: m.draft.sex,
        age: ageOn(m.draft.birthdate, date),
        isParent: minors && (m.draft.relation === 'parent' || m.draft.relation === 'stepparent'),
      }))
    }

    if (h.name === 'Familie Jansen') {
      const [first, second] = jansenAnalyses(h.members.map((m) => ({ id: m.id, given: m.draft.givenName })))
      const firstAt = Date.parse(instantBefore(today, first.daysAgo, 11 * 60 + 30))
      const secondAt = Date.parse(instantBefore(today, second.daysAgo, 10 * 60))
      const firstId = write(h.id, first.draft, firstAt, authorAt(windows, firstAt, undefined, h.name), null)
      write(h.id, second.draft, secondAt, authorAt(windows, secondAt, undefined, h.name), firstId)
      continue
    }

    const themes = ctx.themes.get(h.id) ?? ['income', 'network']
    // During office hours, a few weeks into the case.
    const officeHours = (ms: number) => Math.floor(ms / day) * day + rng.int(8 * 60, 15 * 60) * minute
    const firstAt = Math.min(latest, officeHours(start + Math.max(10, Math.min(45, span / 4)) * day))
    const first = draftAnalysis(rng, membersOn(firstAt), themes)
    const firstId = write(h.id, first, firstAt, authorNear(windows, firstAt), null)
    const room = Math.floor((latest - firstAt) / day)
    if (room < 35 || !rng.chance(0.7)) continue
    const secondAt = Math.min(latest, officeHours(firstAt + rng.int(31, Math.min(150, room - 1)) * day))
    const second = followUpAnalysis(rng, first, membersOn(secondAt))
    write(h.id, second, secondAt, authorNear(windows, secondAt), firstId)
  }
}

function lifeDomainIds(tx: Tx): Record<DomainKey, number> {
  const rows = tx.select({ id: lifeDomains.id, name: lifeDomains.nameNl }).from(lifeDomains).all()
  const ids = {} as Record<DomainKey, number>
  for (const key of Object.keys(domainNames) as DomainKey[]) {
    const row = rows.find((r) => r.name === domainNames[key])
    if (!row) throw new Error(`demo conversations: life domain "${domainNames[key]}" is missing`)
    ids[key] = row.id
  }
  return ids
}

/** Who could write in a household's log when: picked-up assignments, until they ended (or until `latest`). */
function acknowledgedWindows(tx: Tx, latest: number): Map<number, Window[]> {
  const result = new Map<number, Window[]>()
  for (const a of tx.select().from(caseAssignments).all()) {
    if (!a.acknowledgedAt) continue
    const from = Date.parse(a.acknowledgedAt)
    const to = a.endedAt ? Math.min(latest, Date.parse(a.endedAt)) : latest
    if (to <= from) continue
    const list = result.get(a.householdId) ?? []
    list.push({ workerId: a.workerId, from, to })
    result.set(a.householdId, list)
  }
  return result
}

function authorAt(windows: Window[], at: number, preferred: number | undefined, what: string): number {
  const open = windows.filter((w) => w.from <= at && at <= w.to)
  if (preferred !== undefined) {
    if (!open.some((w) => w.workerId === preferred))
      throw new Error(`demo conversations: that worker was not on ${what}`)
    return preferred
  }
  const first = open[0]
  if (!first) throw new Error(`demo conversations: no worker on ${what}`)
  return first.workerId
}

/** The worker on the case at that moment, or else the one whose turn was nearest (a hand-over leaves a gap). */
function authorNear(windows: Window[], at: number): number {
  const distance = (w: Window) => (at < w.from ? w.from - at : at > w.to ? at - w.to : 0)
  const nearest = [...windows].sort((a, b) => distance(a) - distance(b))[0]
  if (!nearest) throw new Error('demo conversations: a household without workers')
  return nearest.workerId
}

/** A working-day moment inside one of the windows, chosen in proportion to their length. */
function momentIn(rng: Rng, windows: Window[]): { at: number; window: Window } {
  const total = windows.reduce((sum, w) => sum + (w.to - w.from), 0)
  let roll = rng.next() * total
  let window = windows[windows.length - 1]!
  for (const w of windows) {
    roll -= w.to - w.from
    if (roll < 0) {
      window = w
      break
    }
  }
  for (let attempt = 0; attempt < 6; attempt++) {
    const dayStart = Math.floor((window.from + rng.next() * (window.to - window.from)) / day) * day
    const at = dayStart + rng.int(7 * 60, 16 * 60 + 30) * minute
    const weekday = new Date(at).getUTCDay()
    if (at >= window.from && at <= window.to && weekday !== 0 && weekday !== 6) return { at, window }
  }
  // A short window on a weekend: any moment inside it.
  return { at: window.from + Math.floor(rng.next() * (window.to - window.from)), window }
}

function withAges(text: string, members: DemoHousehold['members'], date: string): string {
  return text.replace(/\{([^}]+)\}/g, (_, given: string) => {
    const m = members.find((x) => x.draft.givenName === given)
    if (!m) throw new Error(`demo conversations: no ${given} on ${date}`)
    const age = ageOn(m.draft.birthdate, date)
    return `${given} (${age === 0 ? 'baby' : age})`
  })
}

function birthdate(m: NoteMember): string {
  const key = String(m.birthKey)
  return `${key.slice(0, 4)}-${key.slice(4, 6)}-${key.slice(6, 8)}`
}

function minuteOfDay(at: string): number {
  const [hours, minutes] = at.split(':').map(Number)
  return (hours ?? 0) * 60 + (minutes ?? 0)
}

function iso(ms: number): string {
  return new Date(ms).toISOString()
}
