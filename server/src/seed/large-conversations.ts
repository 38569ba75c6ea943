import type { Db } from '../db/client.ts'
import {
  draftAnalysis,
  followUpAnalysis,
  type AnalysisDraft,
  type AnalysisMember,
} from './analysis-phrases.ts'
import {
  ageAt,
  composeAddendum,
  composeNote,
  domainNames,
  drawThemes,
  inventNetwork,
  type DomainKey,
  type NoteHousehold,
  type NoteMember,
} from './conversation-phrases.ts'
import { instantBefore } from './dates.ts'
import { middleGivenNames, olderGivenNames } from './names.ts'
import type { Rng } from './random.ts'

/**
 * Conversation logs and broad-view analyses at benchmark scale: about `perHousehold` entries per household on
 * average (2 million for 50,000 households), written in the order they happened so that ids grow with time as in
 * a database that has been in use for years. Some households have a handful of entries, long-running ones many
 * hundreds. Text comes from conversation-phrases.ts; a small share of entries carries a rare name, so the search
 * benchmark has terms in every frequency band.
 */

/** A household as the bulk seed remembers it while it writes the households. */
export type LargeCase = {
  householdId: number
  createdAt: number
  members: NoteMember[]
  interpreter?: string
  /** Picked-up assignments: who could write in the log when (ms; `to` is Infinity while open). */
  windows: { workerId: number; from: number; to: number }[]
  /** What the log is about; drawn with the conversations, and the analyses keep to it. */
  themes?: DomainKey[]
}

type Raw = Db['$client']

const minute = 60_000
const day = 24 * minute * 60
/** Chance that an entry carries a rare name (a street, a foundation, a surname used a few times in all). */
const rareShare = 0.006

export type LargeConversationOptions = {
  today: string
  perHousehold: number
  rng: Rng
  onProgress?: (done: number, total: number) => void
}

/** Writes the conversations; the caller takes care of the full-text index (see search-triggers.ts). */
export async function writeLargeConversations(
  raw: Raw,
  cases: LargeCase[],
  options: LargeConversationOptions,
): Promise<number> {
  const { rng, today } = options
  // Nothing after 16:30 UTC yesterday, so the time of writing (up to four hours later) is still before today.
  const latest = Date.parse(instantBefore(today, 1, 16 * 60 + 30))
  const domainIds = lifeDomainIds(raw)
  const plan = planEntries(rng, cases, latest, options.perHousehold)
  const total = plan.keys.length

  const insertConversation = raw.prepare(
    `INSERT INTO conversations (id, household_id, author_id, occurred_at, kind, text, third_party_info, version,
       created_at, edited_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  )
  const insertVersion = raw.prepare(
    `INSERT INTO conversation_versions (conversation_id, version, occurred_at, kind, text, third_party_info, replaced_at)
     VALUES (?, 1, ?, ?, ?, ?, ?)`,
  )
  const insertDomain = raw.prepare(
    'INSERT INTO conversation_domains (conversation_id, domain_id) VALUES (?, ?)',
  )
  const insertParticipant = raw.prepare(
    `INSERT INTO conversation_participants (conversation_id, kind, ref_id) VALUES (?, 'member', ?)`,
  )
  const insertAddendum = raw.prepare(
    'INSERT INTO conversation_addenda (conversation_id, author_id, text, created_at) VALUES (?, ?, ?, ?)',
  )

  const notes = new Map<number, NoteHousehold>()
  const noteHousehold = (index: number): NoteHousehold => {
    let h = notes.get(index)
    if (!h) {
      const c = cases[index]!
      h = householdForNotes(rng, c, c.themes ?? ['income'])
      notes.set(index, h)
    }
    return h
  }

  const writeEntry = (conversationId: number, c: LargeCase, h: NoteHousehold, at: number): void => {
    const open = c.windows.filter((w) => w.from <= at && at <= w.to)
    const authorId = (open.length > 0 ? rng.pick(open) : c.windows[0]!).workerId
    const occurred = new Date(at)
    const dayKey =
      occurred.getUTCFullYear() * 10_000 + (occurred.getUTCMonth() + 1) * 100 + occurred.getUTCDate()
    const note = composeNote(rng, h, { dayKey, rare: rareShare })
    const createdAt = at + rng.int(5, 240) * minute
    // A correction within hours, and still before the Dutch today starts (21:30 UTC yesterday at the latest).
    const corrected = rng.chance(0.012)
    const editedAt = corrected
      ? Math.min(createdAt + rng.int(10, 600) * minute, latest + 5 * 60 * minute)
      : null
    const occurredIso = occurred.toISOString()
    insertConversation.run(
      conversationId,
      c.householdId,
      authorId,
      occurredIso,
      note.kind,
      note.text,
      note.thirdParty ? 1 : 0,
      corrected ? 2 : 1,
      new Date(createdAt).toISOString(),
      editedAt === null ? null : new Date(editedAt).toISOString(),
    )
    if (editedAt !== null)
      insertVersion.run(
        conversationId,
        occurredIso,
        note.kind,
        note.earlierText,
        note.thirdParty ? 1 : 0,
        new Date(editedAt).toISOString(),
      )
    // Linking a life domain is optional: about half the entries have one.
    if (note.domains.length > 0 && rng.chance(0.5))
      for (const d of note.domains) insertDomain.run(conversationId, domainIds[d])
    if (note.memberIds.length > 0 && rng.chance(0.35))
      for (const personId of note.memberIds) insertParticipant.run(conversationId, personId)
    if (rng.chance(0.005)) {
      const addendumAt = createdAt + rng.int(2, 30) * day
      if (addendumAt <= latest) {
        const writers = c.windows.filter((w) => w.from <= addendumAt && addendumAt <= w.to)
        const author = writers.length > 0 ? rng.pick(writers).workerId : authorId
        insertAddendum.run(
          conversationId,
          author,
          composeAddendum(rng, h, dayKey),
          new Date(addendumAt).toISOString(),
        )
      }
    }
  }

  const batch = 40_000
  let id = 0
  for (let start = 0; start < total; start += batch) {
    const end = Math.min(total, start + batch)
    raw.transaction(() => {
      for (let i = start; i < end; i++) {
        const key = plan.keys[i]!
        const index = key % plan.stride
        const at = plan.base + Math.floor(key / plan.stride) * minute
        writeEntry(++id, cases[index]!, noteHousehold(index), at)
      }
    })()
    options.onProgress?.(end, total)
    await new Promise((resolve) => setImmediate(resolve))
  }
  return total
}

/**
 * How many entries each household gets and when, as sortable numbers: minute × stride + household index. Counts
 * follow the time a worker was involved (older cases have more) times a log-normal spread (some households
 * need far more contact than others), scaled so the total is `perHousehold` × households.
 */
function planEntries(
  rng: Rng,
  cases: LargeCase[],
  latest: number,
  perHousehold: number,
): { keys: Float64Array; stride: number; base: number } {
  for (const c of cases) c.themes = drawThemes(rng, c.members, dayKeyOf(latest), c.interpreter !== undefined)
  const involved = cases.map(
    (c) => c.windows.reduce((sum, w) => sum + Math.max(0, Math.min(w.to, latest) - w.from), 0) / day,
  )
  const weights = involved.map((days) =>
    days <= 0 ? 0 : Math.pow(days + 1, 0.75) * Math.exp(0.9 * normal(rng)),
  )
  const target = perHousehold * cases.length
  let scale = target / weights.reduce((a, b) => a + b, 0)
  // At most three entries per day of involvement and never none for a case with a worker; scale again once to
  // make up for what those limits cut.
  const countsFor = (s: number) =>
    weights.map((w, i) =>
      w === 0 ? 0 : Math.max(1, Math.min(Math.round(w * s), Math.ceil(involved[i]! * 3))),
    )
  let counts = countsFor(scale)
  scale *= target / counts.reduce((a, b) => a + b, 0)
  counts = countsFor(scale)

  const base = cases.reduce((min, c) => Math.min(min, c.createdAt), Infinity) - day
  const stride = cases.length
  const total = counts.reduce((a, b) => a + b, 0)
  if (!Number.isSafeInteger(Math.ceil((latest - base) / minute) * stride))
    throw new Error('seedLarge: too many households to order conversations by time')
  const keys = new Float64Array(total)
  let k = 0
  cases.forEach((c, index) => {
    const n = counts[index]!
    if (n === 0) return
    const windows = c.windows
      .map((w) => ({ from: w.from, to: Math.min(w.to, latest) }))
      .filter((w) => w.to > w.from)
    const length = windows.reduce((sum, w) => sum + (w.to - w.from), 0)
    for (let i = 0; i < n; i++) {
      const at = momentIn(rng, windows, length)
      keys[k++] = Math.floor((at - base) / minute) * stride + index
    }
  })
  keys.sort()
  return { keys, stride, base }
}

/** A working-day moment during office hours inside the windows; a short window on a weekend takes what it gets. */
function momentIn(rng: Rng, windows: { from: number; to: number }[], length: number): number {
  let roll = rng.next() * length
  let window = windows[windows.length - 1]!
  for (const w of windows) {
    roll -= w.to - w.from
    if (roll < 0) {
      window = w
      break
    }
  }
  for (let attempt = 0; attempt < 4; attempt++) {
    const dayStart = Math.floor((window.from + rng.next() * (window.to - window.from)) / day) * day
    const at = dayStart + rng.int(7 * 60, 16 * 60 + 30) * minute
    const weekday = new Date(at).getUTCDay()
    if (at >= window.from && at <= window.to && weekday !== 0 && weekday !== 6) return at
  }
  return window.from + Math.floor(rng.next() * (window.to - window.from))
}

function householdForNotes(rng: Rng, c: LargeCase, themes: DomainKey[]): NoteHousehold {
  const created = dayKeyOf(c.createdAt)
  const firstAdult = c.members.find((m) => ageAt(m.birthKey, created) >= 18) ?? c.members[0]!
  const mainAge = ageAt(firstAdult.birthKey, created)
  // Someone from the network, named only in the text; the bulk seed records no network members.
  const network = [inventNetwork(rng, mainAge, middleGivenNames)]
  if (rng.chance(0.4))
    network.push(inventNetwork(rng, mainAge, mainAge >= 60 ? middleGivenNames : olderGivenNames))
  return {
    members: c.members,
    style: rng.weighted({ formal: 5, given: 3, parent: 2 }),
    network,
    themes,
    interpreter: c.interpreter,
  }
}

/**
 * A few analyses per hundred households, for cases with a worker for at least a month: a first snapshot and,
 * for most, a second one a month or more later that starts from it.
 */
export function writeLargeAnalyses(
  raw: Raw,
  cases: LargeCase[],
  options: { today: string; rng: Rng; share: number },
): number {
  const { rng } = options
  const latest = Date.parse(instantBefore(options.today, 1, 16 * 60))
  const domainIds = lifeDomainIds(raw)
  const insertAnalysis = raw.prepare(
    `INSERT INTO analyses (household_id, based_on_id, desired_future, created_by, created_at) VALUES (?, ?, ?, ?, ?)`,
  )
  const insertCell = raw.prepare(
    `INSERT INTO analysis_cells (analysis_id, person_id, domain_id, score, note, strengths, carried_by, own_view)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  )
  const insertHeard = raw.prepare(
    'INSERT INTO analysis_heard (analysis_id, person_id, heard) VALUES (?, ?, ?)',
  )
  const write = (
    c: LargeCase,
    draft: AnalysisDraft,
    at: number,
    authorId: number,
    basedOn: number | null,
  ) => {
    const id = Number(
      insertAnalysis.run(c.householdId, basedOn, draft.desiredFuture, authorId, new Date(at).toISOString())
        .lastInsertRowid,
    )
    for (const cell of draft.cells)
      insertCell.run(
        id,
        cell.personId,
        domainIds[cell.domain],
        cell.score,
        cell.note,
        cell.strengths,
        JSON.stringify(cell.carriedBy),
        cell.ownView,
      )
    for (const h of draft.heard) insertHeard.run(id, h.personId, h.heard ? 1 : 0)
    return id
  }

  let written = 0
  raw.transaction(() => {
    for (const c of cases) {
      if (!rng.chance(options.share)) continue
      const current = c.windows.find((w) => w.to >= latest && latest - w.from > 30 * day)
      if (!current) continue
      const span = (latest - current.from) / day
      const officeHours = (ms: number) => Math.floor(ms / day) * day + rng.int(8 * 60, 15 * 60) * minute
      const firstAt = Math.min(
        latest,
        officeHours(current.from + rng.int(10, Math.min(60, Math.floor(span) - 5)) * day),
      )
      const themes = c.themes ?? drawThemes(rng, c.members, dayKeyOf(firstAt), c.interpreter !== undefined)
      const first = draftAnalysis(rng, analysisMembers(c, firstAt), themes)
      const firstId = write(c, first, firstAt, current.workerId, null)
      written++
      const room = Math.floor((latest - firstAt) / day)
      if (room < 35 || !rng.chance(0.6)) continue
      const secondAt = Math.min(latest, officeHours(firstAt + rng.int(31, Math.min(200, room - 1)) * day))
      write(
        c,
        followUpAnalysis(rng, first, analysisMembers(c, secondAt)),
        secondAt,
        current.workerId,
        firstId,
      )
      written++
    }
  })()
  return written
}

function analysisMembers(c: LargeCase, at: number): AnalysisMember[] {
  const key = dayKeyOf(at)
  const present = c.members.map((m) => ({ m, age: ageAt(m.birthKey, key) })).filter((x) => x.age >= 0)
  const minors = present.some((x) => x.age < 18)
  return present.map(({ m, age }) => ({
    personId: m.personId,
    given: m.given,
    sex: m.sex,
    age,
    isParent: minors && (m.relation === 'parent' || m.relation === 'stepparent'),
  }))
}

function lifeDomainIds(raw: Raw): Record<DomainKey, number> {
  const rows = raw.prepare('SELECT id, name_nl AS name FROM life_domains').all() as {
    id: number
    name: string
  }[]
  const ids = {} as Record<DomainKey, number>
  for (const key of Object.keys(domainNames) as DomainKey[]) {
    const row = rows.find((r) => r.name === domainNames[key])
    if (!row) throw new Error(`seedLarge: life domain "${domainNames[key]}" is missing`)
    ids[key] = row.id
  }
  return ids
}

function dayKeyOf(ms: number): number {
  const d = new Date(ms)
  return d.getUTCFullYear() * 10_000 + (d.getUTCMonth() + 1) * 100 + d.getUTCDate()
}

/** A standard normal draw (Box–Muller). */
function normal(rng: Rng): number {
  const u = Math.max(rng.next(), 1e-12)
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rng.next())
}
