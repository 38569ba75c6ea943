import { describe, expect, it } from 'vitest'
import { freshDatabase } from '../support/db.ts'
import { buildTestApp, loginAs } from '../support/build-app.ts'
import { seedDemo } from '../../server/src/seed/demo.ts'
import { seedLarge } from '../../server/src/seed/large.ts'
import { demoAccount, demoAccounts, demoPassword } from '../../server/src/seed/demo-accounts.ts'
import { ageOn } from '#shared/domain/age'
import type { SafetyOverview, SafetyPlan, TeamSafety } from '#shared/contracts/safety'
import type { DueCheckIns, FollowUp } from '#shared/contracts/follow-up'
import type { Reflection } from '#shared/contracts/reflections'
import type { TeamOverview } from '#shared/contracts/team-overview'
import type { PlanOverview } from '#shared/contracts/plans'
import type { Narrative } from '#shared/contracts/indicators'
import type { RecurringThemes } from '#shared/contracts/themes'

describe('the demo municipality', () => {
  it('has two teams, four neighbourhoods, about 60 households and every demo log-in', async () => {
    const { db } = freshDatabase()
    await seedDemo(db, { today: '2026-11-23' })
    const count = (table: string) =>
      (db.$client.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n
    expect(count('teams')).toBe(2)
    expect(count('neighbourhoods')).toBe(4)
    expect(count('households')).toBeGreaterThanOrEqual(55)
    const emails = (db.$client.prepare('SELECT email FROM users').all() as { email: string }[]).map(
      (u) => u.email,
    )
    for (const account of demoAccounts) expect(emails).toContain(account.email)
    db.$client.close()
  })

  it('has members at the ages the consent rules care about, and an adult with a representative', async () => {
    const { db } = freshDatabase()
    await seedDemo(db, { today: '2026-11-23' })
    const people = db.$client.prepare('SELECT birthdate, representative_kind FROM persons').all() as {
      birthdate: string
      representative_kind: string | null
    }[]
    const ages = new Set(people.map((p) => ageOn(p.birthdate, '2026-11-23')))
    for (const age of [4, 11, 12, 15, 16, 17, 18]) expect(ages, `age ${age}`).toContain(age)
    expect(people.some((p) => p.birthdate === '2014-11-23')).toBe(true) // 12 today
    expect(people.some((p) => p.birthdate === '2010-11-24')).toBe(true) // 16 tomorrow
    expect(people.some((p) => p.representative_kind !== null && ageOn(p.birthdate, '2026-11-23') >= 18)).toBe(
      true,
    )
    db.$client.close()
  })

  it('is the same every time for the same day', async () => {
    const dump = async () => {
      const { db } = freshDatabase()
      await seedDemo(db, { today: '2026-11-23' })
      const rows = db.$client
        .prepare('SELECT name, street, house_number, postcode FROM households ORDER BY id')
        .all()
      db.$client.close()
      return rows
    }
    expect(await dump()).toEqual(await dump())
  })

  // `npm start` and the browser tests seed with today's date: every story must work on any day of the year.
  it.each(['2026-03-05', '2026-10-01', '2027-01-01'])(
    'can be seeded on %s, with its safety and plan stories',
    async (today) => {
      const { db } = freshDatabase()
      await seedDemo(db, { today })
      const count = (sql: string) => (db.$client.prepare(sql).get() as { n: number }).n
      expect(
        count('SELECT count(*) AS n FROM meldcode_trajectories WHERE decided_at IS NOT NULL'),
      ).toBeGreaterThan(0)
      expect(count('SELECT count(*) AS n FROM safety_conditions')).toBeGreaterThan(0)
      db.$client.close()
    },
    60_000,
  )
})

describe('the demo plans', () => {
  it('give Familie Jansen a plan in three versions and leave Familie Bremer to start theirs', async () => {
    const { db } = freshDatabase()
    await seedDemo(db, { today: '2026-11-23' })
    const versionsOf = (name: string) =>
      db.$client
        .prepare(
          `SELECT v.version, v.content FROM plan_versions v JOIN households h ON h.id = v.household_id
           WHERE h.name = ? ORDER BY v.version`,
        )
        .all(name) as { version: number; content: string }[]
    const jansen = versionsOf('Familie Jansen')
    expect(jansen.map((v) => v.version)).toEqual([1, 2, 3])
    const latest = JSON.parse(jansen[2]!.content) as { goals: { private: boolean }[] }
    expect(latest.goals.some((g) => g.private)).toBe(true)
    expect(versionsOf('Familie Bremer')).toEqual([])
    db.$client.close()
  })
})

describe('the demo safety work', () => {
  it('has an open and a decided meldcode trajectory, a safety plan, an overdue picture, and nothing at Bremer', async () => {
    const t = await buildTestApp({ now: '2026-11-23T09:00:00Z' })
    await seedDemo(t.db, { today: '2026-11-23' })
    const idOf = (name: string) =>
      (t.db.$client.prepare('SELECT id FROM households WHERE name = ?').get(name) as { id: number }).id
    const asJson = <T>(res: { statusCode: number; body: string }) => {
      expect(res.statusCode, res.body).toBe(200)
      return JSON.parse(res.body) as T
    }

    // The supervisor's list: the open trajectory at step 4, and the members whose picture is overdue.
    const supervisor = await loginAs(t.app, demoAccount('supervisorNoord').email, demoPassword)
    const team = asJson<TeamSafety>(await supervisor.get('/api/team/safety'))
    const open = team.trajectories.find((x) => x.householdId === idOf('Familie Zuiderveld'))
    expect(open).toMatchObject({ stepsDone: [1, 2, 3], nextStep: 4, ageDays: 12 })
    const overdue = team.overduePictures.find((x) => x.householdId === idOf('Familie Vink / Verhoeven'))
    expect(overdue?.members.every((m) => m.lastOn !== null && m.lastOn < '2026-11-09')).toBe(true)

    // The worker on the case sees the open trajectory and current pictures.
    const youssef = await loginAs(t.app, demoAccount('workerNoord2').email, demoPassword)
    const zuiderveld = asJson<SafetyOverview>(
      await youssef.get(`/api/households/${idOf('Familie Zuiderveld')}/safety`),
    )
    expect(zuiderveld.trajectories[0]).toMatchObject({ nextStep: 4, weighing: null, decision: null })
    expect(zuiderveld.members.every((m) => m.current !== null && !m.overdue)).toBe(true)

    // The decided trajectory: the afwegingskader said report, Veilig Thuis was told, help organised.
    const kuipers = idOf('Familie Kuipers')
    const decided = asJson<SafetyOverview>(await supervisor.get(`/api/households/${kuipers}/safety`))
    const trajectory = decided.trajectories[0]!
    expect(trajectory.weighing?.outcome).toBe('reportNeeded')
    expect(trajectory.decision?.report).toMatchObject({ reference: 'VT-2026-04817', toldBeforehand: true })
    expect(trajectory.decision?.help).not.toBeNull()
    expect(decided.signals.every((s) => s.followUp !== null && s.trajectoryId === trajectory.id)).toBe(true)

    // Its safety plan: conditions, a worry per safety goal, and scores that differ by party.
    const plan = asJson<SafetyPlan>(await supervisor.get(`/api/households/${kuipers}/safety-plan`))
    expect(plan.conditions.length).toBeGreaterThanOrEqual(2)
    expect(plan.goals.length).toBeGreaterThan(0)
    for (const goal of plan.goals) {
      expect(goal.worry).not.toBeNull()
      const { household, worker, network } = goal.latest
      expect(new Set([household?.score, worker?.score, network?.score]).size).toBe(3)
      expect(goal.history.length).toBeGreaterThan(3)
    }
    expect(plan.dangerSources).toEqual([])

    // Familie Bremer starts empty; Kim Jansen is nobody's source of danger.
    const count = (q: string, ...args: unknown[]) => (t.db.$client.prepare(q).get(...args) as { n: number }).n
    const bremer = idOf('Familie Bremer')
    for (const table of ['safety_signals', 'safety_pictures', 'meldcode_trajectories', 'safety_conditions'])
      expect(count(`SELECT count(*) AS n FROM ${table} WHERE household_id = ?`, bremer), table).toBe(0)
    expect(
      count('SELECT count(*) AS n FROM households WHERE id = ? AND safety_flagged_at IS NOT NULL', bremer),
    ).toBe(0)
    expect(count('SELECT count(*) AS n FROM danger_sources')).toBe(0)
    expect(count('SELECT count(*) AS n FROM safety_signals WHERE observed_on IS NULL')).toBe(0)
    await t.close()
  })
})

describe('the demo follow-up', () => {
  it('has an overdue check-in, a re-opened case, held and asked reflections, and leaves Familie Jansen active', async () => {
    const t = await buildTestApp({ now: '2026-11-23T09:00:00Z' })
    await seedDemo(t.db, { today: '2026-11-23' })
    const idOf = (name: string) =>
      (t.db.$client.prepare('SELECT id FROM households WHERE name = ?').get(name) as { id: number }).id
    const asJson = <T>(res: { statusCode: number; body: string }) => {
      expect(res.statusCode, res.body).toBe(200)
      return JSON.parse(res.body) as T
    }
    const supervisor = await loginAs(t.app, demoAccount('supervisorNoord').email, demoPassword)

    // The supervisor sees Youssef's overdue check-in, and scaled-down cases counted per worker.
    const overview = asJson<TeamOverview>(await supervisor.get('/api/team/overview'))
    expect(overview.metrics.overdueCheckIns.map((c) => c.householdName)).toEqual(['Mw. Post'])
    expect(overview.workers.some((w) => w.pulse > 0)).toBe(true)
    expect(overview.workers.some((w) => w.background > 0)).toBe(true)

    // Sanne has a check-in due within the week, not yet overdue.
    const sanne = await loginAs(t.app, demoAccount('workerNoord1').email, demoPassword)
    const due = asJson<DueCheckIns>(await sanne.get('/api/check-ins/due'))
    expect(due.some((d) => !d.overdue && d.nextCheckInOn > '2026-11-23')).toBe(true)

    // A case closed and re-opened earlier keeps its history; another is closed now.
    const followUpOf = async (name: string) =>
      asJson<FollowUp>(await supervisor.get(`/api/households/${idOf(name)}/follow-up`))
    const reopened = await followUpOf('Mw. Van der Meer')
    expect(reopened.closure).toBeNull()
    expect(reopened.phase).toBe('active')
    expect(reopened.closures[0]).toMatchObject({ reopenedBy: 'Sanne de Boer' })
    expect(reopened.closures[0]!.reopenReason).toBeTruthy()
    const zuid = await loginAs(t.app, demoAccount('supervisorZuid').email, demoPassword)
    const smit = asJson<FollowUp>(await zuid.get(`/api/households/${idOf('Dhr. Smit')}/follow-up`))
    expect(smit.closure?.evaluation.summary).toBeTruthy()
    const stillAssigned = t.db.$client
      .prepare('SELECT count(*) AS n FROM case_assignments WHERE household_id = ? AND ended_at IS NULL')
      .get(idOf('Dhr. Smit')) as { n: number }
    expect(stillAssigned.n).toBeGreaterThan(0)

    // Reflections: held ones with tegenspraak, and one asked for; team Zuid has its own.
    const reflections = asJson<Reflection[]>(await supervisor.get('/api/team/reflections'))
    const held = reflections.filter((r) => r.held !== null)
    expect(held.length).toBeGreaterThanOrEqual(2)
    expect(held.every((r) => r.held!.counterArguments.length > 0)).toBe(true)
    expect(reflections.some((r) => r.held === null)).toBe(true)
    expect(asJson<Reflection[]>(await zuid.get('/api/team/reflections')).length).toBeGreaterThan(0)

    // The households other demo stories use stay in active support with none of this.
    const jansen = await followUpOf('Familie Jansen')
    expect(jansen.current).toBeNull()
    expect(jansen.checkIns).toEqual([])
    expect(jansen.closures).toEqual([])
    const count = (q: string, ...args: unknown[]) => (t.db.$client.prepare(q).get(...args) as { n: number }).n
    for (const name of [
      'Familie Jansen',
      'Familie Bremer',
      'Familie Zuiderveld',
      'Familie Vink / Verhoeven',
      'Mw. Hoekman',
      'Familie Kuipers',
    ])
      for (const table of ['case_phases', 'check_ins', 'case_closures', 'case_reflections'])
        expect(count(`SELECT count(*) AS n FROM ${table} WHERE household_id = ?`, idOf(name)), name).toBe(0)
    await t.close()
  })
})

describe('the demo learning', () => {
  it('has vertelpunten for this quarter and the last, and recurring themes with a count shown', async () => {
    const t = await buildTestApp({ now: '2026-11-23T09:00:00Z' })
    await seedDemo(t.db, { today: '2026-11-23' })
    const asJson = <T>(res: { statusCode: number; body: string }) => {
      expect(res.statusCode, res.body).toBe(200)
      return JSON.parse(res.body) as T
    }
    const supervisor = await loginAs(t.app, demoAccount('supervisorNoord').email, demoPassword)

    // Vertelpunten of the current quarter (the default) and the one before, written by the team's workers.
    const current = asJson<Narrative[]>(await supervisor.get('/api/team/narratives'))
    expect(current.length).toBeGreaterThanOrEqual(2)
    expect(current.every((n) => n.quarter === '2026-Q4')).toBe(true)
    expect(current.map((n) => n.writtenBy)).toContain('Youssef El Amrani')
    const previous = asJson<Narrative[]>(await supervisor.get('/api/team/narratives?quarter=2026-Q3'))
    expect(previous.length).toBeGreaterThanOrEqual(2)
    const zuid = await loginAs(t.app, demoAccount('supervisorZuid').email, demoPassword)
    const zuidStories = asJson<Narrative[]>(await zuid.get('/api/team/narratives'))
    expect(zuidStories.length).toBeGreaterThanOrEqual(2)
    expect(zuidStories.map((n) => n.id)).not.toContain(current[0]!.id)

    // Recurring themes: several, and at least one neighbourhood count high enough to be shown.
    const recurring = asJson<RecurringThemes>(await supervisor.get('/api/themes'))
    expect(recurring.themes.map((th) => th.name)).toEqual(
      expect.arrayContaining(['Energiearmoede', 'Eenzaamheid onder ouderen', 'Wachtlijst jeugd-GGZ']),
    )
    expect(recurring.themes.some((th) => th.counts.some((c) => typeof c === 'number' && c >= 5))).toBe(true)
    expect(recurring.themes.some((th) => th.counts.includes('<5'))).toBe(true)
    expect(asJson<RecurringThemes>(await zuid.get('/api/themes')).themes.length).toBeGreaterThan(0)

    // The households other demo stories and the end-to-end tests use carry no theme.
    const tagged = t.db.$client
      .prepare('SELECT DISTINCT h.name FROM case_themes x JOIN households h ON h.id = x.household_id')
      .all() as { name: string }[]
    for (const name of [
      'Familie Jansen',
      'Familie Bremer',
      'Familie Zuiderveld',
      'Familie Vink / Verhoeven',
      'Mw. Hoekman',
      'Familie Kuipers',
    ])
      expect(tagged.map((r) => r.name)).not.toContain(name)
    await t.close()
  })
})

describe('the demo requests', () => {
  it('are in every state: new, overdue, unassigned, triaged each way, with an open safety answer', async () => {
    const { db } = freshDatabase()
    await seedDemo(db, { today: '2026-11-23' })
    const all = <T>(q: string) => db.$client.prepare(q).all() as T[]
    const statuses = all<{ status: string }>('SELECT DISTINCT status FROM requests').map((r) => r.status)
    expect(statuses.sort()).toEqual(['closed', 'new', 'triaged'])
    const routes = all<{ route: string }>('SELECT DISTINCT route FROM triage_versions').map((r) => r.route)
    expect(routes.sort()).toEqual(['crisis', 'no_professional_help', 'referral', 'team'])
    const overdue = all(
      "SELECT id FROM requests WHERE status = 'new' AND appointment_made_on IS NULL AND date(received_on, '+5 days') < '2026-11-23'",
    )
    expect(overdue.length).toBeGreaterThanOrEqual(2)
    expect(
      all("SELECT id FROM requests WHERE status = 'new' AND triage_worker_id IS NULL").length,
    ).toBeGreaterThan(0)
    expect(all('SELECT id FROM safety_signals WHERE followed_up_at IS NULL').length).toBeGreaterThan(0)
    db.$client.close()
  })
})

describe('the large benchmark database', () => {
  it('builds households with members and workers at scale (small run here)', async () => {
    const { db } = freshDatabase()
    let last = 0
    await seedLarge(db, { households: 500, today: '2026-11-23', onProgress: (done) => (last = done) })
    const n = (db.$client.prepare('SELECT count(*) AS n FROM households').get() as { n: number }).n
    expect(n).toBeGreaterThanOrEqual(500)
    expect(last).toBeGreaterThan(0)
    const orphans = db.$client
      .prepare(
        'SELECT count(*) AS n FROM households h WHERE NOT EXISTS (SELECT 1 FROM persons p WHERE p.household_id = h.id)',
      )
      .get() as { n: number }
    expect(orphans.n).toBe(0)
    db.$client.close()
  })

  it('gives open cases phases, plans, consents and network members the overview and plan screens read', async () => {
    const t = await buildTestApp({ now: '2026-11-23T09:00:00Z' })
    const stages = new Set<string>()
    await seedLarge(t.db, {
      households: 500,
      today: '2026-11-23',
      onProgress: (_done, _total, stage) => stages.add(stage),
    })
    expect(stages).toContain('plans')
    const raw = t.db.$client
    const asJson = <T>(res: { statusCode: number; body: string }) => {
      expect(res.statusCode, res.body).toBe(200)
      return JSON.parse(res.body) as T
    }
    const count = (q: string, ...args: unknown[]) => (raw.prepare(q).get(...args) as { n: number }).n

    // Every case Sanne picked up has a current phase; most of them a plan.
    const sanne = demoAccount('workerNoord1')
    const sanneId = (raw.prepare('SELECT id FROM users WHERE email = ?').get(sanne.email) as { id: number })
      .id
    const ownCases = (
      raw
        .prepare(
          `SELECT DISTINCT household_id AS id FROM case_assignments
           WHERE worker_id = ? AND ended_at IS NULL AND acknowledged_at IS NOT NULL`,
        )
        .all(sanneId) as { id: number }[]
    ).map((r) => r.id)
    expect(ownCases.length).toBeGreaterThan(10)
    const phaseOf = raw.prepare('SELECT count(*) AS n FROM case_phases WHERE household_id = ?')
    const withoutPhase = ownCases.filter((id) => (phaseOf.get(id) as { n: number }).n === 0)
    expect(withoutPhase).toEqual([])
    const planned = ownCases.filter(
      (id) => count('SELECT count(*) AS n FROM plan_versions WHERE household_id = ?', id) > 0,
    )
    expect(planned.length).toBeGreaterThan(ownCases.length / 2)

    // The plans API reads the seeded versions back, with every goal's steps named after real people.
    const worker = await loginAs(t.app, sanne.email, demoPassword)
    for (const id of planned.slice(0, 5)) {
      const plan = asJson<PlanOverview>(await worker.get(`/api/households/${id}/plan`))
      expect(plan.current!.goals.length).toBeGreaterThan(0)
      expect(plan.versions.length).toBe(
        count('SELECT count(*) AS n FROM plan_versions WHERE household_id = ?', id),
      )
      for (const goal of plan.current!.goals)
        for (const action of goal.actions) expect(action.owner.name).not.toBe('?')
    }

    // Some cases were scaled down; their follow-up shows the agreed check-in interval.
    const scaledDown = raw
      .prepare(
        `SELECT p.household_id AS id FROM case_phases p JOIN case_assignments a ON a.household_id = p.household_id
         WHERE a.worker_id = ? AND a.ended_at IS NULL AND p.phase != 'active'
           AND p.id = (SELECT max(id) FROM case_phases x WHERE x.household_id = p.household_id)
         LIMIT 1`,
      )
      .get(sanneId) as { id: number }
    const followUp = asJson<FollowUp>(await worker.get(`/api/households/${scaledDown.id}/follow-up`))
    expect(followUp.phase).not.toBe('active')
    expect(followUp.nextCheckInOn).not.toBeNull()
    const supervisor = await loginAs(t.app, demoAccount('supervisorNoord').email, demoPassword)

    // The supervisor's overview: a minority without an agreed plan, consents running out, cases by phase.
    const overview = asJson<TeamOverview>(await supervisor.get('/api/team/overview'))
    const open = overview.workers.reduce((sum, w) => sum + w.households.length, 0)
    expect(open).toBeGreaterThan(50)
    expect(overview.metrics.withoutAgreedPlan!.length).toBeGreaterThan(0)
    expect(overview.metrics.withoutAgreedPlan!.length).toBeLessThan(open / 2)
    expect(overview.metrics.consentsExpiring!.length).toBeGreaterThan(0)
    expect(overview.metrics.overdueCheckIns!.length).toBeLessThan(open / 10)
    expect(overview.workers.some((w) => w.pulse > 0)).toBe(true)
    expect(count('SELECT count(*) AS n FROM network_members')).toBeGreaterThan(0)
    await t.close()
  })
})
