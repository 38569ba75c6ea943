import type { Db } from '../db/client.ts'
import { formatDate } from '#shared/domain/dates'
import { diffPlans, summarise } from '#shared/domain/plan-diff'
import type { StoredAction, StoredGoal, StoredPlan } from '../modules/plans/stored-plan.ts'
import { demoOrganisations, type OrganisationKey } from './catalogues.ts'
import { ageAt, domainNames, type DomainKey, type NoteMember } from './conversation-phrases.ts'
import { addDays, instantBefore } from './dates.ts'
import type { LargeCase } from './large-conversations.ts'
import { middleGivenNames, mobileNumber, olderGivenNames, type Sex } from './names.ts'
import {
  planPhrases,
  positionWords,
  revisionNotes,
  withoutGoalReasons,
  type ActionPhrase,
  type GoalPhrase,
  type OwnerKind,
  fillPhrase as fill,
  listInWords as list,
  usedTexts,
  advanceAction as advance,
  planDirection,
} from './plan-phrases.ts'
import { shuffle, type Rng } from './random.ts'
import { iso, isoDate, officeMoment } from './dates.ts'

/**
 * Where each open case of the benchmark database stands, so the supervisor's team overview and the follow-up
 * screens have realistic numbers: a current phase for every case a worker picked up, plans (in the plans module's
 * stored shape, with the change counts its service would store) for most cases past the broad view, consents with
 * partners (some ending in the coming weeks), a few network members, and check-ins on scaled-down cases. Only
 * households with a current, picked-up assignment take part; everything happens before `today`.
 */

// Shares and spans, each with why.
/** Days from the first pick-up to the first plan: the broad view and the first talks take two to eight weeks. */
const planAfterDays = [14, 56] as const
/** Cases past the broad view that have a plan: a few still wait for the talk where it gets written. */
const planShare = 0.94
/** Plans that a member agrees to: most are made together; some are still being talked over or disputed. */
const agreedShare = 0.9
/** Plan versions per plan (weights for 1, 2, 3): most plans are revised at an evaluation now and then. */
const versionWeights = { 1: 5, 2: 3, 3: 2 } as const
/** Current plans whose evaluation date has passed without a new version: evaluations slip now and then. */
const evaluationOverdueShare = 0.1
/** Agreed plans at least eight weeks old that were scaled down to "vinger aan de pols". */
const pulseShare = 0.3
/** ... or to background support (stut- en steunfunctie), half of them by way of the pulse. */
const backgroundShare = 0.12
/** Scaled-down cases that went back to active support because things got worse. */
const backUpShare = 0.06
/** Scaled-down cases whose check-in is overdue: the overview's "check-ins overdue" is a short list. */
const overdueCheckInShare = 0.1
/** Open cases with people from the network on record (the demo names them for about a third). */
const networkShare = 0.35
/** Cases with a plan that have consents for sharing with partners; the plan's partners need them. */
const consentShareWithPlan = 0.5
/** Cases without a plan yet with a consent, mostly to ask the GP or school what they know. */
const consentShareWithoutPlan = 0.12
/** Consents withdrawn later: rare, but the screens must show them. */
const withdrawnShare = 0.03
/** How long a consent holds, in days (null: until the support ends); six months or a year is usual. */
const validityWeights = { '183': 3, '365': 5, none: 2 } as const
/** Cases per transaction: with their versions, phases, consents and check-ins about 8,000 rows per commit. */
const batchSize = 2_000

type Raw = Db['$client']
type Owner = StoredAction['owner']
type Position = StoredPlan['positions'][number]['position']

const minute = 60_000
const day = 24 * 60 * minute

export type LargePlanOptions = {
  today: string
  rng: Rng
  /** Family names for people from the network. */
  familyNames: readonly string[]
  onProgress?: (done: number, total: number) => void
}

export type LargePlanCounts = {
  phases: number
  plans: number
  versions: number
  consents: number
  networkMembers: number
  checkIns: number
}

type Window = LargeCase['windows'][number]
type Network = { id: number; createdAt: number; endedOn: string | null }
type GoalSource = { domain: DomainKey; owner: NoteMember | null; kind: OwnerKind; phrase: GoalPhrase }

/** Writes phases, plans, consents, network members and check-ins for the open cases among `cases`. */
export async function writeLargePlans(
  raw: Raw,
  cases: LargeCase[],
  options: LargePlanOptions,
): Promise<LargePlanCounts> {
  const { rng, today } = options
  // Nothing after 16:30 UTC yesterday, so it all happened before the Dutch today starts.
  const latest = Date.parse(instantBefore(today, 1, 16 * 60 + 30))
  const todayMs = Date.parse(`${today}T00:00:00Z`)
  const domainIds = idsByName(raw, 'SELECT id, name_nl AS name FROM life_domains', domainNames, 'life domain')
  const organisationIds = idsByName(
    raw,
    'SELECT id, name FROM organisations',
    demoOrganisations,
    'organisation',
  )
  const userNames = new Map(
    (raw.prepare('SELECT id, name FROM users').all() as { id: number; name: string }[]).map((u) => [
      u.id,
      u.name,
    ]),
  )
  const personName = raw.prepare(`SELECT given_name || ' ' || family_name AS name FROM persons WHERE id = ?`)
  const insertPhase = raw.prepare(
    `INSERT INTO case_phases (household_id, phase, interval_days, own_contact_moment, reason, set_by, set_at)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  )
  const insertVersion = raw.prepare(
    `INSERT INTO plan_versions (household_id, version, created_by, created_at, summary, content)
     VALUES (?, ?, ?, ?, ?, ?)`,
  )
  const insertNetwork = raw.prepare(
    `INSERT INTO network_members (household_id, name, relation, how_they_help, contact, created_at, ended_on)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  )
  const insertConsent = raw.prepare(
    `INSERT INTO consents (household_id, subject_person_id, giver_kind, giver_person_id, giver_name, recipient,
       organisation_id, purpose, categories, how, given_on, valid_until, recorded_by, recorded_at, withdrawn_at,
       withdrawn_by)
     VALUES (?, ?, 'person', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  )
  const insertCheckIn = raw.prepare(
    `INSERT INTO check_ins (household_id, checked_on, how, note, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?)`,
  )
  const counts: LargePlanCounts = {
    phases: 0,
    plans: 0,
    versions: 0,
    consents: 0,
    networkMembers: 0,
    checkIns: 0,
  }

  const writeCase = (c: LargeCase): void => {
    const current = c.windows.filter((w) => w.to === Infinity && w.from <= latest)
    if (current.length === 0) return
    const primary = current.reduce((a, b) => (b.from < a.from ? b : a))
    const worker = primary.workerId
    const caseStart = Math.min(...c.windows.map((w) => w.from))
    const main = mainAdult(c.members, dayKeyOf(latest))
    const writerAt = (at: number): number =>
      (at >= primary.from ? primary : c.windows.find((w: Window) => w.from <= at && at <= w.to))?.workerId ??
      worker

    // People from the network, recorded in the first weeks.
    const network: Network[] = []
    if (rng.chance(networkShare)) {
      const mainAge = ageAt(main.birthKey, dayKeyOf(caseStart))
      const count = Number(rng.weighted({ 1: 3, 2: 2 }))
      for (let i = 0; i < count; i++) {
        const helper = rng.pick(mainAge >= 60 ? networkHelpers.older : networkHelpers.younger)
        // Names of their generation: a daughter of someone over 60 has a name of the middle generation.
        const older = helper.generation === 'older' || (helper.generation === 'same' && mainAge >= 60)
        const given = rng.pick((older ? olderGivenNames : middleGivenNames)[helper.sex])
        const createdAt = Math.min(latest, officeMoment(rng, caseStart, caseStart + rng.int(1, 21) * day))
        const endedOn =
          i > 0 && latest - createdAt > 60 * day && rng.chance(0.2)
            ? isoDate(createdAt + rng.int(30, Math.floor((latest - createdAt) / day)) * day)
            : null
        const id = Number(
          insertNetwork.run(
            c.householdId,
            `${given} ${rng.pick(options.familyNames)}`,
            helper.relation,
            rng.pick(helper.help),
            rng.chance(0.6) ? mobileNumber(rng) : null,
            iso(createdAt),
            endedOn,
          ).lastInsertRowid,
        )
        network.push({ id, createdAt, endedOn })
        counts.networkMembers++
      }
    }

    // The phase history: active from the pick-up; an agreed plan may later be scaled down.
    const phase = (
      kind: 'active' | 'pulse' | 'background',
      at: number,
      intervalDays: number | null,
      ownContactMoment: string,
      reason: string,
    ) => {
      insertPhase.run(c.householdId, kind, intervalDays, ownContactMoment, reason, worker, iso(at))
      counts.phases++
    }
    const startedAt = Math.min(latest, officeMoment(rng, primary.from, primary.from + 2 * day))
    phase(
      'active',
      Math.max(primary.from, startedAt),
      null,
      '',
      fill(rng.pick(primary.from > caseStart ? phaseReasons.handover : phaseReasons.start), main),
    )

    // The plan, for most cases past the broad view.
    const firstPlanAt = caseStart + rng.int(...planAfterDays) * day
    let plan: StoredPlan | null = null
    let agreed = false
    let firstVersionAt = 0
    if (firstPlanAt < latest - 2 * day && rng.chance(planShare)) {
      agreed = rng.chance(agreedShare)
      const wanted = Number(rng.weighted(versionWeights))
      const times = [officeMoment(rng, firstPlanAt, Math.min(latest - day, firstPlanAt + 5 * day))]
      for (let i = 1; i < wanted; i++) {
        const from = times[i - 1]! + 35 * day
        if (from >= latest - day) break
        times.push(officeMoment(rng, from, from + (latest - from) / (wanted - i)))
      }
      firstVersionAt = times[0]!
      const themes = c.themes && c.themes.length > 0 ? c.themes : (['network'] as DomainKey[])
      const sources = new Map<string, GoalSource>()
      let before = emptyPlan()
      let version = 0
      times.forEach((at, index) => {
        const last = index === times.length - 1
        const date = isoDate(at)
        const evaluationOn = !last
          ? addDays(date, rng.int(28, 56))
          : rng.chance(evaluationOverdueShare) && todayMs - at > 40 * day
            ? addDays(today, -rng.int(1, 30))
            : addDays(today, rng.int(14, 90))
        const next = structuredClone(before)
        const env: PlanEnv = {
          rng,
          c,
          at,
          writer: writerAt(at),
          network,
          domainIds,
          organisationIds,
          userNames,
        }
        if (index === 0) firstVersion(env, next, sources, themes, agreed, version + 1)
        else revision(env, next, sources, themes, agreed, version + 1)
        next.evaluationOn = evaluationOn
        const summary = summarise(diffPlans(comparable(before), comparable(next)))
        if (summary.length === 0) return
        version++
        insertVersion.run(
          c.householdId,
          version,
          env.writer,
          iso(at),
          JSON.stringify(summary),
          JSON.stringify(next),
        )
        counts.versions++
        before = next
      })
      plan = before
      counts.plans++
    }

    // Scaling down: only an agreed plan that has been running for eight weeks or more.
    const scaleFrom = Math.max(firstVersionAt + 56 * day, primary.from + 14 * day)
    if (plan && agreed && scaleFrom < latest - 7 * day) {
      const roll = rng.next()
      const scaled: { kind: 'pulse' | 'background'; at: number; interval: number }[] = []
      const at1 = officeMoment(rng, scaleFrom, scaleFrom + (latest - scaleFrom) * 0.8)
      if (roll < pulseShare + backgroundShare / 2) {
        scaled.push({ kind: 'pulse', at: at1, interval: rng.pick([28, 28, 42]) })
        const from = at1 + 56 * day
        if (roll >= pulseShare && from < latest - day)
          scaled.push({
            kind: 'background',
            at: officeMoment(rng, from, latest),
            interval: rng.pick([42, 63, 91]),
          })
      } else if (roll < pulseShare + backgroundShare) {
        scaled.push({ kind: 'background', at: at1, interval: rng.pick([42, 63, 91]) })
      }
      for (const s of scaled)
        phase(
          s.kind,
          s.at,
          s.interval,
          rng.chance(0.8) ? fill(rng.pick(ownContactMoments), main) : '',
          fill(rng.pick(phaseReasons[s.kind]), main),
        )
      const lastScaled = scaled[scaled.length - 1]
      if (lastScaled) {
        // Check-ins at about the agreed interval since the case was scaled down.
        const checks: number[] = []
        let ref = lastScaled.at
        for (;;) {
          const next = ref + (lastScaled.interval + rng.int(-4, 2)) * day
          if (next > latest) break
          checks.push(officeMoment(rng, next, Math.min(latest, next + day)))
          ref = checks[checks.length - 1]!
        }
        const dueFrom = (r: number) => addDays(isoDate(r), lastScaled.interval)
        const lastRef = () => checks[checks.length - 1] ?? lastScaled.at
        let backUp = false
        if (rng.chance(overdueCheckInShare)) {
          // A check-in that did not happen: overdue now, or soon.
          if (checks.length > 0 && dueFrom(checks[checks.length - 2] ?? lastScaled.at) < today) checks.pop()
        } else if (dueFrom(lastRef()) < today && lastRef() + day < latest) {
          checks.push(officeMoment(rng, Math.max(lastRef() + day, latest - 4 * day), latest))
        }
        if (checks.length > 0 && rng.chance(backUpShare)) backUp = true
        for (const at of checks) {
          const how = rng.weighted(checkInHow)
          insertCheckIn.run(
            c.householdId,
            isoDate(at),
            how,
            fill(rng.pick(checkInNotes[how]), main),
            worker,
            iso(Math.min(latest, at + rng.int(5, 90) * minute)),
          )
          counts.checkIns++
        }
        if (backUp) {
          const from = lastRef() + day
          if (from < latest)
            phase(
              'active',
              officeMoment(rng, from, latest),
              null,
              '',
              fill(rng.pick(phaseReasons.backUp), main),
            )
        }
      }
    }

    // Consents to share with partners: the plan's organisations, or one that fits what the case is about.
    const consentFrom = (plan ? firstVersionAt : caseStart) + day
    if (consentFrom < latest && rng.chance(plan ? consentShareWithPlan : consentShareWithoutPlan)) {
      const subject = main
      const fromPlan = plan
        ? [
            ...new Set(
              plan.goals.flatMap((g) =>
                g.actions.filter((a) => a.owner.kind === 'organisation').map((a) => a.owner.refId),
              ),
            ),
          ]
            .map((id) => organisationKeyOf(organisationIds, id))
            .filter((k): k is OrganisationKey => k !== undefined && k in consentPurposes)
        : []
      const fallback = (c.themes ?? [])
        .map((d) => themeOrganisation[d])
        .filter((k): k is OrganisationKey => k !== undefined)
      const keys = [...new Set([...fromPlan, ...fallback])]
      if (keys.length === 0) keys.push(c.householdId % 2 === 0 ? 'gpMolenkamp' : 'gpLindenhoeve')
      const chosen = shuffle(rng, keys).slice(0, Number(rng.weighted({ 1: 3, 2: 2 })))
      const subjectName = (personName.get(subject.personId) as { name: string }).name
      for (const key of chosen) {
        const validity = rng.weighted(validityWeights)
        const span = validity === 'none' ? 300 : Number(validity) + 45
        const givenAt = officeMoment(rng, Math.max(consentFrom, latest - span * day), latest)
        const givenOn = isoDate(givenAt)
        const validUntil = validity === 'none' ? null : addDays(givenOn, Number(validity))
        const withdrawn =
          latest - givenAt > 14 * day && rng.chance(withdrawnShare)
            ? officeMoment(rng, givenAt + 7 * day, latest)
            : null
        const purpose = consentPurposes[key]!
        insertConsent.run(
          c.householdId,
          subject.personId,
          subject.personId,
          subjectName,
          demoOrganisations[key],
          organisationIds[key],
          purpose.text,
          JSON.stringify(purpose.categories),
          rng.chance(0.6) ? 'written' : 'spoken',
          givenOn,
          validUntil,
          writerAt(givenAt),
          iso(Math.min(latest, givenAt + rng.int(5, 120) * minute)),
          withdrawn === null ? null : iso(withdrawn),
          withdrawn === null ? null : writerAt(withdrawn),
        )
        counts.consents++
      }
    }
  }

  for (let start = 0; start < cases.length; start += batchSize) {
    const end = Math.min(cases.length, start + batchSize)
    raw.transaction(() => {
      for (let i = start; i < end; i++) writeCase(cases[i]!)
    })()
    options.onProgress?.(end, cases.length)
    await new Promise((resolve) => setImmediate(resolve))
  }
  return counts
}

// ---------------------------------------------------------------------------------------------------------------
// The plan itself, as demo-plans.ts makes it, cut down to what a plan needs without a broad view on record: goals
// on what the case's conversations are about (its themes).

type PlanEnv = {
  rng: Rng
  c: LargeCase
  at: number
  /** The worker who writes this version. */
  writer: number
  network: Network[]
  domainIds: Record<DomainKey, number>
  organisationIds: Record<OrganisationKey, number>
  userNames: Map<number, string>
}

function emptyPlan(): StoredPlan {
  return {
    nextKey: 1,
    goals: [],
    direction: null,
    domainsWithoutGoal: [],
    decision: { discussed: '', options: '', decided: '' },
    evaluationOn: null,
    positions: [],
  }
}

function firstVersion(
  env: PlanEnv,
  plan: StoredPlan,
  sources: Map<string, GoalSource>,
  themes: DomainKey[],
  agreed: boolean,
  version: number,
): void {
  const { rng, c, at } = env
  const key = dayKeyOf(at)
  const main = mainAdult(c.members, key)
  const wanted = Number(rng.weighted({ 1: 2, 2: 4, 3: 3 }))
  for (const domain of themes) {
    if (plan.goals.length >= wanted) break
    const source = goalSource(rng, c.members, domain, key)
    if (source) addGoal(env, plan, sources, source)
  }
  if (plan.goals.length === 0) {
    const kind = ageAt(main.birthKey, key) >= 67 ? 'older' : 'adult'
    const phrase = rng.pick(planPhrases.network.goals[kind]!)
    addGoal(env, plan, sources, { domain: 'network', owner: main, kind, phrase })
  }
  plan.direction = planDirection(env.rng, env.organisationIds, plan, main, workerFirstName(env))
  const topics = [...new Set([...sources.values()].map((s) => planPhrases[s.domain].topic))]
  const options = [...new Set([...sources.values()].slice(0, 2).map((s) => planPhrases[s.domain].options))]
  plan.decision = {
    discussed: `We hebben het gehad over ${list(topics)}.`,
    options: options.join(' '),
    decided: `We beginnen met ${list(topics.slice(0, 2))}. ${directionSentence(env, plan, main)}`,
  }
  plan.positions = positions(env, agreed, version)
  const covered = new Set(plan.goals.flatMap((g) => g.domainIds))
  for (const domain of themes) {
    const id = env.domainIds[domain]
    if (covered.has(id) || !rng.chance(0.4)) continue
    plan.domainsWithoutGoal.push({
      domainId: id,
      reason: fill(rng.pick(withoutGoalReasons), main, { onderwerp: topics[0]! }),
    })
  }
}

function revision(
  env: PlanEnv,
  plan: StoredPlan,
  sources: Map<string, GoalSource>,
  themes: DomainKey[],
  agreed: boolean,
  version: number,
): void {
  const { rng, at } = env
  const date = isoDate(at)
  for (const goal of plan.goals) for (const action of goal.actions) advance(rng, action, date)
  if (rng.chance(0.45)) {
    const goal = rng.pick(plan.goals)
    const extra = actionsFor(env, sources.get(goal.key)!, 1, usedTexts(plan))
    goal.actions.push(...extra.map((a) => newAction(plan, a)))
  }
  const goalsBefore = plan.goals.length
  if (plan.goals.length < 4 && rng.chance(0.3)) {
    const taken = new Set([...sources.values()].map((s) => s.domain))
    const domain = themes.find((d) => !taken.has(d))
    const source = domain ? goalSource(rng, env.c.members, domain, dayKeyOf(at)) : null
    if (source) addGoal(env, plan, sources, source)
  }
  if (rng.chance(0.4)) {
    const note = rng.pick(plan.goals.length > goalsBefore ? revisionNotes.added : revisionNotes.same)
    plan.decision = {
      ...plan.decision,
      // The latest look back replaces the one before, so the record stays short.
      decided: `${plan.decision.decided.replace(/ Op \d+ \S+ \d{4} samen teruggekeken: .*$/, '')} Op ${formatDate(
        date,
        'nl',
      )} samen teruggekeken: ${note}`,
    }
  }
  if (rng.chance(0.5)) {
    const said = positions(env, agreed, version)
    plan.positions = [...plan.positions.filter((p) => !said.some((s) => s.personId === p.personId)), ...said]
  }
}

/**
 * Where the adults stand. An agreed plan has the main adult agreeing (others as they say); a plan that is not
 * agreed has no one agreeing yet: some partly, a few not, or not yet asked.
 */
function positions(env: PlanEnv, agreed: boolean, version: number): StoredPlan['positions'] {
  const { rng, c, at } = env
  const key = dayKeyOf(at)
  const main = mainAdult(c.members, key)
  const grownUps = c.members.filter((m) => m.birthKey <= key && ageAt(m.birthKey, key) >= 18)
  const people = grownUps.length > 0 ? grownUps : [main]
  if (!agreed && rng.chance(0.3)) return []
  return people.map((m) => {
    const position: Position =
      agreed && m === main
        ? 'agrees'
        : agreed
          ? rng.weighted({ agrees: 14, partly: 4, disagrees: 1 })
          : rng.weighted({ partly: 3, disagrees: 1 })
    const words = position === 'agrees' && rng.chance(0.4) ? '' : rng.pick(positionWords[position])
    return { personId: m.personId, position, words, at: iso(at), onVersion: version }
  })
}

function addGoal(env: PlanEnv, plan: StoredPlan, sources: Map<string, GoalSource>, source: GoalSource) {
  const subject = source.owner ?? mainAdult(env.c.members, dayKeyOf(env.at))
  const actions = actionsFor(env, source, env.rng.int(1, 3), usedTexts(plan)).map((a) => newAction(plan, a))
  const goal: StoredGoal = {
    key: `g${plan.nextKey++}`,
    text: fill(source.phrase.text, subject),
    ownerPersonId: source.owner?.personId ?? null,
    domainIds: [env.domainIds[source.domain]],
    safety: source.domain === 'safety',
    private: false,
    hiddenFrom: [],
    actions,
    views: [],
  }
  plan.goals.push(goal)
  sources.set(goal.key, source)
}

function newAction(plan: StoredPlan, draft: Omit<StoredAction, 'key'>): StoredAction {
  return { key: `a${plan.nextKey++}`, ...draft }
}

/** Whose goal it is for this theme: the household together, the main adult, or the member it is about. */
function goalSource(rng: Rng, members: NoteMember[], domain: DomainKey, key: number): GoalSource | null {
  const present = members.filter((m) => m.birthKey <= key)
  const together = present.length > 1
  const main = mainAdult(members, key)
  const options: { source: Omit<GoalSource, 'phrase'>; weight: number }[] = []
  const phrasesFor = (kind: OwnerKind) =>
    (planPhrases[domain].goals[kind] ?? []).filter((g) => together || !g.together)
  if (together && phrasesFor('household').length > 0)
    options.push({ source: { domain, owner: null, kind: 'household' }, weight: 2 })
  for (const m of present) {
    let kind = kindAt(m, key)
    if (kind === 'older' && phrasesFor(kind).length === 0) kind = 'adult'
    if (phrasesFor(kind).length === 0) continue
    options.push({ source: { domain, owner: m, kind }, weight: m === main ? 3 : 1 })
  }
  if (options.length === 0) return null
  let roll = rng.next() * options.reduce((sum, o) => sum + o.weight, 0)
  const chosen = options.find((o) => (roll -= o.weight) < 0) ?? options[options.length - 1]!
  return { ...chosen.source, phrase: rng.pick(phrasesFor(chosen.source.kind)) }
}

/** Up to `count` steps for a goal, each with someone who can take it then; no step twice in one plan. */
function actionsFor(
  env: PlanEnv,
  source: GoalSource,
  count: number,
  used: Set<string>,
): Omit<StoredAction, 'key'>[] {
  const { rng, c, at } = env
  const key = dayKeyOf(at)
  const date = isoDate(at)
  const main = mainAdult(c.members, key)
  const subject = source.owner ?? main
  const together = c.members.filter((m) => m.birthKey <= key).length > 1
  const fits = (a: ActionPhrase) => (!a.for || a.for.includes(source.kind)) && (together || !a.together)
  const phrases = [
    ...shuffle(rng, (source.phrase.actions ?? []).filter(fits)),
    ...shuffle(rng, planPhrases[source.domain].actions.filter(fits)),
  ]
  const drafts: Omit<StoredAction, 'key'>[] = []
  for (const phrase of phrases) {
    if (drafts.length >= count) break
    const text = fill(phrase.text, subject)
    if (used.has(text)) continue
    const owner = ownerFor(env, phrase, source, main)
    if (!owner) continue
    used.add(text)
    drafts.push({
      text,
      owner,
      dueOn: rng.chance(0.6) ? addDays(date, rng.int(7, 42)) : null,
      status: rng.chance(0.3) ? 'started' : 'planned',
    })
  }
  return drafts
}

function ownerFor(env: PlanEnv, phrase: ActionPhrase, source: GoalSource, main: NoteMember): Owner | null {
  const { rng, c, at } = env
  const member = (m: NoteMember): Owner => ({ kind: 'member', refId: m.personId })
  const organisation = (k: OrganisationKey): Owner => ({
    kind: 'organisation',
    refId: env.organisationIds[k],
  })
  switch (phrase.who) {
    case 'owner':
      return member(source.owner && source.kind !== 'child' ? source.owner : main)
    case 'parent':
      return member(main)
    case 'network': {
      const date = isoDate(at)
      const around = env.network.filter((n) => n.createdAt <= at && (n.endedOn === null || n.endedOn > date))
      return around.length > 0 ? { kind: 'network', refId: rng.pick(around).id } : null
    }
    case 'worker':
      return { kind: 'worker', refId: env.writer }
    case 'gp':
      return organisation(c.householdId % 2 === 0 ? 'gpMolenkamp' : 'gpLindenhoeve')
    case 'school':
      if (!source.owner) return null
      return organisation(
        ageAt(source.owner.birthKey, dayKeyOf(at)) < 12 ? 'primarySchool' : 'secondarySchool',
      )
    default:
      return organisation(phrase.who)
  }
}

function directionSentence(env: PlanEnv, plan: StoredPlan, main: NoteMember): string {
  const d = plan.direction!
  return d.holder === 'household'
    ? `${main.given} houdt zelf het overzicht.`
    : d.holder === 'worker'
      ? `${workerFirstName(env)} houdt voorlopig het overzicht.`
      : `${d.otherParty} houdt het overzicht.`
}

function workerFirstName(env: PlanEnv): string {
  return (env.userNames.get(env.writer) ?? 'De wijkcoach').split(' ')[0]!
}

/**
 * The plan as the comparison reads it. Names only matter to the change counts when they differ, so ids stand in
 * for them: one household never has two parties of a kind with the same id.
 */
function comparable(plan: StoredPlan): Parameters<typeof diffPlans>[0] {
  return {
    goals: plan.goals.map((g) => ({
      ...g,
      owner: g.ownerPersonId === null ? null : { name: `member ${g.ownerPersonId}` },
      actions: g.actions.map((a) => ({ ...a, owner: { name: `${a.owner.kind} ${a.owner.refId}` } })),
      views: g.views.map((v) => ({ ...v, name: `member ${v.personId}` })),
    })),
    direction: plan.direction,
    decision: plan.decision,
    evaluationOn: plan.evaluationOn,
    positions: plan.positions.map((p) => ({ ...p, name: `member ${p.personId}` })),
    domainsWithoutGoal: plan.domainsWithoutGoal,
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Words.

const phaseReasons = {
  start: [
    'Kennismaking gehad. We beginnen met actieve ondersteuning en brengen eerst samen in kaart wat er speelt.',
    'Start van de ondersteuning: eerst de brede uitvraag, daarna samen een plan.',
    '{naam} wil graag hulp bij het overzicht. We zien elkaar de komende weken elke week.',
  ],
  handover: [
    'Overgenomen van een collega. De ondersteuning loopt door zoals afgesproken.',
    'Nieuwe contactpersoon na een overdracht; kennismaking met {naam} gehad.',
  ],
  pulse: [
    'De afspraken uit het plan lopen en {naam} wil het zelf doen. Afgeschaald naar een vinger aan de pols.',
    'Het gaat de goede kant op. {naam} wil minder contact; we bellen op vaste momenten even.',
    'De hulp van de partners loopt. Afgeschaald, met een korte check-in op vaste momenten.',
  ],
  background: [
    'Het plan is grotendeels uitgevoerd. Wij blijven op de achtergrond betrokken, voor als het weer tegenzit.',
    'De zorg ligt nu bij de partners; het wijkteam blijft op de achtergrond het vaste aanspreekpunt.',
  ],
  backUp: [
    'Het ging minder goed; {naam} vroeg zelf om weer vaker contact. Terug naar actieve ondersteuning.',
    'Er is iets nieuws bijgekomen. We pakken de actieve ondersteuning weer op.',
  ],
}

const ownContactMoments = [
  '{naam} belt zelf als de post weer blijft liggen.',
  '{naam} belt of appt zelf als er iets verandert.',
  'Als er een brief komt die {naam} niet snapt, belt {hij} meteen. Niet pas als het te laat is.',
  '{naam} neemt zelf contact op na de vakantie, of eerder als het nodig is.',
]

const checkInHow = { phone: 4, visit: 3, message: 2, household: 1 } as const

const checkInNotes: Record<keyof typeof checkInHow, string[]> = {
  phone: [
    'Kort gebeld. Het gaat goed; de afspraken lopen. Geen vragen.',
    'Gebeld met {naam}. Het is wat drukker, maar {hij} redt het. Over een paar weken weer.',
  ],
  visit: [
    'Even langs geweest. {naam} had de post klaarliggen om te laten zien; alles is bij.',
    'Huisbezoek. De afspraken lopen zoals gepland. Geen nieuwe vragen.',
  ],
  message: [
    'Appje gestuurd en antwoord gekregen: alles loopt zoals afgesproken.',
    'Bericht gestuurd. {naam} laat weten dat het goed gaat.',
  ],
  household: [
    '{naam} belde zelf met een vraag over een brief. Samen doorgenomen; {hij} had het goed gedaan.',
    '{naam} belde zelf om te laten weten dat het goed gaat.',
  ],
}

/** People from the network: who, in which generation, and what they do. */
type Helper = { relation: string; sex: Sex; generation: 'same' | 'older' | 'younger'; help: string[] }
const networkHelpers: Record<'older' | 'younger', Helper[]> = {
  older: [
    {
      relation: 'dochter',
      sex: 'f',
      generation: 'younger',
      help: [
        'Doet de grote boodschappen en gaat mee naar de huisarts.',
        'Komt op zondag en helpt met de administratie.',
      ],
    },
    {
      relation: 'zoon',
      sex: 'm',
      generation: 'younger',
      help: ['Belt elke avond even en regelt de bankzaken.', 'Komt in het weekend en doet klusjes in huis.'],
    },
    {
      relation: 'buurvrouw',
      sex: 'f',
      generation: 'same',
      help: ['Kijkt ’s ochtends even of alles goed is.', 'Gaat mee naar de koffieochtend in het buurthuis.'],
    },
    {
      relation: 'buurman',
      sex: 'm',
      generation: 'same',
      help: ['Maait het gras en zet de container aan de straat.'],
    },
  ],
  younger: [
    {
      relation: 'moeder',
      sex: 'f',
      generation: 'older',
      help: ['Past twee middagen per week op de kinderen.', 'Kookt op woensdag mee en haalt de kinderen op.'],
    },
    {
      relation: 'zus',
      sex: 'f',
      generation: 'same',
      help: ['Gaat mee naar lastige afspraken.', 'Helpt met de post en de formulieren.'],
    },
    {
      relation: 'broer',
      sex: 'm',
      generation: 'same',
      help: ['Helpt met verhuizen en klussen in huis.', 'Belt elke week even.'],
    },
    {
      relation: 'vriendin',
      sex: 'f',
      generation: 'same',
      help: ['Is er als het even niet gaat; gaat mee wandelen.', 'Haalt de kinderen op als het uitloopt.'],
    },
    {
      relation: 'buurvrouw',
      sex: 'f',
      generation: 'same',
      help: ['Vangt de kinderen na school op als dat nodig is.'],
    },
    {
      relation: 'oom',
      sex: 'm',
      generation: 'older',
      help: ['Helpt met de administratie en het bellen met instanties.'],
    },
  ],
}

/** What a consent is for, by the partner it lets the team share with. */
const consentPurposes: Partial<Record<OrganisationKey, { text: string; categories: string[] }>> = {
  gpMolenkamp: {
    text: 'Afstemmen met de huisarts over de gezondheid en de hulp thuis',
    categories: ['personalia', 'health', 'situation'],
  },
  gpLindenhoeve: {
    text: 'Afstemmen met de huisarts over de gezondheid en de hulp thuis',
    categories: ['personalia', 'health', 'situation'],
  },
  debtHelp: {
    text: 'Aanmelden bij de schuldhulp en de afspraken afstemmen',
    categories: ['personalia', 'finances', 'situation'],
  },
  mentalHealth: {
    text: 'Aanmelden voor behandeling en afstemmen over het plan',
    categories: ['personalia', 'health', 'situation', 'plan'],
  },
  youthCare: {
    text: 'Gezinsbegeleiding aanvragen en het plan afstemmen',
    categories: ['personalia', 'situation', 'plan'],
  },
  housing: {
    text: 'Een regeling voor de huurachterstand afspreken',
    categories: ['personalia', 'finances', 'situation'],
  },
  foodBank: {
    text: 'Aanmelden bij de voedselbank',
    categories: ['personalia', 'finances'],
  },
  clientSupport: {
    text: 'Cliëntondersteuning bij de aanvraag bij de gemeente',
    categories: ['personalia', 'situation'],
  },
}

/** The partner a case without plan partners most likely shares with, by what it is about. */
const themeOrganisation: Partial<Record<DomainKey, OrganisationKey>> = {
  income: 'debtHelp',
  housing: 'housing',
  mental: 'mentalHealth',
  physical: 'gpMolenkamp',
  parenting: 'youthCare',
  substances: 'mentalHealth',
}

// ---------------------------------------------------------------------------------------------------------------
// Small helpers.

function idsByName<K extends string>(
  raw: Raw,
  query: string,
  names: Readonly<Record<K, string>>,
  what: string,
): Record<K, number> {
  const rows = raw.prepare(query).all() as { id: number; name: string }[]
  const ids = {} as Record<K, number>
  for (const key of Object.keys(names) as K[]) {
    const row = rows.find((r) => r.name === names[key])
    if (!row) throw new Error(`seedLarge: ${what} "${names[key]}" is missing`)
    ids[key] = row.id
  }
  return ids
}

function organisationKeyOf(ids: Record<OrganisationKey, number>, id: number): OrganisationKey | undefined {
  return (Object.keys(ids) as OrganisationKey[]).find((k) => ids[k] === id)
}

/** The adult a plan speaks to first: the oldest adult under 67 when there are more, else the oldest member. */
function mainAdult(members: NoteMember[], key: number): NoteMember {
  const present = members.filter((m) => m.birthKey <= key)
  const grownUps = present.filter((m) => ageAt(m.birthKey, key) >= 18)
  const byAge = [...(grownUps.length > 0 ? grownUps : present)].sort((a, b) => a.birthKey - b.birthKey)
  const parentAge = byAge.filter((m) => ageAt(m.birthKey, key) < 67)
  return (grownUps.length > 1 && parentAge.length > 0 ? parentAge[0] : byAge[0]) ?? members[0]!
}

function kindAt(m: NoteMember, key: number): OwnerKind {
  const age = ageAt(m.birthKey, key)
  return age < 12 ? 'child' : age < 18 ? 'teen' : age >= 67 ? 'older' : 'adult'
}

function dayKeyOf(ms: number): number {
  const d = new Date(ms)
  return d.getUTCFullYear() * 10_000 + (d.getUTCMonth() + 1) * 100 + d.getUTCDate()
}
