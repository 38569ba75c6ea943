import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { buildTestApp, loginAs, type Client, type TestApp } from '../support/build-app.ts'
import { createUser, createWorld, testPassword } from '../support/factories.ts'
import { persons } from '../../server/src/db/schema/index.ts'

let t: TestApp
let world: Awaited<ReturnType<typeof createWorld>>
let sanne: Client
let mirjam: Client
let h: number
let fatima: number
let daan: number
let noor: number

const count = (table: string) =>
  (t.db.$client.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n

beforeEach(async () => {
  t = await buildTestApp({ now: '2026-11-23T09:00:00Z' })
  world = await createWorld(t.db)
  sanne = await loginAs(t.app, world.users.worker.email, testPassword)
  mirjam = await loginAs(t.app, world.users.supervisor.email, testPassword)
  h = world.households.own.id
  fatima = world.households.own.members[0]!.id
  daan = world.households.own.members[1]!.id
  noor = t.db
    .insert(persons)
    .values({
      householdId: h,
      givenName: 'Noor',
      familyName: 'Jansen',
      birthdate: '2022-05-10',
      relation: 'child',
      createdAt: '2026-01-01T00:00:00Z',
    })
    .returning()
    .get().id
})
afterEach(() => t.close())

const signal = (over: Record<string, unknown> = {}) =>
  sanne.post(`/api/households/${h}/safety/signals`, {
    personIds: [noor],
    observation:
      'Noor (4) had bij het huisbezoek blauwe plekken op beide bovenarmen en schrok toen ik bewoog.',
    observedBy: 'Sanne de Wit',
    observedOn: '2026-11-20',
    source: 'home_visit',
    ...over,
  })

const weighing = (q3: 'yes' | 'no') => ({
  q1: { answer: 'yes', reasoning: 'Blauwe plekken en schrikreactie bij een kind van 4.' },
  q2: { answer: 'no', reasoning: 'Geen acuut gevaar; moeder beschermt.' },
  q3: { answer: q3, reasoning: 'Vader wil niet meewerken; het team kan dit niet alleen.' },
  q4: { answer: 'yes', reasoning: 'Moeder wil hulp.' },
  q5: { answer: 'yes', reasoning: 'Verwacht binnen zes weken.' },
})

/** A trajectory with steps 1–3 done, on the signal about Noor. */
async function trajectoryUpToStep3() {
  const overview = (await signal()).json()
  const started = await sanne.post(`/api/households/${h}/meldcode`, { signalIds: [overview.signals[0].id] })
  expect(started.statusCode, started.body).toBe(201)
  const id = started.json().id as number
  // Step 3 before step 2: steps 1–3 may happen in any order.
  const talk = await sanne.put(`/api/households/${h}/meldcode/${id}/conversation`, {
    held: true,
    on: '2026-11-22',
    withWhom: 'Fatima (moeder)',
    summary: 'Zorgen benoemd; moeder vertelt over spanningen met vader.',
  })
  expect(talk.statusCode, talk.body).toBe(200)
  const consult = await sanne.put(`/api/households/${h}/meldcode/${id}/consultation`, {
    consulted: 'Mirjam Kok (aandachtsfunctionaris)',
    on: '2026-11-21',
    advice: 'Gesprek met moeder voeren en daarna afwegen.',
  })
  expect(consult.json()).toMatchObject({ stepsDone: [1, 2, 3], nextStep: 4 })
  return id
}

describe('a safety signal', () => {
  it('about a 4-year-old is visible on the case, the caseload and the supervisor’s list until it is followed up', async () => {
    const res = await signal()
    expect(res.statusCode, res.body).toBe(201)
    expect(res.json().signals[0]).toMatchObject({
      persons: [{ personId: noor, name: 'Noor Jansen' }],
      observedBy: 'Sanne de Wit',
      observedOn: '2026-11-20',
      source: 'home_visit',
      raisedBy: 'Sanne de Wit',
      followUp: null,
    })
    const caseload = (await sanne.get('/api/caseload')).json()
    expect(caseload.items.find((i: { id: number }) => i.id === h)).toMatchObject({
      openSignals: 1,
      safetyMark: true,
    })
    const team = (await mirjam.get('/api/team/safety')).json()
    expect(team.openSignals).toMatchObject([{ householdId: h, source: 'home_visit', inTrajectory: false }])

    const id = res.json().signals[0].id
    const done = await sanne.post(`/api/households/${h}/safety/signals/${id}/follow-up`, {
      note: 'Met moeder besproken: viel van de klimrekken, school bevestigt.',
    })
    expect(done.json().signals[0].followUp).toMatchObject({ by: 'Sanne de Wit' })
    expect((await mirjam.get('/api/team/safety')).json().openSignals).toEqual([])
    expect(
      (await sanne.post(`/api/households/${h}/safety/signals/${id}/follow-up`, { note: 'nogmaals' }))
        .statusCode,
    ).toBe(409)
  })

  it('about someone outside the household, or seen in the future, is refused with field errors and nothing is saved', async () => {
    const foreignPerson = world.households.foreign.members[0]!.id
    const res = await signal({ personIds: [noor, foreignPerson], observedOn: '2026-11-30' })
    expect(res.statusCode).toBe(400)
    expect(Object.keys(res.json().fieldErrors).sort()).toEqual(['observedOn', 'personIds.1'])
    const empty = await signal({ observation: '   ', personIds: [] })
    expect(empty.statusCode).toBe(400)
    expect(count('safety_signals')).toBe(0)
  })

  it('cannot be read or recorded by a worker of another team: not found, and audited as refused', async () => {
    const anouk = await loginAs(t.app, world.users.foreignWorker.email, testPassword)
    expect((await anouk.get(`/api/households/${h}/safety`)).statusCode).toBe(404)
    const last = t.db.$client
      .prepare('SELECT operation, outcome FROM audit_events ORDER BY id DESC LIMIT 1')
      .get()
    expect(last).toEqual({ operation: 'safety.read', outcome: 'denied' })
  })
})

describe('the picture of safety per member', () => {
  it('becomes overdue after 14 days while signals are open, and the administrator can change the number of days', async () => {
    await signal()
    await sanne.post(`/api/households/${h}/safety/pictures`, {
      personId: noor,
      assessment: 'concerns',
      basis: 'Huisbezoek; moeder beschermt, vader drinkt.',
      assessedOn: '2026-11-20',
    })
    const noorNow = (await sanne.get(`/api/households/${h}/safety`))
      .json()
      .members.find((m: { personId: number }) => m.personId === noor)
    expect(noorNow).toMatchObject({
      age: 4,
      overdue: false,
      current: { assessment: 'concerns', by: 'Sanne de Wit' },
    })

    t.clock.set('2026-12-05T09:00:00Z') // 15 days after the picture; sessions ended meanwhile
    sanne = await loginAs(t.app, world.users.worker.email, testPassword)
    mirjam = await loginAs(t.app, world.users.supervisor.email, testPassword)
    const later = (await sanne.get(`/api/households/${h}/safety`)).json()
    expect(later.members.find((m: { personId: number }) => m.personId === noor).overdue).toBe(true)
    expect((await mirjam.get('/api/team/safety')).json().overduePictures[0]).toMatchObject({
      householdId: h,
      members: expect.arrayContaining([{ name: 'Noor Jansen', lastOn: '2026-11-20' }]),
    })

    const admin = await loginAs(t.app, world.users.admin.email, testPassword)
    expect((await admin.put('/api/admin/settings', { safetyPictureMaxAgeDays: 0 })).statusCode).toBe(400)
    expect((await admin.put('/api/admin/settings', { safetyPictureMaxAgeDays: 30 })).json()).toMatchObject({
      safetyPictureMaxAgeDays: 30,
    })
    const relaxed = (await sanne.get(`/api/households/${h}/safety`)).json()
    expect(relaxed.pictureMaxAgeDays).toBe(30)
    expect(relaxed.members.find((m: { personId: number }) => m.personId === noor).overdue).toBe(false)
    expect((await sanne.get('/api/admin/settings')).statusCode).toBe(403)
  })
})

describe('the meldcode', () => {
  it('refuses a decision before the afwegingskader, saying what is missing, why and how to resolve it', async () => {
    const id = await trajectoryUpToStep3()
    const res = await sanne.put(`/api/households/${h}/meldcode/${id}/decision`, {
      help: { description: 'Opvoedondersteuning' },
    })
    expect(res.statusCode).toBe(409)
    expect(res.json()).toMatchObject({
      code: 'CHECKPOINT_MISSING',
      fieldErrors: { weighing: expect.stringContaining('afwegingskader') },
      checkpoints: [
        {
          id: 'weighingBeforeDecision',
          what: expect.stringContaining('stap 4'),
          why: expect.any(String),
          resolve: expect.stringContaining('vijf vragen'),
        },
      ],
    })
    expect(count('meldcode_steps')).toBe(2)
  })

  it('says a report is needed when question 3 is "no", and then refuses a decision without a report', async () => {
    const id = await trajectoryUpToStep3()
    const weighed = await sanne.put(`/api/households/${h}/meldcode/${id}/weighing`, weighing('no'))
    expect(weighed.json().weighing).toMatchObject({ outcome: 'reportNeeded', reasons: ['q3'] })
    const helpOnly = await sanne.put(`/api/households/${h}/meldcode/${id}/decision`, {
      help: { description: 'Opvoedondersteuning' },
    })
    expect(helpOnly.statusCode).toBe(400)
    expect(helpOnly.json().fieldErrors.report).toMatch(/melding bij Veilig Thuis nodig/)
  })

  it('refuses a report dated before the signals, or not told beforehand without a reason; nothing is saved', async () => {
    const id = await trajectoryUpToStep3()
    await sanne.put(`/api/households/${h}/meldcode/${id}/weighing`, weighing('no'))
    const early = await sanne.put(`/api/households/${h}/meldcode/${id}/decision`, {
      report: { on: '2026-11-19', reference: 'VT-1', toldBeforehand: true },
    })
    expect(early.statusCode).toBe(400)
    expect(early.json().fieldErrors['report.on']).toMatch(/eerste signaal/)
    const untold = await sanne.put(`/api/households/${h}/meldcode/${id}/decision`, {
      report: { on: '2026-11-23', reference: 'VT-1', toldBeforehand: false },
    })
    expect(untold.json().fieldErrors['report.notToldReason']).toBeTruthy()
    expect(count('meldcode_steps')).toBe(3)
    expect((await sanne.get(`/api/households/${h}/safety`)).json().trajectories[0].decision).toBeNull()
  })

  it('records the report without telling the household beforehand, follows up the signals and keeps the team on the case', async () => {
    const id = await trajectoryUpToStep3()
    await sanne.put(`/api/households/${h}/meldcode/${id}/weighing`, weighing('no'))
    const res = await sanne.put(`/api/households/${h}/meldcode/${id}/decision`, {
      help: { description: 'Team blijft betrokken; opvoedondersteuning voor moeder.' },
      report: {
        on: '2026-11-23',
        reference: 'VT-2026-0042',
        toldBeforehand: false,
        notToldReason: 'Vooraf vertellen brengt moeder en Noor in gevaar: vader is dan thuis.',
      },
    })
    expect(res.statusCode, res.body).toBe(200)
    expect(res.json()).toMatchObject({
      stepsDone: [1, 2, 3, 4, 5],
      nextStep: null,
      decision: { report: { reference: 'VT-2026-0042', toldBeforehand: false }, by: 'Sanne de Wit' },
    })
    const overview = (await sanne.get(`/api/households/${h}/safety`)).json()
    expect(overview.signals[0].followUp).not.toBeNull()
    // The supervisor sees it among the trajectories decided lately, with the report.
    expect((await mirjam.get('/api/team/safety')).json()).toMatchObject({
      trajectories: [],
      decidedRecently: [
        {
          trajectoryId: id,
          householdId: h,
          report: { reference: 'VT-2026-0042', toldBeforehand: false },
          help: true,
        },
      ],
    })
    // The team stays: the worker is still assigned and the household still on her caseload.
    expect((await sanne.get('/api/caseload')).json().items.map((i: { id: number }) => i.id)).toContain(h)
    expect(
      (await sanne.put(`/api/households/${h}/meldcode/${id}/weighing`, weighing('yes'))).statusCode,
    ).toBe(409)

    // The household's access log says the file was read and changed, never that it was safety or meldcode work.
    const fatimaPortal = await loginAs(t.app, world.users.resident.email, testPassword)
    const log = (await fatimaPortal.get(`/api/households/${h}/portal/access-log`)).json()
    const abouts = new Set(log.items.map((i: { about: string }) => i.about))
    expect(abouts.has('file')).toBe(true)
    for (const hidden of ['safety', 'meldcode', 'safetyPlan']) expect(abouts.has(hidden)).toBe(false)
  })

  it("puts the next safety step on the worker's Vandaag, and nothing there for a colleague without the case", async () => {
    const id = await trajectoryUpToStep3()
    const today = (await sanne.get('/api/safety/attention')).json()
    expect(today).toEqual([
      {
        householdId: h,
        householdName: 'Familie Jansen',
        openSignals: 1,
        overdueMembers: ['Fatima Jansen', 'Daan Jansen', 'Noor Jansen'],
        openTrajectory: { trajectoryId: id, nextStep: 4, ageDays: 0 },
      },
    ])
    const joost = await loginAs(t.app, world.users.otherWorker.email, testPassword)
    expect((await joost.get('/api/safety/attention')).json()).toEqual([])
    expect((await mirjam.get('/api/safety/attention')).statusCode).toBe(403)
  })

  it('shows the supervisor every open trajectory with its next step and age', async () => {
    const id = await trajectoryUpToStep3()
    t.clock.set('2026-11-30T09:00:00Z')
    mirjam = await loginAs(t.app, world.users.supervisor.email, testPassword)
    const team = (await mirjam.get('/api/team/safety')).json()
    expect(team.trajectories).toEqual([
      expect.objectContaining({
        trajectoryId: id,
        householdId: h,
        stepsDone: [1, 2, 3],
        nextStep: 4,
        ageDays: 7,
      }),
    ])
    expect(team.openSignals[0].inTrajectory).toBe(true)
    sanne = await loginAs(t.app, world.users.worker.email, testPassword)
    expect((await sanne.get('/api/team/safety')).statusCode).toBe(403)
  })

  it('does not map a signal of another household or one already followed up', async () => {
    const other = world.households.sameTeamOther.id
    const res = await sanne.post(`/api/households/${h}/meldcode`, { signalIds: [999] })
    expect(res.statusCode).toBe(400)
    expect(res.json().fieldErrors['signalIds.0']).toBeTruthy()
    expect((await sanne.post(`/api/households/${other}/meldcode`, { signalIds: [1] })).statusCode).toBe(404)
    expect(count('meldcode_trajectories')).toBe(0)
  })
})

describe('sharing on a meldcode report (meldrecht)', () => {
  const toVeiligThuis = {
    personIds: [0],
    recipient: 'Veilig Thuis',
    purpose: 'Melding huiselijk geweld',
    categories: ['safety', 'situation'],
    summary: 'Signalen, gesprekken en afweging.',
    how: 'phone',
    basis: 'meldcode',
  }

  it('is refused before a report is recorded, and allowed without consent once it is', async () => {
    const before = await sanne.post(`/api/households/${h}/shares`, { ...toVeiligThuis, personIds: [noor] })
    expect(before.statusCode).toBe(409)
    expect(before.json().checkpoints[0]).toMatchObject({ id: 'shareBasis' })
    expect(count('sharing_events')).toBe(0)

    const id = await trajectoryUpToStep3()
    await sanne.put(`/api/households/${h}/meldcode/${id}/weighing`, weighing('no'))
    await sanne.put(`/api/households/${h}/meldcode/${id}/decision`, {
      report: { on: '2026-11-23', reference: 'VT-2026-0042', toldBeforehand: true },
    })
    const toGp = await sanne.post(`/api/households/${h}/shares`, {
      ...toVeiligThuis,
      recipient: 'Huisarts',
      personIds: [noor],
    })
    expect(toGp.statusCode).toBe(400)
    expect(toGp.json().fieldErrors.recipient).toMatch(/Veilig Thuis/)

    const res = await sanne.post(`/api/households/${h}/shares`, {
      ...toVeiligThuis,
      personIds: [noor, fatima],
    })
    expect(res.statusCode, res.body).toBe(201)
    expect(res.json()).toMatchObject({
      basis: 'meldcode',
      report: { trajectoryId: id, on: '2026-11-23', reference: 'VT-2026-0042' },
    })
  })
})

describe('the safety plan', () => {
  async function planWithSafetyGoal() {
    const res = await sanne.put(`/api/households/${h}/plan`, {
      baseVersion: null,
      goals: [
        { text: 'Noor is veilig thuis, ook als papa boos is.', safety: true },
        { text: 'Rust in de ochtend.', safety: false },
      ],
    })
    expect(res.statusCode, res.body).toBe(200)
    return res.json().goals as { key: string; safety: boolean }[]
  }

  it('refuses a safety condition without someone watching over it, with a field error, and saves nothing', async () => {
    const res = await sanne.post(`/api/households/${h}/safety-plan/conditions`, {
      text: 'Vader komt niet onder invloed thuis.',
      watcher: ' ',
      howChecked: 'Oma belt elke avond.',
      reviewOn: '2026-12-15',
    })
    expect(res.statusCode).toBe(400)
    expect(res.json().fieldErrors.watcher).toMatch(/wie over deze afspraak waakt/)
    expect(count('safety_conditions')).toBe(0)
  })

  it("keeps each party's score on the safety scale beside the others, never averaged", async () => {
    const [safetyGoal, otherGoal] = await planWithSafetyGoal()
    const key = safetyGoal!.key
    const worry = await sanne.put(`/api/households/${h}/safety-plan/goals/${key}/worry`, {
      worry: 'Als papa gedronken heeft en boos wordt, kan Noor geslagen worden.',
    })
    expect(worry.statusCode, worry.body).toBe(200)
    for (const [by, who, score] of [
      ['household', 'Fatima', 4],
      ['worker', 'Sanne', 6],
      ['network', 'Oma Ria', 7],
      ['household', 'Fatima', 5],
    ] as const)
      await sanne.post(`/api/households/${h}/safety-plan/goals/${key}/scores`, {
        by,
        who,
        score,
        on: '2026-11-22',
      })
    const plan = (await sanne.get(`/api/households/${h}/safety-plan`)).json()
    expect(plan.goals).toHaveLength(1)
    expect(plan.goals[0]).toMatchObject({
      worry: 'Als papa gedronken heeft en boos wordt, kan Noor geslagen worden.',
      latest: { household: { score: 5 }, worker: { score: 6 }, network: { score: 7 } },
    })
    expect(plan.goals[0].history).toHaveLength(4)
    expect(JSON.stringify(plan)).not.toMatch(/average|gemiddeld/)
    // Not a safety goal: no worry or scale.
    expect(
      (await sanne.put(`/api/households/${h}/safety-plan/goals/${otherGoal!.key}/worry`, { worry: 'x' }))
        .statusCode,
    ).toBe(404)
    expect(
      (
        await sanne.post(`/api/households/${h}/safety-plan/goals/${key}/scores`, {
          by: 'worker',
          who: 'S',
          score: 11,
          on: '2026-11-22',
        })
      ).statusCode,
    ).toBe(400)
  })

  it('is never shown in the portal to a member recorded as a possible source of danger', async () => {
    const [safetyGoal] = await planWithSafetyGoal()
    await sanne.post(`/api/households/${h}/safety-plan/conditions`, {
      text: 'Papa komt niet thuis als hij gedronken heeft.',
      watcher: 'Oma Ria',
      howChecked: 'Oma belt elke avond om 19.00 uur.',
      reviewOn: '2026-12-15',
      goalKey: safetyGoal!.key,
    })
    const fatimaPortal = await loginAs(t.app, world.users.resident.email, testPassword)
    const seen = await fatimaPortal.get(`/api/households/${h}/portal/safety-plan`)
    expect(seen.statusCode).toBe(200)
    expect(seen.json().conditions[0]).toMatchObject({ watcher: 'Oma Ria' })
    expect(seen.json().goals).toHaveLength(1)

    // Daan (13) gets a log-in, and is recorded as a possible source of danger.
    await createUser(t.db, {
      role: 'household',
      personId: daan,
      name: 'Daan Jansen',
      email: 'daan@voorbeeld.nl',
    })
    const set = await sanne.put(`/api/households/${h}/safety-plan/danger-sources`, {
      sources: [{ personId: daan, reason: 'Dreigt zijn zusje.' }],
    })
    expect(set.json().dangerSources).toEqual([
      { personId: daan, name: 'Daan Jansen', reason: 'Dreigt zijn zusje.' },
    ])
    const daanPortal = await loginAs(t.app, 'daan@voorbeeld.nl', testPassword)
    expect((await daanPortal.get(`/api/households/${h}/portal/safety-plan`)).statusCode).toBe(404)
    const daanPlan = (await daanPortal.get(`/api/households/${h}/portal/plan`)).json()
    expect(daanPlan.plan.goals.some((g: { safety: boolean }) => g.safety)).toBe(false)
    // The mother still sees it.
    expect((await fatimaPortal.get(`/api/households/${h}/portal/safety-plan`)).statusCode).toBe(200)
  })
})

describe('closing a case', () => {
  const closing = {
    reason: 'De doelen zijn bereikt; Fatima regelt het verder zelf.',
    evaluation: { on: '2026-11-23', summary: 'Fatima is tevreden en weet ons te vinden.' },
  }

  it('cannot happen until the household was told how to object or complain, and says why and how to resolve it', async () => {
    for (const personId of [fatima, daan, noor])
      await sanne.post(`/api/households/${h}/safety/pictures`, {
        personId,
        assessment: 'safe',
        basis: 'Laatste huisbezoek.',
        assessedOn: '2026-11-22',
      })
    const blocked = await sanne.post(`/api/households/${h}/close`, closing)
    expect(blocked.statusCode).toBe(409)
    expect(blocked.json()).toMatchObject({
      code: 'CHECKPOINT_MISSING',
      message: expect.stringContaining('nog niet worden afgesloten'),
      missing: ['Het huishouden is nog niet verteld hoe het bezwaar kan maken of kan klagen.'],
      checkpoints: [
        {
          id: 'objectionExplained',
          why: expect.any(String),
          resolve: expect.stringContaining('Eerste contact'),
        },
      ],
    })
    expect(count('case_closures')).toBe(0)

    await sanne.put(`/api/households/${h}/first-contact`, { objectionExplainedOn: '2026-11-23' })
    const closed = await sanne.post(`/api/households/${h}/close`, closing)
    expect(closed.statusCode, closed.body).toBe(200)
    expect(closed.json().closure).toMatchObject({ closedOn: '2026-11-23', by: 'Sanne de Wit' })
    expect((await sanne.post(`/api/households/${h}/close`, closing)).statusCode).toBe(409)
  })

  it('names every blocking checkpoint at once: no evaluation, stale safety pictures, an open meldcode trajectory', async () => {
    await trajectoryUpToStep3()
    await sanne.put(`/api/households/${h}/first-contact`, { objectionExplainedOn: '2026-11-23' })
    const res = await sanne.post(`/api/households/${h}/close`, { ...closing, evaluation: null })
    expect(res.statusCode).toBe(409)
    expect(res.json().checkpoints.map((c: { id: string }) => c.id)).toEqual([
      'meldcodeFinished',
      'evaluatedWithHousehold',
      'closingSafetyPicture',
    ])
    expect(res.json().missing[2]).toMatch(/Fatima Jansen, Daan Jansen, Noor Jansen/)
  })

  it('shows the route as a map: each step with its checkpoints, met or open, blocking or a reminder', async () => {
    await signal()
    const route = (await sanne.get(`/api/households/${h}/route`)).json()
    const state = (id: string) => route.checkpoints.find((c: { id: string }) => c.id === id)
    expect(state('safetyGoalsForSignals')).toMatchObject({ met: false })
    expect(state('membersHeard')).toMatchObject({ met: false })
    expect(state('shareBasis')).toMatchObject({ met: true })
    expect(state('safetyPictureCurrent').detail).toEqual(['Fatima Jansen', 'Daan Jansen', 'Noor Jansen'])
    expect(route.closure).toBeNull()
  })
})
