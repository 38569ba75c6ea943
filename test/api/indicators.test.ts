import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { buildTestApp, loginAs, type Client, type TestApp } from '../support/build-app.ts'
import { assignWorker, createHousehold, createUser, createWorld, testPassword } from '../support/factories.ts'

let t: TestApp
let world: Awaited<ReturnType<typeof createWorld>>
let sanne: Client
let mirjam: Client
let peter: Client

// Today is Monday 23 November 2026: the fourth quarter of 2026 is running.
beforeEach(async () => {
  t = await buildTestApp({ now: '2026-11-23T09:00:00Z' })
  world = await createWorld(t.db)
  sanne = await loginAs(t.app, world.users.worker.email, testPassword)
  mirjam = await loginAs(t.app, world.users.supervisor.email, testPassword)
  peter = await loginAs(t.app, world.users.foreignSupervisor.email, testPassword)
})
afterEach(() => t.close())

const run = (statement: string, ...values: unknown[]) => t.db.$client.prepare(statement).run(...values)

function request(
  householdId: number,
  teamId: number,
  receivedOn: string,
  madeOn: string | null,
  status = 'new',
) {
  run(
    `INSERT INTO requests (team_id, household_id, source, received_on, question, household_knows, status,
       registered_by, registered_at, appointment_made_on)
     VALUES (?, ?, 'resident', ?, 'Hulp bij post.', 'yes', ?, ?, 'x', ?)`,
    teamId,
    householdId,
    receivedOn,
    status,
    world.users.supervisor.id,
    madeOn,
  )
}

function planVersion(householdId: number, version: number, createdAt: string, positions: string[]) {
  const content = { positions: positions.map((position, i) => ({ personId: i + 1, position, words: '' })) }
  run(
    `INSERT INTO plan_versions (household_id, version, created_by, created_at, summary, content)
     VALUES (?, ?, ?, ?, 'Plan', ?)`,
    householdId,
    version,
    world.users.worker.id,
    createdAt,
    JSON.stringify(content),
  )
}

function picture(householdId: number, personId: number, assessedOn: string) {
  run(
    `INSERT INTO safety_pictures (household_id, person_id, assessment, basis, assessed_on, recorded_by, recorded_at)
     VALUES (?, ?, 'safe', 'Huisbezoek', ?, ?, 'x')`,
    householdId,
    personId,
    assessedOn,
    world.users.worker.id,
  )
}

function closing(householdId: number, closedOn: string, reopenedAt: string | null = null) {
  run(
    `INSERT INTO case_closures (household_id, closed_on, reason, evaluated_on, evaluation, closed_by, closed_at,
       reopened_at, reopened_by, reopen_reason)
     VALUES (?, ?, 'Doelen bereikt', ?, 'Samen geëvalueerd', ?, ?, ?, ?, ?)`,
    householdId,
    closedOn,
    closedOn,
    world.users.worker.id,
    `${closedOn}T10:00:00.000Z`,
    reopenedAt,
    reopenedAt ? world.users.worker.id : null,
    reopenedAt ? 'Nieuwe zorgen' : null,
  )
}

/** A household of team A on Sanne's caseload since `startedAt`. */
function caseSince(name: string, startedAt: string) {
  const household = createHousehold(t.db, { teamId: world.teamA.id, neighbourhoodId: world.wijkA.id, name })
  const assignment = assignWorker(t.db, household.id, world.users.worker.id)
  run('UPDATE case_assignments SET started_at = ? WHERE id = ?', startedAt, assignment.id)
  return household
}

/**
 * Team A's cases, each built for a known answer (Q4 = 2026-Q4 up to today, Q3 = 2026-Q3 up to 30 September):
 * - Jansen and Bakker: on the caseload since 5 January 2026 (from createWorld).
 * - C1: since 1 March, closed 15 October.
 * - C2: since 10 June, closed 20 July, re-opened 1 August (12 days later), closed again 10 November.
 * - C3: since 1 September 2025, closed 1 December 2025, re-opened 1 July 2026 (212 days: too late to count).
 * - C5: since 31 July, closed 10 September, re-opened 5 October (after Q3 ended).
 * - D: on the caseload until 1 October (the assignment ended, no closing).
 * Team B's Familie Visser has data of every kind too, and must never count for team A.
 */
function buildTeamData() {
  const a = world.teamA.id
  const { own: jansen, sameTeamOther: bakker, foreign: visser } = world.households

  // (1) Requests. Q4: made after 2, 10 and 4 days; one overdue without appointment; one still within its five
  // days; one closed without appointment. Q3: one made after 1 day.
  request(jansen.id, a, '2026-10-01', '2026-10-03')
  request(bakker.id, a, '2026-10-10', '2026-10-20')
  request(jansen.id, a, '2026-11-02', '2026-11-06')
  request(bakker.id, a, '2026-11-05', null)
  request(jansen.id, a, '2026-11-20', null)
  request(bakker.id, a, '2026-11-01', null, 'closed')
  request(jansen.id, a, '2026-09-30', '2026-10-01')
  request(visser.id, world.teamB.id, '2026-10-05', '2026-10-30')

  // (2) Plans. Jansen's agreed version was saved at 00:30 on 1 October Dutch time (22:30 UTC on 30 September):
  // a Q4 version, so at the end of Q3 Jansen's newest plan had no agreement yet.
  planVersion(jansen.id, 1, '2026-09-15T10:00:00.000Z', [])
  planVersion(jansen.id, 2, '2026-09-30T22:30:00.000Z', ['agrees', 'partly'])
  planVersion(bakker.id, 1, '2026-10-20T10:00:00.000Z', ['disagrees'])
  planVersion(visser.id, 1, '2026-10-05T10:00:00.000Z', ['agrees'])

  // (4), (5) Closings and re-openings.
  const c1 = caseSince('Familie C1', '2026-03-01T09:00:00.000Z')
  closing(c1.id, '2026-10-15')
  const c2 = caseSince('Familie C2', '2026-06-10T09:00:00.000Z')
  closing(c2.id, '2026-07-20', '2026-08-01T10:00:00.000Z')
  closing(c2.id, '2026-11-10')
  const c3 = caseSince('Familie C3', '2025-09-01T09:00:00.000Z')
  closing(c3.id, '2025-12-01', '2026-07-01T09:00:00.000Z')
  const c5 = caseSince('Familie C5', '2026-07-31T09:00:00.000Z')
  closing(c5.id, '2026-09-10', '2026-10-05T09:00:00.000Z')
  const d = createHousehold(t.db, { teamId: a, neighbourhoodId: world.wijkA.id, name: 'Familie D' })
  assignWorker(t.db, d.id, world.users.worker.id, '2026-10-01T10:00:00.000Z')
  closing(visser.id, '2026-10-02', '2026-10-09T10:00:00.000Z')

  // (3) Safety pictures, at most 20 days old (the administrator's setting). Jansen: both members pictured in
  // November; Oma left on 1 October and needs none. Bakker: 22 days old. C3: in September and in November.
  run(`INSERT INTO settings (key, value) VALUES ('safety.pictureMaxAgeDays', '20')`)
  const [fatima, daan] = jansen.members
  picture(jansen.id, fatima!.id, '2026-11-15')
  picture(jansen.id, daan!.id, '2026-11-05')
  run(
    `INSERT INTO persons (household_id, given_name, family_name, birthdate, relation, left_on, created_at)
     VALUES (?, 'Oma', 'Jansen', '1950-01-01', 'grandparent', '2026-10-01', '2026-01-05T09:00:00.000Z')`,
    jansen.id,
  )
  picture(bakker.id, bakker.members[0]!.id, '2026-11-01')
  picture(c3.id, c3.members[0]!.id, '2026-09-20')
  picture(c3.id, c3.members[0]!.id, '2026-11-20')
  picture(visser.id, visser.members[0]!.id, '2026-11-22')
}

type Figure = {
  quarter: string
  value: number | null
  count: number | null
  n: number
  withinFiveDays: unknown
}
type Report = {
  quarter: string
  asOf: string
  pictureMaxAgeDays: number
  indicators: { key: string; unit: string; definitionKey: string; current: Figure; previous: Figure[] }[]
}
const byKey = (report: Report) => Object.fromEntries(report.indicators.map((i) => [i.key, i]))

describe('the team’s indicators', () => {
  it('counts each of the five figures for the running quarter exactly, as of today', async () => {
    buildTeamData()
    const res = await mirjam.get('/api/team/indicators')
    expect(res.statusCode, res.body).toBe(200)
    const report = res.json<Report>()
    expect(report).toMatchObject({ quarter: '2026-Q4', asOf: '2026-11-23', pictureMaxAgeDays: 20 })
    expect(report.indicators.map((i) => i.key)).toEqual([
      'firstAppointment',
      'planAgreed',
      'safetyPicture',
      'reopened',
      'supportLength',
    ])
    const figures = byKey(report)
    // Waits of 2, 10 and 4 days; within five days: 2 of those 3 plus the one overdue without appointment.
    expect(figures.firstAppointment!.current).toEqual({
      quarter: '2026-Q4',
      value: 4,
      count: null,
      n: 3,
      withinFiveDays: { value: 0.5, count: 2, n: 4 },
    })
    expect(figures.firstAppointment!).toMatchObject({
      unit: 'days',
      definitionKey: 'indicators.definitions.firstAppointment',
    })
    // Jansen agrees (newest version), Bakker does not.
    expect(figures.planAgreed!.current).toMatchObject({ value: 0.5, count: 1, n: 2 })
    // Open today: Jansen (pictured), Bakker (22 days), C3 (pictured), C5 (re-opened, never pictured).
    expect(figures.safetyPicture!.current).toMatchObject({ value: 0.5, count: 2, n: 4 })
    // Closings in the twelve months to 31 December 2026: C1, C2 (twice) and C5; C2's first and C5 re-opened.
    expect(figures.reopened!.current).toMatchObject({ value: 0.5, count: 2, n: 4 })
    // Closed in Q4: C1 after 228 days, C2 101 days after its re-opening.
    expect(figures.supportLength!.current).toMatchObject({ value: 164.5, count: null, n: 2 })
  })

  it('shows the three quarters before, each as of its own last day', async () => {
    buildTeamData()
    const figures = byKey((await mirjam.get('/api/team/indicators?quarter=2026-Q4')).json<Report>())
    expect(figures.firstAppointment!.previous.map((f) => f.quarter)).toEqual([
      '2026-Q1',
      '2026-Q2',
      '2026-Q3',
    ])
    const q3 = (key: string) => figures[key]!.previous[2]
    expect(q3('firstAppointment')).toMatchObject({
      value: 1,
      n: 1,
      withinFiveDays: { value: 1, count: 1, n: 1 },
    })
    // At the end of Q3 Jansen's newest plan was version 1, without agreement.
    expect(q3('planAgreed')).toMatchObject({ value: 0, count: 0, n: 1 })
    // Open on 30 September: Jansen, Bakker, C1, C2 (re-opened), C3 and D; only C3 pictured within 20 days.
    expect(q3('safetyPicture')).toMatchObject({ count: 1, n: 6 })
    // Closings from 1 October 2025: C3 (re-opened too late), C2's first (re-opened) and C5 (re-opened only after
    // the quarter ended).
    expect(q3('reopened')).toMatchObject({ count: 1, n: 3 })
    expect(q3('supportLength')).toMatchObject({ value: 40.5, n: 2 })
    expect(figures.supportLength!.previous[0]).toMatchObject({ quarter: '2026-Q1', value: null, n: 0 })

    // Asking for Q3 itself gives the same figures, now as the current quarter.
    const report = (await mirjam.get('/api/team/indicators?quarter=2026-Q3')).json<Report>()
    expect(report).toMatchObject({ quarter: '2026-Q3', asOf: '2026-09-30' })
    for (const indicator of report.indicators)
      expect(indicator.current, indicator.key).toEqual(figures[indicator.key]!.previous[2])
  })

  it('never counts another team’s data, and gives no figure where there is nothing to count', async () => {
    buildTeamData()
    const figures = byKey((await peter.get('/api/team/indicators')).json<Report>())
    expect(figures.firstAppointment!.current).toMatchObject({ value: 25, n: 1 })
    expect(figures.planAgreed!.current).toMatchObject({ value: 1, count: 1, n: 1 })
    expect(figures.safetyPicture!.current).toMatchObject({ value: 1, count: 1, n: 1 })
    expect(figures.reopened!.current).toMatchObject({ value: 1, count: 1, n: 1 })
    expect(figures.supportLength!.current).toMatchObject({ value: 270, n: 1 })

    const empty = byKey((await mirjam.get('/api/team/indicators?quarter=2025-Q1')).json<Report>())
    expect(empty.supportLength!.current).toEqual({
      quarter: '2025-Q1',
      value: null,
      count: null,
      n: 0,
      withinFiveDays: null,
    })
    expect(empty.planAgreed!.current).toMatchObject({ value: null, count: 0, n: 0 })
  })

  it('lets a worker of the team read the figures; a household member or administrator cannot', async () => {
    expect((await sanne.get('/api/team/indicators')).statusCode).toBe(200)
    const resident = await loginAs(t.app, world.users.resident.email, testPassword)
    const admin = await loginAs(t.app, world.users.admin.email, testPassword)
    expect((await resident.get('/api/team/indicators')).statusCode).toBe(403)
    expect((await admin.get('/api/team/narratives')).statusCode).toBe(403)
  })

  it('refuses a quarter that is not written as 2026-Q4, or has not begun, with a field error', async () => {
    for (const bad of ['2026-Q5', '2026-4', 'Q4', '2026-q4']) {
      const res = await mirjam.get(`/api/team/indicators?quarter=${bad}`)
      expect(res.statusCode, bad).toBe(400)
      expect(res.json().fieldErrors, bad).toEqual({ quarter: 'Kies een kwartaal in de vorm 2026-Q4.' })
    }
    const future = await mirjam.get('/api/team/indicators?quarter=2027-Q1')
    expect(future.statusCode).toBe(400)
    expect(future.json().fieldErrors).toEqual({ quarter: 'Dit kwartaal is nog niet begonnen.' })
    expect((await mirjam.get('/api/team/narratives?quarter=2027-Q1')).statusCode).toBe(400)
  })

  it('writes one audit event per request, without the numbers', async () => {
    await mirjam.get('/api/team/indicators?quarter=2026-Q3')
    const events = t.db.$client
      .prepare(
        `SELECT operation, object_id AS objectId, outcome FROM audit_events WHERE operation LIKE 'indicators.%'`,
      )
      .all()
    expect(events).toEqual([{ operation: 'indicators.read', objectId: '2026-Q3', outcome: 'allowed' }])
  })
})

describe('vertelpunten', () => {
  const story = {
    quarter: '2026-Q4',
    title: 'Samen naar de schuldhulp',
    text: 'We gingen vaker mee naar de intake. Dat scheelde weken wachten.\nVolgende keer eerder bellen.',
  }

  it('are written by workers and supervisors of the team and listed per quarter, in the order written', async () => {
    const written = await sanne.post('/api/team/narratives', story)
    expect(written.statusCode, written.body).toBe(201)
    expect(written.json()).toMatchObject({
      ...story,
      writtenBy: 'Sanne de Wit',
      writtenAt: '2026-11-23T09:00:00.000Z',
    })
    t.clock.advance(60_000)
    expect(
      (
        await mirjam.post('/api/team/narratives', {
          ...story,
          title: 'Tweede',
          text: 'Meer tijd voor overleg.',
        })
      ).statusCode,
    ).toBe(201)
    expect(
      (await mirjam.post('/api/team/narratives', { ...story, quarter: '2026-Q3', title: 'Zomer' }))
        .statusCode,
    ).toBe(201)

    const q4 = (await mirjam.get('/api/team/narratives?quarter=2026-Q4')).json()
    expect(q4.map((n: { title: string; writtenBy: string }) => [n.title, n.writtenBy])).toEqual([
      ['Samen naar de schuldhulp', 'Sanne de Wit'],
      ['Tweede', 'Mirjam Kok'],
    ])
    // Without a quarter: the current one.
    expect((await sanne.get('/api/team/narratives')).json()).toHaveLength(2)
    expect((await sanne.get('/api/team/narratives?quarter=2026-Q3')).json()).toEqual([
      expect.objectContaining({ title: 'Zomer', quarter: '2026-Q3' }),
    ])
    // Another team sees none of them.
    expect((await peter.get('/api/team/narratives?quarter=2026-Q4')).json()).toEqual([])
    // Every write is audited with the story's id, never its text.
    const audited = t.db.$client
      .prepare(
        `SELECT count(*) AS n FROM audit_events WHERE operation = 'narratives.write' AND object_id IS NOT NULL`,
      )
      .get() as { n: number }
    expect(audited.n).toBe(3)
  })

  it('refuses a title over 120 characters, an empty text, or a quarter that has not begun', async () => {
    const long = await sanne.post('/api/team/narratives', { ...story, title: 'x'.repeat(121), text: ' ' })
    expect(long.statusCode).toBe(400)
    expect(Object.keys(long.json().fieldErrors).sort()).toEqual(['text', 'title'])
    const future = await sanne.post('/api/team/narratives', { ...story, quarter: '2027-Q1' })
    expect(future.statusCode).toBe(400)
    expect(future.json().fieldErrors).toEqual({ quarter: 'Dit kwartaal is nog niet begonnen.' })
    expect(
      (await sanne.post('/api/team/narratives', { ...story, quarter: '2026-Q9' })).json().fieldErrors,
    ).toEqual({ quarter: 'Kies een kwartaal in de vorm 2026-Q4.' })
    const count = t.db.$client.prepare('SELECT count(*) AS n FROM narratives').get() as { n: number }
    expect(count.n).toBe(0)
  })

  it('cannot be written by someone outside a team', async () => {
    const outsider = await createUser(t.db, { role: 'worker', teamId: null, email: 'los@voorbeeld.nl' })
    const c = await loginAs(t.app, outsider.email, testPassword)
    expect((await c.post('/api/team/narratives', story)).statusCode).toBe(403)
  })
})
