import type { Db } from '../db/client.ts'
import {
  analyses,
  analysisCells,
  caseAssignments,
  goalProgress,
  households,
  lifeDomains,
  minorPlanViews,
  networkMembers,
  organisations,
  persons,
  planVersions,
  users,
} from '../db/schema/index.ts'
import { ageOn } from '#shared/domain/age'
import { formatDate } from '#shared/domain/dates'
import { diffPlans, summarise } from '#shared/domain/plan-diff'
import { visibleGoals } from '#shared/domain/plan-visibility'
import { demoOrganisations, type OrganisationKey } from './catalogues.ts'
import { domainNames, type DomainKey } from './conversation-phrases.ts'
import { addDays, instantBefore } from './dates.ts'
import type { DemoHousehold } from './demo-conversations.ts'
import type { Sex } from './names.ts'
import {
  planPhrases,
  positionWords,
  progressWords,
  revisionNotes,
  viewWords,
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
import { createRng, shuffle, type Rng } from './random.ts'
import { iso, isoDate, officeMoment } from './dates.ts'
import type { StoredAction, StoredGoal, StoredPlan } from '../modules/plans/stored-plan.ts'

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0]

// The plan exactly as the plans service stores it, so a seeded version reads, compares and saves on like one
// written through the API.
type Owner = StoredAction['owner']
type Status = StoredAction['status']
type Position = StoredPlan['positions'][number]['position']

type ActionDraft = { text: string; owner: Owner; dueOn: string | null; status: Status }
type GoalDraft = {
  text: string
  ownerPersonId: number | null
  domains: DomainKey[]
  safety?: boolean
  private?: boolean
  actions: ActionDraft[]
}

type Member = { id: number; given: string; sex: Sex; birthdate: string; joinedOn: string | null }
type Scene = {
  household: DemoHousehold
  /** Current members (nobody who left). */
  members: Member[]
  workerId: number
  workerName: string
  /** A colleague who is also on the case, if any. */
  secondWorkerId: number | null
  /** When the worker picked the case up. */
  since: number
  analyses: { at: number; cells: { personId: number; domain: DomainKey; score: number }[] }[]
  network: { id: number; name: string; createdAt: number; endedOn: string | null }[]
  login: { userId: number; personId: number; createdAt: number } | null
  safetyConcern: boolean
}
type Names = {
  person: Map<number, string>
  network: Map<number, string>
  user: Map<number, string>
  organisation: Map<number, string>
}

const minute = 60_000
const day = 24 * 60 * minute

/**
 * The plans of the demo (route steps 6–8): about a third of the households with a worker and a broad view get one,
 * always Familie Jansen (the demo log-in, see `writeJansenPlan`) and the other households with a log-in, and two
 * with a safety concern. Each plan has one to four versions over the past weeks, written by the worker on the case
 * or, for a later one, by the member with a log-in (their own view on a goal), with the change counts the service
 * would have stored, and some progress on the goals. Familie Bremer keeps no plan: a browser test starts hers from
 * empty. Everything comes from its own random source and happens before today; nothing written earlier changes.
 */
export function writeDemoPlans(
  tx: Tx,
  ctx: { today: string; seed: number; households: DemoHousehold[] },
): void {
  const { today } = ctx
  const rng = createRng(ctx.seed)
  // Nothing after 20:30 UTC yesterday: always before the Dutch "today" starts.
  const latest = Date.parse(instantBefore(today, 1, 20 * 60 + 30))

  const domainIdByKey = new Map<DomainKey, number>()
  const domainKeyById = new Map<number, DomainKey>()
  const domainRows = tx.select({ id: lifeDomains.id, name: lifeDomains.nameNl }).from(lifeDomains).all()
  for (const key of Object.keys(domainNames) as DomainKey[]) {
    const row = domainRows.find((r) => r.name === domainNames[key])
    if (!row) throw new Error(`demo plans: life domain "${domainNames[key]}" is missing`)
    domainIdByKey.set(key, row.id)
    domainKeyById.set(row.id, key)
  }
  const organisationRows = tx
    .select({ id: organisations.id, name: organisations.name })
    .from(organisations)
    .all()
  const organisationIds = {} as Record<OrganisationKey, number>
  for (const key of Object.keys(demoOrganisations) as OrganisationKey[]) {
    const row = organisationRows.find((o) => o.name === demoOrganisations[key])
    if (!row) throw new Error(`demo plans: no organisation ${demoOrganisations[key]}`)
    organisationIds[key] = row.id
  }
  const userRows = tx
    .select({
      id: users.id,
      name: users.name,
      role: users.role,
      personId: users.personId,
      createdAt: users.createdAt,
    })
    .from(users)
    .all()
  const personRows = tx.select().from(persons).all()
  const networkRows = tx.select().from(networkMembers).all()
  const names: Names = {
    person: new Map(personRows.map((p) => [p.id, `${p.givenName} ${p.familyName}`])),
    network: new Map(networkRows.map((n) => [n.id, n.name])),
    user: new Map(userRows.map((u) => [u.id, u.name])),
    organisation: new Map(organisationRows.map((o) => [o.id, o.name])),
  }
  const flagged = new Set(
    tx
      .select({ id: households.id, flaggedAt: households.safetyFlaggedAt })
      .from(households)
      .all()
      .filter((h) => h.flaggedAt !== null)
      .map((h) => h.id),
  )
  const analysisRows = tx
    .select({ id: analyses.id, householdId: analyses.householdId, createdAt: analyses.createdAt })
    .from(analyses)
    .all()
  const cellRows = tx
    .select({
      analysisId: analysisCells.analysisId,
      personId: analysisCells.personId,
      domainId: analysisCells.domainId,
      score: analysisCells.score,
    })
    .from(analysisCells)
    .all()
  const assignmentRows = tx.select().from(caseAssignments).all()

  const sceneOf = (h: DemoHousehold): Scene | null => {
    // The case as it is now: picked-up assignments that have not ended, the longest-running first.
    const current = assignmentRows
      .filter((a) => a.householdId === h.id && a.endedAt === null && a.acknowledgedAt !== null)
      .sort((a, b) => Date.parse(a.acknowledgedAt!) - Date.parse(b.acknowledgedAt!) || a.id - b.id)
    const [primary, second] = current
    const householdAnalyses = analysisRows
      .filter((a) => a.householdId === h.id)
      .map((a) => ({
        at: Date.parse(a.createdAt),
        cells: cellRows.flatMap((c) =>
          c.analysisId === a.id && c.score !== null
            ? [{ personId: c.personId, domain: domainKeyById.get(c.domainId)!, score: c.score }]
            : [],
        ),
      }))
      .sort((a, b) => a.at - b.at)
    if (!primary || householdAnalyses.length === 0) return null
    const members = h.members
      .filter((m) => m.current && personRows.find((p) => p.id === m.id)?.leftOn === null)
      .map((m) => ({
        id: m.id,
        given: m.draft.givenName,
        sex: m.draft.sex,
        birthdate: m.draft.birthdate,
        joinedOn: personRows.find((p) => p.id === m.id)?.joinedOn ?? null,
      }))
    const login = userRows.find(
      (u) => u.role === 'household' && u.personId !== null && members.some((m) => m.id === u.personId),
    )
    const latestCells = householdAnalyses[householdAnalyses.length - 1]!.cells
    return {
      household: h,
      members,
      workerId: primary.workerId,
      workerName: names.user.get(primary.workerId) ?? '?',
      secondWorkerId: second?.workerId ?? null,
      since: Date.parse(primary.acknowledgedAt!),
      analyses: householdAnalyses,
      network: networkRows
        .filter((n) => n.householdId === h.id)
        .map((n) => ({ id: n.id, name: n.name, createdAt: Date.parse(n.createdAt), endedOn: n.endedOn })),
      login: login
        ? { userId: login.id, personId: login.personId!, createdAt: Date.parse(login.createdAt) }
        : null,
      safetyConcern: flagged.has(h.id) || latestCells.some((c) => c.domain === 'safety' && c.score <= 2),
    }
  }

  // Who may get a plan: a worker on the case, a broad view, and room for a plan after both.
  const eligible = ctx.households
    .filter((h) => h.name !== 'Familie Bremer')
    .map(sceneOf)
    .filter((s): s is Scene => s !== null && earliestPlan(s) <= latest - 2 * day)
  const jansen = eligible.find((s) => s.household.name === 'Familie Jansen')
  if (!jansen) throw new Error('demo plans: Familie Jansen needs a worker and a broad view')
  const withLogin = eligible.filter((s) => s !== jansen && s.login !== null)
  const rest = eligible.filter((s) => s !== jansen && s.login === null)
  // Familie Kuipers's safety story (demo-safety.ts) needs a plan with a safety goal on any day the demo is seeded.
  const kuipers = rest.find((s) => s.household.name === 'Familie Kuipers')
  if (kuipers) kuipers.safetyConcern = true
  const shuffled = shuffle(
    rng,
    rest.filter((s) => s.safetyConcern),
  ).slice(0, 2)
  const concerned = kuipers && !shuffled.includes(kuipers) ? [kuipers, ...shuffled.slice(0, 1)] : shuffled
  const others = shuffle(
    rng,
    rest.filter((s) => !concerned.includes(s)),
  )
  const fixed = [jansen, ...withLogin, ...concerned]
  const chosen = [...fixed, ...others]
    .slice(0, Math.max(fixed.length, Math.round(eligible.length / 3)))
    .sort((a, b) => a.household.id - b.household.id)

  const env: Env = { tx, rng, today, latest, names, domainIdByKey, organisationIds }
  for (const scene of chosen) {
    if (scene === jansen) writeJansenPlan(env, scene)
    else writeGeneratedPlan(env, scene)
  }
}

type Env = {
  tx: Tx
  rng: Rng
  today: string
  latest: number
  names: Names
  domainIdByKey: Map<DomainKey, number>
  organisationIds: Record<OrganisationKey, number>
}

/** The first moment a plan can start: after the first broad view and after the worker picked the case up. */
function earliestPlan(scene: Scene): number {
  return Math.max(scene.analyses[0]!.at + 2 * day, scene.since + day)
}

/**
 * Versions of one household's plan, each stored whole with its change counts against the one before, as the
 * service's writeVersion does (the first one against an empty plan).
 */
function planBook(env: Env, householdId: number) {
  let plan: StoredPlan = {
    nextKey: 1,
    goals: [],
    direction: null,
    domainsWithoutGoal: [],
    decision: { discussed: '', options: '', decided: '' },
    evaluationOn: null,
    positions: [],
  }
  let version = 0
  let lastAt = 0
  const addedAt = new Map<string, number>()
  return {
    get plan(): StoredPlan {
      return plan
    },
    get version() {
      return version
    },
    get lastAt() {
      return lastAt
    },
    /** When each goal came into the plan, by key. */
    addedAt,
    /** Writes the next version: `change` edits a copy of the current plan. */
    save(by: number, at: number, change: (next: StoredPlan, stamp: { at: string; version: number }) => void) {
      if (at <= lastAt || at > env.latest) throw new Error(`demo plans: version ${version + 1} out of order`)
      const next = structuredClone(plan)
      change(next, { at: iso(at), version: version + 1 })
      const summary = summarise(diffPlans(present(plan, env.names), present(next, env.names)))
      if (summary.length === 0) throw new Error(`demo plans: version ${version + 1} changes nothing`)
      version += 1
      env.tx
        .insert(planVersions)
        .values({
          householdId,
          version,
          createdBy: by,
          createdAt: iso(at),
          summary: JSON.stringify(summary),
          content: JSON.stringify(next),
        })
        .run()
      for (const g of next.goals) if (!addedAt.has(g.key)) addedAt.set(g.key, at)
      plan = next
      lastAt = at
    },
  }
}

/** The plan with names, as the service's `present` shows it: what the comparison reads. */
function present(plan: StoredPlan, names: Names): Parameters<typeof diffPlans>[0] {
  const person = (id: number) => names.person.get(id) ?? '?'
  const owner = (o: Owner) =>
    (o.kind === 'member'
      ? names.person
      : o.kind === 'network'
        ? names.network
        : o.kind === 'worker'
          ? names.user
          : names.organisation
    ).get(o.refId) ?? '?'
  return {
    goals: plan.goals.map((g) => ({
      key: g.key,
      text: g.text,
      owner: g.ownerPersonId === null ? null : { name: person(g.ownerPersonId) },
      domainIds: g.domainIds,
      safety: g.safety,
      private: g.private,
      hiddenFrom: g.hiddenFrom,
      actions: g.actions.map((a) => ({ ...a, owner: { name: owner(a.owner) } })),
      views: g.views.map((v) => ({ ...v, name: person(v.personId) })),
    })),
    direction: plan.direction,
    decision: plan.decision,
    evaluationOn: plan.evaluationOn,
    positions: plan.positions.map((p) => ({ ...p, name: person(p.personId) })),
    domainsWithoutGoal: plan.domainsWithoutGoal,
  }
}

/** A new action gets the next key. */
function newAction(plan: StoredPlan, draft: ActionDraft): StoredAction {
  return {
    key: `a${plan.nextKey++}`,
    text: draft.text,
    owner: draft.owner,
    dueOn: draft.dueOn,
    status: draft.status,
  }
}

/** A new goal: like the service, its new actions are numbered first, then the goal itself. */
function newGoal(env: Env, plan: StoredPlan, draft: GoalDraft): StoredGoal {
  const actions = draft.actions.map((a) => newAction(plan, a))
  return {
    key: `g${plan.nextKey++}`,
    text: draft.text,
    ownerPersonId: draft.ownerPersonId,
    domainIds: [...new Set(draft.domains.map((d) => env.domainIdByKey.get(d)!))],
    safety: draft.safety ?? false,
    private: draft.private ?? false,
    hiddenFrom: [],
    actions,
    views: [],
  }
}

function progress(
  env: Env,
  row: { householdId: number; goalKey: string; by: 'worker' | 'household'; authorId: number; scale: number },
  at: number,
  words: string,
) {
  if (at > env.latest) throw new Error('demo plans: progress after yesterday')
  env.tx
    .insert(goalProgress)
    .values({ ...row, words, recordedAt: iso(at) })
    .run()
}

// ---------------------------------------------------------------------------------------------------------------
// Familie Jansen, the household of the demo log-in kim.jansen@voorbeeld.nl.

/**
 * Familie Jansen's plan follows their story (demo-conversation-stories.ts) and broad view (demo-analyses.ts): made
 * with Sanne after the first broad view, on the three scores of 2 (Kim's money, Lieke's school, Daan's wish to play
 * football). Kim's log-in came later: she wrote that she only partly agrees with Lieke's goal, because she cannot
 * change her Sunday shifts. At the evaluation last week Sanne revised the plan: the debt arrangement is in place,
 * Kim keeps track herself now, oma Truus comes on Sundays, and Sem (17) added a goal that only he sees. Lieke (15)
 * sees the whole plan, which Kim agreed to.
 */
function writeJansenPlan(env: Env, scene: Scene): void {
  const { today } = env
  const h = scene.household
  const book = planBook(env, h.id)
  const member = (given: string) => {
    const m = scene.members.find((x) => x.given === given)
    if (!m) throw new Error(`demo plans: no ${given} in Familie Jansen`)
    return m.id
  }
  const network = (given: string) => {
    const n = scene.network.find((x) => x.name.startsWith(`${given} `))
    if (!n) throw new Error(`demo plans: no ${given} around Familie Jansen`)
    return n.id
  }
  if (scene.workerName !== 'Sanne de Boer')
    throw new Error('demo plans: Familie Jansen is Sanne de Boer’s case')
  if (!scene.login) throw new Error('demo plans: Kim Jansen needs her log-in')
  const [kim, sem, lieke, daan] = ['Kim', 'Sem', 'Lieke', 'Daan'].map(member) as [
    number,
    number,
    number,
    number,
  ]
  const sanne = scene.workerId
  const kimUser = scene.login.userId
  const at = (daysAgo: number, hhmm: string) => {
    const [hours, minutes] = hhmm.split(':').map(Number)
    return Date.parse(instantBefore(today, daysAgo, hours! * 60 + minutes!))
  }
  const on = (daysAgo: number) => addDays(today, -daysAgo)
  const asMember = (id: number): Owner => ({ kind: 'member', refId: id })
  const worker: Owner = { kind: 'worker', refId: sanne }
  const org = (key: OrganisationKey): Owner => ({ kind: 'organisation', refId: env.organisationIds[key] })
  const truus: Owner = { kind: 'network', refId: network('Truus') }
  const petra: Owner = { kind: 'network', refId: network('Petra') }

  // 1. After the first broad view and the talk with oma Truus: the three scores of 2 each get a goal.
  const firstAt = at(118, '09:40')
  if (firstAt < scene.since) throw new Error('demo plans: Sanne was not yet on Familie Jansen')
  book.save(sanne, firstAt, (plan, stamp) => {
    plan.goals.push(
      newGoal(env, plan, {
        text: 'Ik wil weer rust in mijn hoofd over de rekeningen, en de post gewoon open durven maken.',
        ownerPersonId: kim,
        domains: ['income', 'mental'],
        actions: [
          {
            text: 'Elke dinsdag samen met Sanne de post openen en in de map doen',
            owner: asMember(kim),
            dueOn: null,
            status: 'started',
          },
          {
            text: 'Alle schuldeisers aanschrijven en een schuldregeling voorbereiden',
            owner: org('debtHelp'),
            dueOn: on(60),
            status: 'started',
          },
          {
            text: 'Een aparte rekening openen voor de vaste lasten',
            owner: asMember(kim),
            dueOn: on(97),
            status: 'planned',
          },
        ],
      }),
      newGoal(env, plan, {
        text: 'Ik wil weer gewoon naar school, ook op maandag, en niet elk weekend op Daan hoeven passen.',
        ownerPersonId: lieke,
        domains: ['work', 'mental'],
        actions: [
          {
            text: 'Als het niet gaat, meld ik me bij mevrouw Koster in plaats van thuis te blijven',
            owner: asMember(lieke),
            dueOn: null,
            status: 'started',
          },
          {
            text: 'Elke week kort met Lieke praten over hoe het gaat',
            owner: org('secondarySchool'),
            dueOn: null,
            status: 'started',
          },
          {
            text: 'Kijken of mijn rooster op zondag anders kan',
            owner: asMember(kim),
            dueOn: on(104),
            status: 'planned',
          },
          {
            text: 'Op woensdag haal ik Daan uit school en kook ik mee',
            owner: truus,
            dueOn: null,
            status: 'started',
          },
          {
            text: 'Op dinsdag en donderdag na school op Daan passen',
            owner: petra,
            dueOn: null,
            status: 'started',
          },
        ],
      }),
      newGoal(env, plan, {
        text: 'Daan wil op voetbal bij de club in de Molenkamp.',
        ownerPersonId: daan,
        domains: ['participation'],
        actions: [
          {
            text: 'Uitzoeken wat de club kost en of er hulp is voor de contributie',
            owner: worker,
            dueOn: on(97),
            status: 'planned',
          },
        ],
      }),
    )
    plan.direction = {
      holder: 'worker',
      otherParty: null,
      reason:
        'Kim heeft haar handen vol aan haar werk en de kinderen. Sanne houdt voorlopig het overzicht over de ' +
        'afspraken met school en de schuldhulp, tot er rust is over het geld.',
    }
    plan.decision = {
      discussed:
        'Het geld en de post die bleef liggen, en dat Lieke op maandag te moe is voor school omdat ze in het ' +
        'weekend op Daan past. Kim: “Ik wil niet dat Lieke mijn taken overneemt.”',
      options:
        'Budgetbeheer, of dat Kim zelf haar geld blijft doen met hulp van de schuldhulp. Voor Daan na school: ' +
        'oma Truus, buurvrouw Petra of de naschoolse opvang.',
      decided:
        'Kim houdt zelf haar rekening bij, met een aparte rekening voor de vaste lasten. Oma Truus en Petra ' +
        'vangen Daan op, zodat Lieke niet meer hoeft op te passen.',
    }
    plan.evaluationOn = on(76)
    plan.positions = [
      {
        personId: kim,
        position: 'agrees',
        words: 'Ik vind het spannend, maar ik wil het oplossen. Zo doen we het.',
        at: stamp.at,
        onVersion: stamp.version,
      },
    ]
  })
  const [money, school, football] = book.plan.goals.map((g) => g.key) as [string, string, string]

  // 2. Kim, with her own log-in: she only partly agrees with Lieke's goal.
  const viewAt = at(20, '19:10')
  if (viewAt <= scene.login.createdAt) throw new Error('demo plans: Kim’s log-in is too recent for her view')
  book.save(kimUser, viewAt, (plan, stamp) => {
    plan.goals
      .find((g) => g.key === school)!
      .views.push({
        personId: kim,
        position: 'partly',
        words:
          'Ik ben blij dat Lieke niet meer hoeft op te passen. Maar mijn rooster op zondag kan ik echt niet ' +
          'veranderen, dat heb ik al gevraagd. Daar moeten we iets anders voor vinden.',
        at: stamp.at,
      })
  })

  // 3. The evaluation last week (see the broad view of that day).
  const evaluationAt = at(8, '12:40')
  book.save(sanne, evaluationAt, (plan, stamp) => {
    const goal = (key: string) => plan.goals.find((g) => g.key === key)!
    const setStatus = (goalKey: string, text: string, status: Status) => {
      const action = goal(goalKey).actions.find((a) => a.text.startsWith(text))
      if (!action) throw new Error(`demo plans: no action "${text}"`)
      action.status = status
    }
    setStatus(money, 'Elke dinsdag', 'done')
    setStatus(money, 'Alle schuldeisers', 'done')
    setStatus(money, 'Een aparte rekening', 'done')
    goal(money).actions.push(
      newAction(plan, {
        text: 'Samen met Sanne de toeslagen voor volgend jaar nakijken',
        owner: asMember(kim),
        dueOn: addDays(today, 4),
        status: 'planned',
      }),
      newAction(plan, {
        text: 'Drie jaar lang elke maand het vaste bedrag van de schuldregeling betalen',
        owner: asMember(kim),
        dueOn: null,
        status: 'started',
      }),
    )
    setStatus(school, 'Kijken of mijn rooster', 'stopped')
    // Petra moved away; the after-school care on Tuesdays and oma on Sundays take her place.
    goal(school).actions = goal(school).actions.filter(
      (a) => a.owner.kind !== 'network' || a.owner.refId !== petra.refId,
    )
    goal(school).actions.push(
      newAction(plan, {
        text: 'Daan gaat op dinsdag naar de naschoolse opvang',
        owner: asMember(kim),
        dueOn: on(47),
        status: 'done',
      }),
      newAction(plan, {
        text: 'Op zondag komen als Kim late dienst heeft',
        owner: truus,
        dueOn: null,
        status: 'planned',
      }),
      newAction(plan, {
        text: 'Een bijbaantje zoeken, voor mezelf',
        owner: asMember(lieke),
        dueOn: addDays(today, 38),
        status: 'planned',
      }),
    )
    setStatus(football, 'Uitzoeken wat de club kost', 'done')
    goal(football).actions.push(
      newAction(plan, {
        text: 'Een aanvraag doen bij het Jeugdfonds Sport',
        owner: asMember(kim),
        dueOn: on(40),
        status: 'done',
      }),
      newAction(plan, {
        text: 'Daan aanmelden bij de voetbalclub in de Molenkamp',
        owner: asMember(kim),
        dueOn: on(30),
        status: 'done',
      }),
    )
    // Sem's own goal, for him alone: he is 17 and keeps it from the rest of the family for now.
    if (ageOn(scene.members.find((m) => m.id === sem)!.birthdate, on(8)) < 16)
      throw new Error('demo plans: Sem is too young for a private goal')
    plan.goals.push(
      newGoal(env, plan, {
        text: 'Ik wil mijn diploma halen en daarna op mezelf wonen, zonder dat ik me schuldig voel tegenover mama.',
        ownerPersonId: sem,
        domains: ['work', 'relations'],
        private: true,
        actions: [
          {
            text: 'Met mijn studieloopbaanbegeleider praten over wat ik na het mbo ga doen',
            owner: asMember(sem),
            dueOn: addDays(today, 30),
            status: 'planned',
          },
          {
            text: 'Een gesprek met Sem alleen, over wat hij zelf wil',
            owner: worker,
            dueOn: addDays(today, 12),
            status: 'planned',
          },
        ],
      }),
    )
    plan.direction = {
      holder: 'household',
      otherParty: null,
      reason:
        'De schuldregeling loopt en Kim regelt de afspraken met school en de schuldhulp weer zelf. Sanne blijft ' +
        'op de achtergrond en komt minder vaak langs.',
    }
    plan.decision = {
      discussed:
        'Hoe het nu gaat: de schuldregeling is rond, Lieke gaat weer elke dag naar school en Daan voetbalt. Kim ' +
        'kan haar rooster op zondag niet veranderen.',
      options:
        'Doorgaan zoals nu, of minder vaak contact met Sanne. Voor de zondag: Sem, oma Truus of de opvang.',
      decided:
        'Kim houdt zelf het overzicht. Oma Truus komt op zondag als Kim late dienst heeft; Sem hoeft niet op te ' +
        'passen. Sanne kijkt nog één keer mee naar de toeslagen en belt daarna eens per maand.',
    }
    plan.evaluationOn = addDays(today, 49)
    const said = [
      {
        personId: kim,
        position: 'agrees' as const,
        words: 'Ja. Ik heb weer overzicht, en ik wil het nu zelf doen.',
      },
      { personId: sem, position: 'agrees' as const, words: 'Prima zo.' },
    ].map((p) => ({ ...p, at: stamp.at, onVersion: stamp.version }))
    plan.positions = [...plan.positions.filter((p) => !said.some((s) => s.personId === p.personId)), ...said]
  })
  const semsGoal = book.plan.goals.find((g) => g.private)!.key

  // Lieke is 15: she sees the whole plan (apart from Sem's goal), because Kim agreed.
  env.tx
    .insert(minorPlanViews)
    .values({
      personId: lieke,
      seesWholePlan: true,
      agreedBy: `Kim (moeder), bij de evaluatie op ${formatDate(on(8), 'nl')}`,
      recordedBy: sanne,
      recordedAt: iso(evaluationAt + 6 * minute),
    })
    .run()

  // Progress in a few words: Sanne at her visits and calls, Kim from her own log-in.
  const progressRows: [
    goalKey: string,
    by: 'worker' | 'household',
    scale: number,
    daysAgo: number,
    hhmm: string,
    words: string,
  ][] = [
    [
      money,
      'worker',
      4,
      92,
      '14:30',
      'Alle schuldeisers zijn aangeschreven. Kim opent de post samen met mij.',
    ],
    [school, 'worker', 5, 92, '14:35', 'Nog twee keer afwezig, wel afgemeld. De cijfers gaan omhoog.'],
    [football, 'worker', 4, 47, '13:50', 'Aanvraag bij het Jeugdfonds Sport gedaan. Daan kan niet wachten.'],
    [money, 'worker', 7, 33, '09:20', 'De schuldregeling is rond. Geen nieuwe aanmaningen meer.'],
    [school, 'household', 6, 20, '19:15', 'Het gaat beter met Lieke. Alleen de zondag blijft lastig.'],
    [school, 'worker', 8, 19, '13:30', 'Zes weken niet afwezig geweest; Lieke heeft het weer naar haar zin.'],
    [football, 'worker', 9, 8, '12:50', 'Daan voetbalt bij de club en heeft zaterdag een wedstrijd.'],
    [
      semsGoal,
      'worker',
      5,
      8,
      '12:55',
      'Sem weet wat hij wil, maar vindt het moeilijk om het thuis te zeggen.',
    ],
    [football, 'household', 10, 6, '18:40', 'Daan is elke zaterdag blij als hij mag voetballen!'],
    [
      money,
      'household',
      7,
      3,
      '19:55',
      'Ik durf de post weer open te maken. Die brief over de toeslag vind ik wel spannend.',
    ],
  ]
  for (const [goalKey, by, scale, daysAgo, hhmm, words] of progressRows) {
    const recordedAt = at(daysAgo, hhmm)
    if (by === 'household' && recordedAt <= scene.login.createdAt)
      throw new Error('demo plans: Kim wrote before she had a log-in')
    progress(
      env,
      { householdId: h.id, goalKey, by, authorId: by === 'worker' ? sanne : kimUser, scale },
      recordedAt,
      words,
    )
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Every other household with a plan: generated from its broad view.

/** What a goal is made from: the domain, whose goal, in whose words, the member whose score it came from. */
type Pick = { domain: DomainKey; owner: Member | null; kind: OwnerKind; source: Member; phrase?: GoalPhrase }

function writeGeneratedPlan(env: Env, scene: Scene): void {
  const { rng, today, latest } = env
  const h = scene.household
  const book = planBook(env, h.id)
  // What each goal was made from, by key, so a later step fits the goal.
  const picks = new Map<string, Pick>()

  const start = Math.min(
    latest - day,
    Math.max(
      earliestPlan(scene),
      scene.analyses[0]!.at + rng.int(2, 10) * day,
      latest - rng.int(45, 90) * day,
    ),
  )
  const wanted = Number(rng.weighted({ 1: 3, 2: 4, 3: 3, 4: 1 }))
  // A member with a log-in has their say in the last version.
  const workerVersions = scene.login ? Math.min(wanted, 3) : wanted
  const times = [officeMoment(rng, start, Math.min(latest, start + 5 * day))]
  for (let i = 1; i < workerVersions; i++) {
    const from = times[i - 1]! + 5 * day
    if (from >= latest - day) break
    times.push(officeMoment(rng, from, from + (latest - from) / (workerVersions - i)))
  }

  times.forEach((at, index) => {
    const date = isoDate(at)
    const last = index === times.length - 1
    // The evaluation: a few weeks out, and for the version that stands now, one to three months from today.
    const evaluationOn = last ? addDays(today, rng.int(30, 90)) : addDays(date, rng.int(28, 56))
    if (index === 0) {
      book.save(scene.workerId, at, (plan, stamp) =>
        firstVersion(env, scene, picks, plan, stamp, at, evaluationOn),
      )
    } else {
      book.save(scene.workerId, at, (plan, stamp) =>
        revision(env, scene, picks, plan, stamp, at, evaluationOn),
      )
    }
  })

  // The member with a log-in writes what they think of one of their goals.
  if (scene.login) {
    const login = scene.login
    const from = Math.max(login.createdAt + 60 * minute, book.lastAt + 120 * minute)
    const viewer = scene.members.find((m) => m.id === login.personId)!
    const goals = visibleGoals(book.plan.goals, {
      personId: viewer.id,
      age: ageOn(viewer.birthdate, today),
      seesWholePlan: false,
    })
    if (from < latest - 60 * minute && goals.length > 0) {
      const at = eveningMoment(rng, from, latest)
      const goal = goals.find((g) => g.ownerPersonId === viewer.id) ?? rng.pick(goals)
      // In line with where they stand on the plan as a whole.
      const said = book.plan.positions.find((p) => p.personId === viewer.id)?.position ?? 'agrees'
      const stance = said === 'agrees' && rng.chance(0.6) ? 'agrees' : 'partly'
      book.save(login.userId, at, (plan, stamp) => {
        plan.goals
          .find((g) => g.key === goal.key)!
          .views.push({
            personId: viewer.id,
            position: stance,
            words: rng.pick(viewWords[stance]),
            at: stamp.at,
          })
      })
      const scale = rng.int(5, 8)
      progress(
        env,
        { householdId: h.id, goalKey: goal.key, by: 'household', authorId: login.userId, scale },
        Math.min(latest, at + rng.int(2, 6) * minute),
        rng.pick(progressWords.household[band(scale)]),
      )
    }
  }

  // Progress the worker noted on some goals, a week or more after the goal came in.
  for (const goal of book.plan.goals) {
    const from = book.addedAt.get(goal.key)! + 7 * day
    if (from >= latest || !rng.chance(0.55)) continue
    const count = from + 21 * day < latest && rng.chance(0.4) ? 2 : 1
    let scale = rng.int(3, 6)
    let after = from
    for (let i = 0; i < count; i++) {
      const at = officeMoment(rng, after, after + (latest - after) / (count - i))
      progress(
        env,
        { householdId: h.id, goalKey: goal.key, by: 'worker', authorId: scene.workerId, scale },
        at,
        rng.pick(progressWords.worker[band(scale)]),
      )
      after = at + 7 * day
      scale = Math.min(9, scale + rng.int(1, 3))
      if (after >= latest) break
    }
  }
}

/** The first version: goals on the lowest scores of the broad view, direction, decision, positions. */
function firstVersion(
  env: Env,
  scene: Scene,
  picks: Map<string, Pick>,
  plan: StoredPlan,
  stamp: { at: string; version: number },
  at: number,
  evaluationOn: string,
): void {
  const { rng } = env
  const date = isoDate(at)
  const analysis = analysisAt(scene, at)
  const candidates = goalCandidates(scene, analysis, date)
  const count = Math.min(candidates.length, Number(rng.weighted({ 1: 2, 2: 4, 3: 3, 4: 1 })))
  const chosen = candidates.slice(0, count)
  if (scene.safetyConcern && !chosen.some((p) => p.domain === 'safety')) {
    const safety = candidates.find((p) => p.domain === 'safety') ?? safetyPick(scene, date)
    if (chosen.length === 4) chosen.pop()
    chosen.push(safety)
  }
  if (chosen.length === 0) chosen.push(fallbackPick(scene, date))
  for (const pick of chosen) addGoal(env, scene, picks, plan, pick, at)

  const main = mainAdult(scene, date)
  plan.direction = planDirection(env.rng, env.organisationIds, plan, main, firstName(scene.workerName))
  const topics = [...new Set(chosen.map((p) => planPhrases[p.domain].topic))]
  const options = [...new Set(chosen.slice(0, 2).map((p) => planPhrases[p.domain].options))]
  plan.decision = {
    discussed: `We hebben het gehad over ${list(topics)}.`,
    options: options.join(' '),
    decided: `We beginnen met ${list(topics.slice(0, 2))}. ${directionSentence(plan, scene, main)}`,
  }
  plan.evaluationOn = evaluationOn
  plan.positions = adults(scene, date).map((m) => ({
    personId: m.id,
    ...position(rng),
    at: stamp.at,
    onVersion: stamp.version,
  }))
  // Low scores without a goal: some get a reason, the rest stay a reminder on the plan page.
  const covered = new Set(plan.goals.flatMap((g) => g.domainIds))
  const low = [...new Set(analysis.cells.filter((c) => c.score <= 2).map((c) => c.domain))]
  for (const domain of low) {
    const id = env.domainIdByKey.get(domain)!
    if (covered.has(id) || !rng.chance(0.5)) continue
    plan.domainsWithoutGoal.push({
      domainId: id,
      reason: fill(rng.pick(withoutGoalReasons), main, { onderwerp: topics[0]! }),
    })
  }
}

/** A later version by the worker: steps move on, sometimes a step or a goal is added, a new evaluation date. */
function revision(
  env: Env,
  scene: Scene,
  picks: Map<string, Pick>,
  plan: StoredPlan,
  stamp: { at: string; version: number },
  at: number,
  evaluationOn: string,
): void {
  const { rng } = env
  const date = isoDate(at)
  for (const goal of plan.goals) for (const action of goal.actions) advance(rng, action, date)
  // Goals first in plan order, then a new goal at the end: the keys follow the order the service gives them.
  if (rng.chance(0.45)) {
    const goal = rng.pick(plan.goals)
    const extra = actionDrafts(env, scene, picks.get(goal.key)!, at, 1, usedTexts(plan))
    goal.actions.push(...extra.map((a) => newAction(plan, a)))
  }
  const goalsBefore = plan.goals.length
  if (plan.goals.length < 4 && rng.chance(0.35)) {
    const covered = new Set(plan.goals.map((g) => `${g.ownerPersonId ?? 'h'}|${g.domainIds[0]}`))
    const next = goalCandidates(scene, analysisAt(scene, at), date).find(
      (p) => !covered.has(`${p.owner?.id ?? 'h'}|${env.domainIdByKey.get(p.domain)}`),
    )
    if (next) addGoal(env, scene, picks, plan, next, at)
  }
  if (rng.chance(0.4)) {
    plan.decision = {
      ...plan.decision,
      // The latest look back replaces the one before, so the record stays short.
      decided: `${plan.decision.decided.replace(/ Op \d+ \S+ \d{4} samen teruggekeken: .*$/, '')} Op ${formatDate(
        date,
        'nl',
      )} samen teruggekeken: ${rng.pick(plan.goals.length > goalsBefore ? revisionNotes.added : revisionNotes.same)}`,
    }
  }
  plan.evaluationOn = evaluationOn
  if (rng.chance(0.5)) {
    const said = adults(scene, date).map((m) => ({
      personId: m.id,
      ...position(rng),
      at: stamp.at,
      onVersion: stamp.version,
    }))
    plan.positions = [...plan.positions.filter((p) => !said.some((s) => s.personId === p.personId)), ...said]
  }
}

function addGoal(env: Env, scene: Scene, picks: Map<string, Pick>, plan: StoredPlan, pick: Pick, at: number) {
  const { draft, phrase } = goalDraft(env, scene, pick, at, plan)
  const goal = newGoal(env, plan, draft)
  plan.goals.push(goal)
  picks.set(goal.key, { ...pick, phrase })
}

/** The goal phrases that fit: of this kind, and about living together only when the household is more than one. */
function goalPhrases(domain: DomainKey, kind: OwnerKind, together: boolean): GoalPhrase[] {
  return (planPhrases[domain].goals[kind] ?? []).filter((g) => together || !g.together)
}

/** Who a goal is for and in whose words, for each low score of the broad view, the lowest first. */
function goalCandidates(scene: Scene, analysis: Scene['analyses'][number], date: string): Pick[] {
  const present = membersOn(scene, date)
  const together = present.length > 1
  const grownUps = present.filter((m) => ageOn(m.birthdate, date) >= 18)
  const seen = new Set<string>()
  const picks: Pick[] = []
  const cells = [...analysis.cells].filter((c) => c.score <= 3).sort((a, b) => a.score - b.score)
  for (const cell of cells) {
    const m = present.find((x) => x.id === cell.personId)
    if (!m) continue
    const kind = kindOf(m, date)
    const shared =
      together &&
      (cell.domain === 'safety' ||
        (grownUps.length > 1 && ['income', 'housing', 'relations'].includes(cell.domain)) ||
        (cell.domain === 'parenting' && (kind === 'adult' || kind === 'older') && grownUps.length > 1))
    const household: Pick = { domain: cell.domain, owner: null, kind: 'household', source: m }
    let pick: Pick = shared ? household : { domain: cell.domain, owner: m, kind, source: m }
    if (goalPhrases(pick.domain, pick.kind, together).length === 0) {
      if (pick.kind === 'older' && goalPhrases(pick.domain, 'adult', together).length > 0)
        pick = { ...pick, kind: 'adult' }
      else if (together && goalPhrases(pick.domain, 'household', together).length > 0) pick = household
      else continue
    }
    const key = `${pick.owner?.id ?? 'h'}|${pick.domain}`
    if (seen.has(key)) continue
    seen.add(key)
    picks.push(pick)
  }
  return picks
}

function safetyPick(scene: Scene, date: string): Pick {
  const present = membersOn(scene, date)
  const main = mainAdult(scene, date)
  if (present.length > 1) return { domain: 'safety', owner: null, kind: 'household', source: main }
  return {
    domain: 'safety',
    owner: main,
    kind: kindOf(main, date) === 'older' ? 'older' : 'adult',
    source: main,
  }
}

/** A broad view without scores of 3 or lower still gets one goal: the people around the main adult. */
function fallbackPick(scene: Scene, date: string): Pick {
  const main = mainAdult(scene, date)
  return {
    domain: 'network',
    owner: main,
    kind: kindOf(main, date) === 'older' ? 'older' : 'adult',
    source: main,
  }
}

function goalDraft(
  env: Env,
  scene: Scene,
  pick: Pick,
  at: number,
  plan: StoredPlan,
): { draft: GoalDraft; phrase: GoalPhrase } {
  const { rng } = env
  const date = isoDate(at)
  const subject = pick.owner ?? mainAdult(scene, date)
  const taken = new Set(plan.goals.map((g) => g.text))
  const options = goalPhrases(pick.domain, pick.kind, membersOn(scene, date).length > 1)
  const fresh = options.filter((g) => !taken.has(fill(g.text, subject)))
  const phrase = rng.pick(fresh.length > 0 ? fresh : options)
  return {
    phrase,
    draft: {
      text: fill(phrase.text, subject),
      ownerPersonId: pick.owner?.id ?? null,
      domains: [pick.domain],
      safety: pick.domain === 'safety',
      actions: actionDrafts(env, scene, { ...pick, phrase }, at, rng.int(1, 3), usedTexts(plan)),
    },
  }
}

/**
 * Up to `count` steps for a goal, each with someone who can take it on that day: the steps of this goal in
 * particular first, then those that fit any goal of its domain. No step twice in one plan.
 */
function actionDrafts(
  env: Env,
  scene: Scene,
  pick: Pick,
  at: number,
  count: number,
  used: Set<string>,
): ActionDraft[] {
  const { rng } = env
  const date = isoDate(at)
  const main = mainAdult(scene, date)
  const subject = pick.owner ?? main
  const together = membersOn(scene, date).length > 1
  const fits = (a: ActionPhrase) => (!a.for || a.for.includes(pick.kind)) && (together || !a.together)
  const phrases = [
    ...shuffle(rng, (pick.phrase?.actions ?? []).filter(fits)),
    ...shuffle(rng, planPhrases[pick.domain].actions.filter(fits)),
  ]
  const drafts: ActionDraft[] = []
  for (const phrase of phrases) {
    if (drafts.length >= count) break
    const text = fill(phrase.text, subject)
    if (used.has(text)) continue
    const owner = ownerFor(env, scene, phrase, pick, main, at)
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

function ownerFor(
  env: Env,
  scene: Scene,
  phrase: ActionPhrase,
  pick: Pick,
  main: Member,
  at: number,
): Owner | null {
  const { rng } = env
  const date = isoDate(at)
  const member = (m: Member): Owner => ({ kind: 'member', refId: m.id })
  const organisation = (key: OrganisationKey): Owner => ({
    kind: 'organisation',
    refId: env.organisationIds[key],
  })
  switch (phrase.who) {
    case 'owner': {
      // A household goal's step is taken by the adult whose score it came from; a child's by a parent.
      const adult = pick.source && ageOn(pick.source.birthdate, date) >= 18 ? pick.source : main
      return member(
        pick.kind === 'household' ? adult : pick.owner && pick.kind !== 'child' ? pick.owner : main,
      )
    }
    case 'parent':
      return member(main)
    case 'network': {
      const around = scene.network.filter(
        (n) => n.createdAt <= at && (n.endedOn === null || n.endedOn > date),
      )
      return around.length > 0 ? { kind: 'network', refId: rng.pick(around).id } : null
    }
    case 'worker':
      return {
        kind: 'worker',
        refId: scene.secondWorkerId !== null && rng.chance(0.3) ? scene.secondWorkerId : scene.workerId,
      }
    case 'gp':
      return organisation(scene.household.team === 0 ? 'gpMolenkamp' : 'gpLindenhoeve')
    case 'school':
      if (!pick.owner) return null
      return organisation(ageOn(pick.owner.birthdate, date) < 12 ? 'primarySchool' : 'secondarySchool')
    default:
      return organisation(phrase.who)
  }
}

function directionSentence(plan: StoredPlan, scene: Scene, main: Member): string {
  const d = plan.direction!
  return d.holder === 'household'
    ? `${main.given} houdt zelf het overzicht.`
    : d.holder === 'worker'
      ? `${firstName(scene.workerName)} houdt voorlopig het overzicht.`
      : `${d.otherParty} houdt het overzicht.`
}

function position(rng: Rng): { position: Position; words: string } {
  const position = rng.weighted({ agrees: 14, partly: 4, disagrees: 1 })
  const words = position === 'agrees' && rng.chance(0.4) ? '' : rng.pick(positionWords[position])
  return { position, words }
}

// ---------------------------------------------------------------------------------------------------------------
// Small helpers.

function analysisAt(scene: Scene, at: number): Scene['analyses'][number] {
  return [...scene.analyses].reverse().find((a) => a.at <= at) ?? scene.analyses[0]!
}

/** Members living in the household on that day (born, and joined by then). */
function membersOn(scene: Scene, date: string): Member[] {
  return scene.members.filter((m) => m.birthdate <= date && (m.joinedOn === null || m.joinedOn <= date))
}

function adults(scene: Scene, date: string): Member[] {
  return membersOn(scene, date).filter((m) => ageOn(m.birthdate, date) >= 18)
}

/** The adult the plan speaks to first: the oldest adult who is not a grandparent, or else the oldest member. */
function mainAdult(scene: Scene, date: string): Member {
  const grownUps = adults(scene, date)
  const byAge = [...(grownUps.length > 0 ? grownUps : membersOn(scene, date))].sort((a, b) =>
    a.birthdate.localeCompare(b.birthdate),
  )
  const parentAge = byAge.filter((m) => ageOn(m.birthdate, date) < 67)
  return (grownUps.length > 1 && parentAge.length > 0 ? parentAge[0] : byAge[0]) ?? scene.members[0]!
}

function kindOf(m: Member, date: string): OwnerKind {
  const age = ageOn(m.birthdate, date)
  return age < 12 ? 'child' : age < 18 ? 'teen' : age >= 67 ? 'older' : 'adult'
}

function firstName(name: string): string {
  return name.split(' ')[0]!
}

function band(scale: number): 'low' | 'mid' | 'high' {
  return scale <= 4 ? 'low' : scale <= 6 ? 'mid' : 'high'
}

/** An evening at home (17:30–20:30 UTC) between `from` and `to`. */
function eveningMoment(rng: Rng, from: number, to: number): number {
  for (let attempt = 0; attempt < 8; attempt++) {
    const dayStart = Math.floor((from + rng.next() * (to - from)) / day) * day
    const at = dayStart + rng.int(17 * 60 + 30, 20 * 60 + 30) * minute
    if (at >= from && at <= to) return at
  }
  return from
}
