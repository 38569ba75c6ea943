import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { buildTestApp, loginAs, type Client, type TestApp } from '../support/build-app.ts'
import { createWorld, testPassword } from '../support/factories.ts'
import { expertises } from '../../server/src/db/schema/index.ts'

let t: TestApp
let world: Awaited<ReturnType<typeof createWorld>>
let sanne: Client // worker, team A
let joost: Client // worker, team A
let mirjam: Client // supervisor, team A
let debtHelp: number
const days = (n: number) => n * 24 * 60 * 60 * 1000

beforeEach(async () => {
  t = await buildTestApp({ now: '2026-11-23T09:00:00Z' })
  world = await createWorld(t.db)
  debtHelp = t.db
    .insert(expertises)
    .values({ name: 'Schulden en geldzaken', createdAt: 'x' })
    .returning()
    .get().id
  sanne = await loginAs(t.app, world.users.worker.email, testPassword)
  joost = await loginAs(t.app, world.users.otherWorker.email, testPassword)
  mirjam = await loginAs(t.app, world.users.supervisor.email, testPassword)
})
afterEach(() => t.close())

/** Days pass: sessions expire meanwhile, so everyone logs in again. */
async function later(n: number) {
  t.clock.advance(days(n))
  sanne = await loginAs(t.app, world.users.worker.email, testPassword)
  joost = await loginAs(t.app, world.users.otherWorker.email, testPassword)
  mirjam = await loginAs(t.app, world.users.supervisor.email, testPassword)
}

const count = (table: string) =>
  (t.db.$client.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n

function gpRequest(overrides: Record<string, unknown> = {}) {
  return {
    source: 'gp',
    reporterName: 'Huisarts Van Leeuwen',
    reporterContact: '0900-1111111',
    receivedOn: '2026-11-23',
    question: 'Moeder maakt zich zorgen over zoon (16), slaapt slecht, verzuimt school.',
    householdKnows: 'yes',
    newHousehold: {
      neighbourhoodId: world.wijkA.id,
      address: { street: 'Kastanjelaan', houseNumber: 8, postcode: '1234ab', city: 'Voorbeeld' },
      members: [
        {
          givenName: 'Esra',
          familyName: 'Yilmaz',
          birthdate: '1989-02-14',
          relation: 'parent',
          bsn: '111222333',
        },
        {
          givenName: 'Mila',
          familyName: 'Yilmaz',
          birthdate: '2022-05-01',
          relation: 'child',
          authorityHolders: { memberIndexes: [0] },
        },
        {
          givenName: 'Can',
          familyName: 'Yilmaz',
          birthdate: '2014-01-10',
          relation: 'child',
          authorityHolders: { memberIndexes: [0] },
        },
        {
          givenName: 'Deniz',
          familyName: 'Yilmaz',
          birthdate: '2010-03-03',
          relation: 'child',
          authorityHolders: { memberIndexes: [0] },
        },
      ],
    },
    ...overrides,
  }
}

const triageYes = {
  urgency: 'days',
  safetyAnswer: 'yes',
  safetyNote: 'Moeder vertelt dat vader dreigt als hij komt; kinderen waren erbij.',
  expertiseIds: [] as number[],
  route: 'team',
  routeReasoning: 'Meerdere leefgebieden en zorgen over veiligheid: wijkteam pakt het op.',
  assignWorkerIds: [] as number[],
}

describe('registering a request', () => {
  it("a GP's request for a new household of a mother and three children lands on the worker's caseload", async () => {
    const res = await sanne.post('/api/requests', gpRequest())
    expect(res.statusCode, res.body).toBe(201)
    const request = res.json()
    expect(request).toMatchObject({
      householdName: 'Familie Yilmaz',
      source: 'gp',
      status: 'new',
      triageWorker: { name: 'Sanne de Wit' },
      firstAppointment: { dueOn: '2026-11-28', state: 'open', appointmentOn: null },
    })
    const household = (await sanne.get(`/api/households/${request.householdId}`)).json()
    expect(household.address.postcode).toBe('1234 AB')
    expect(household.members.map((m: { givenName: string; age: number }) => [m.givenName, m.age])).toEqual([
      ['Esra', 37],
      ['Deniz', 16],
      ['Can', 12],
      ['Mila', 4],
    ])
    expect(household.members[0].bsnMasked).toBe('******333')
    expect(household.members[3].authorityHolders).toEqual([
      { personId: household.members[0].id, name: 'Esra Yilmaz' },
    ])
    const caseload = (await sanne.get('/api/caseload?q=yilmaz')).json()
    expect(caseload.items).toHaveLength(1)
  })

  it('a request can be linked to a household the team already knows', async () => {
    const res = await sanne.post(
      '/api/requests',
      gpRequest({ newHousehold: undefined, existingHouseholdId: world.households.sameTeamOther.id }),
    )
    expect(res.statusCode, res.body).toBe(201)
    // The worker who registers it is now on the case.
    expect((await sanne.get(`/api/households/${world.households.sameTeamOther.id}`)).statusCode).toBe(200)
  })

  it('a household of another team cannot be linked: not found, nothing saved', async () => {
    const before = count('requests')
    const res = await sanne.post(
      '/api/requests',
      gpRequest({ newHousehold: undefined, existingHouseholdId: world.households.foreign.id }),
    )
    expect(res.statusCode).toBe(404)
    expect(count('requests')).toBe(before)
  })

  it('needs either a known household or a new one, not both and not neither', async () => {
    const neither = await sanne.post('/api/requests', gpRequest({ newHousehold: undefined }))
    expect(neither.statusCode).toBe(400)
    expect(neither.json().fieldErrors).toHaveProperty('household')
    const both = await sanne.post(
      '/api/requests',
      gpRequest({ existingHouseholdId: world.households.own.id }),
    )
    expect(both.statusCode).toBe(400)
  })

  it.each([
    [
      'an invalid postcode',
      { address: { street: 'Kastanjelaan', houseNumber: 8, postcode: '123 AB', city: 'Voorbeeld' } },
      'newHousehold.address.postcode',
      'Vul een postcode in zoals 1234 AB.',
    ],
  ])(
    '%s is refused with a message the worker can act on, and nothing is saved',
    async (_name, householdChange, field, message) => {
      const before = [count('households'), count('persons'), count('requests')]
      const body = gpRequest()
      const res = await sanne.post('/api/requests', {
        ...body,
        newHousehold: { ...body.newHousehold, ...householdChange },
      })
      expect(res.statusCode).toBe(400)
      expect(res.json().fieldErrors[field]).toBe(message)
      expect([count('households'), count('persons'), count('requests')]).toEqual(before)
    },
  )

  it('a birthdate in the future, a BSN that fails the elfproef and a child as authority holder are each named', async () => {
    const before = [count('households'), count('persons'), count('requests')]
    const body = gpRequest()
    const members: Record<string, unknown>[] = structuredClone(body.newHousehold.members)
    members[1] = { ...members[1]!, birthdate: '2027-01-01' }
    members[2] = { ...members[2]!, authorityHolders: { memberIndexes: [3] } }
    const future = await sanne.post('/api/requests', {
      ...body,
      newHousehold: { ...body.newHousehold, members },
    })
    expect(future.statusCode).toBe(400)
    expect(future.json().fieldErrors).toEqual({
      'newHousehold.members.1.birthdate': 'Een geboortedatum kan niet in de toekomst liggen.',
      'newHousehold.members.2.authorityHolders':
        'Wie gezag heeft, moet een volwassene (18 of ouder) in dit huishouden zijn, of iemand buiten het huishouden.',
    })
    const bsnMembers: Record<string, unknown>[] = structuredClone(body.newHousehold.members)
    bsnMembers[0] = { ...bsnMembers[0]!, bsn: '123456789' }
    const bsn = await sanne.post('/api/requests', {
      ...body,
      newHousehold: { ...body.newHousehold, members: bsnMembers },
    })
    expect(bsn.json().fieldErrors['newHousehold.members.0.bsn']).toMatch(/elfproef/)
    expect([count('households'), count('persons'), count('requests')]).toEqual(before)
  })

  it('a request received in the future is refused', async () => {
    const res = await sanne.post('/api/requests', gpRequest({ receivedOn: '2026-11-24' }))
    expect(res.json().fieldErrors).toEqual({
      receivedOn: 'Deze datum ligt in de toekomst. Vul een datum in van vandaag of eerder.',
    })
  })

  it('is recorded in the audit trail without the question text', async () => {
    const res = await sanne.post('/api/requests', gpRequest())
    const events = JSON.stringify(
      t.db.$client.prepare("SELECT * FROM audit_events WHERE operation = 'request.register'").all(),
    )
    expect(events).toContain(`"household_id":${res.json().householdId}`)
    expect(events).not.toContain('slaapt slecht')
  })
})

describe('possible duplicates', () => {
  it('suggests a household of the team at the same address, or with a member of the same name and birthdate', async () => {
    const byAddress = (
      await sanne.get(
        `/api/requests/duplicates?postcode=1234ab&houseNumber=${world.households.own.houseNumber}`,
      )
    ).json()
    expect(byAddress).toEqual([
      expect.objectContaining({ householdId: world.households.own.id, reasons: ['same-address'] }),
    ])
    const byPerson = (
      await sanne.get('/api/requests/duplicates?givenName=daan&familyName=JANSEN&birthdate=2013-06-01')
    ).json()
    expect(byPerson).toEqual([
      expect.objectContaining({ householdId: world.households.own.id, reasons: ['same-person'] }),
    ])
  })

  it("never suggests another team's household", async () => {
    const res = (
      await sanne.get(
        `/api/requests/duplicates?postcode=1234ab&houseNumber=${world.households.foreign.houseNumber}`,
      )
    ).json()
    expect(res).toEqual([])
  })
})

describe('a first appointment within five days', () => {
  it('is overdue after five days without an appointment, and stands at the top of the lists', async () => {
    const older = (await sanne.post('/api/requests', gpRequest())).json()
    await later(2)
    const newer = (
      await sanne.post(
        '/api/requests',
        gpRequest({
          receivedOn: '2026-11-25',
          newHousehold: undefined,
          existingHouseholdId: world.households.own.id,
        }),
      )
    ).json()
    await later(4) // 29 November: the first request's due day (28 November) has passed
    const inbox = (await sanne.get('/api/inbox')).json()
    expect(
      inbox.toTriage.map((r: { id: number; firstAppointmentState: string }) => [
        r.id,
        r.firstAppointmentState,
      ]),
    ).toEqual([
      [older.id, 'overdue'],
      [newer.id, 'open'],
    ])
    expect(inbox.overdueAppointments.map((r: { id: number }) => r.id)).toEqual([older.id])
    const team = (await mirjam.get('/api/team/requests')).json()
    expect(team.overdue.map((r: { id: number }) => r.id)).toEqual([older.id])
    expect(team.requests[0].id).toBe(older.id)
  })

  it('an appointment made takes it off the overdue list; held or not held is recorded', async () => {
    const request = (await sanne.post('/api/requests', gpRequest())).json()
    const early = await sanne.post(`/api/requests/${request.id}/appointment/outcome`, { outcome: 'held' })
    expect(early.statusCode).toBe(409)
    const made = await sanne.post(`/api/requests/${request.id}/appointment`, { appointmentOn: '2026-11-26' })
    expect(made.json().firstAppointment).toMatchObject({
      state: 'made',
      appointmentOn: '2026-11-26',
      madeOn: '2026-11-23',
    })
    await later(10)
    expect((await sanne.get('/api/inbox')).json().overdueAppointments).toEqual([])
    const held = await sanne.post(`/api/requests/${request.id}/appointment/outcome`, { outcome: 'not_held' })
    expect(held.json().firstAppointment.outcome).toBe('not_held')
  })

  it('an appointment before the request came in is refused', async () => {
    const request = (await sanne.post('/api/requests', gpRequest())).json()
    const res = await sanne.post(`/api/requests/${request.id}/appointment`, { appointmentOn: '2026-11-01' })
    expect(res.statusCode).toBe(400)
  })
})

describe('triage', () => {
  it('"yes" to the safety question opens a safety signal and puts a safety mark beside the household everywhere', async () => {
    const request = (await sanne.post('/api/requests', gpRequest())).json()
    const res = await sanne.post(`/api/requests/${request.id}/triage`, triageYes)
    expect(res.statusCode, res.body).toBe(200)
    expect(res.json()).toMatchObject({ status: 'triaged', safetyMark: true })
    expect((await sanne.get('/api/caseload?q=yilmaz')).json().items[0].safetyMark).toBe(true)
    expect((await sanne.get(`/api/households/${request.householdId}`)).json().safetyMark).toBe(true)
    const team = (await mirjam.get('/api/team/requests')).json()
    expect(team.safetyNotFollowedUp).toEqual([
      expect.objectContaining({
        householdId: request.householdId,
        raisedBy: { id: world.users.worker.id, name: 'Sanne de Wit' },
      }),
    ])
  })

  it('"yes" needs a short observation', async () => {
    const request = (await sanne.post('/api/requests', gpRequest())).json()
    const res = await sanne.post(`/api/requests/${request.id}/triage`, {
      ...triageYes,
      safetyNote: undefined,
    })
    expect(res.statusCode).toBe(400)
    expect(res.json().fieldErrors).toHaveProperty('safetyNote')
    expect(count('triage_versions')).toBe(0)
    expect(count('safety_signals')).toBe(0)
  })

  it('cannot be saved without an answer to the safety question (a blocking checkpoint), and nothing is saved', async () => {
    const request = (await sanne.post('/api/requests', gpRequest())).json()
    const res = await sanne.post(`/api/requests/${request.id}/triage`, {
      ...triageYes,
      safetyAnswer: undefined,
    })
    expect(res.statusCode).toBe(400)
    expect(res.json().fieldErrors.safetyAnswer).toBeTruthy()
    expect(count('triage_versions')).toBe(0)
    // The route map shows the step as open until it is answered with yes or no.
    const route = (await sanne.get(`/api/households/${request.householdId}/route`)).json()
    expect(route.checkpoints.find((c: { id: string }) => c.id === 'safetyQuestionAnswered').met).toBe(false)
  })

  it('every version is kept with who and when, and the safety signal is not opened twice', async () => {
    const request = (await sanne.post('/api/requests', gpRequest())).json()
    await sanne.post(`/api/requests/${request.id}/triage`, triageYes)
    await later(1)
    const second = await sanne.post(`/api/requests/${request.id}/triage`, {
      ...triageYes,
      urgency: 'acute',
      expertiseIds: [debtHelp],
    })
    const versions = second.json().triage
    expect(versions.map((v: { version: number; urgency: string }) => [v.version, v.urgency])).toEqual([
      [2, 'acute'],
      [1, 'days'],
    ])
    expect(versions[0]).toMatchObject({
      createdBy: { name: 'Sanne de Wit' },
      expertises: [{ id: debtHelp, name: 'Schulden en geldzaken' }],
    })
    expect(count('safety_signals')).toBe(1)
  })

  it('"the team takes it up" assigns the chosen colleague, who finds it new in their inbox and picks it up in one action', async () => {
    const request = (await sanne.post('/api/requests', gpRequest())).json()
    const triaged = await sanne.post(`/api/requests/${request.id}/triage`, {
      ...triageYes,
      assignWorkerIds: [world.users.otherWorker.id],
    })
    expect(triaged.json().triage[0].assignedWorkers).toEqual([
      { id: world.users.otherWorker.id, name: 'Joost Smit' },
    ])
    const inbox = (await joost.get('/api/inbox')).json()
    expect(inbox.newCases).toEqual([
      expect.objectContaining({ householdId: request.householdId, safetyMark: true }),
    ])
    expect((await joost.get('/api/caseload?q=yilmaz')).json().items).toHaveLength(1)
    const after = await joost.post(`/api/households/${request.householdId}/pick-up`, {})
    expect(after.json().newCases).toEqual([])
    expect((await joost.post(`/api/households/${request.householdId}/pick-up`, {})).statusCode).toBe(409)
  })

  it('"no professional help" records what was advised', async () => {
    const request = (await sanne.post('/api/requests', gpRequest())).json()
    const base = {
      urgency: 'regular',
      safetyAnswer: 'no',
      route: 'no_professional_help',
      routeReasoning: 'Vraag is met advies beantwoord.',
    }
    expect((await sanne.post(`/api/requests/${request.id}/triage`, base)).json().fieldErrors).toHaveProperty(
      'advice',
    )
    const ok = await sanne.post(`/api/requests/${request.id}/triage`, {
      ...base,
      advice: 'Buurtcentrum: formulierenhulp op dinsdag.',
    })
    expect(ok.json().triage[0]).toMatchObject({
      route: 'no_professional_help',
      advice: 'Buurtcentrum: formulierenhulp op dinsdag.',
    })
  })

  it('unknown expertise or a worker of another team is refused', async () => {
    const request = (await sanne.post('/api/requests', gpRequest())).json()
    const res = await sanne.post(`/api/requests/${request.id}/triage`, {
      ...triageYes,
      expertiseIds: [9999],
      assignWorkerIds: [world.users.foreignWorker.id],
    })
    expect(res.json().fieldErrors).toEqual({
      expertiseIds: 'Kies expertise uit de lijst.',
      assignWorkerIds: 'Kies een actieve medewerker van dit team.',
    })
  })

  it('can be done before the household picture is complete: members without birthdates', async () => {
    const body = gpRequest()
    const res = await sanne.post('/api/requests', {
      ...body,
      newHousehold: {
        ...body.newHousehold,
        members: [{ givenName: 'Onbekend', familyName: 'Bewoner', relation: 'resident' }],
      },
    })
    expect(res.statusCode, res.body).toBe(201)
    expect((await sanne.post(`/api/requests/${res.json().id}/triage`, triageYes)).statusCode).toBe(200)
  })
})

describe("the supervisor's view of requests", () => {
  it("counts requests by status and lists the ones nobody triages yet; assigning puts it in a worker's inbox", async () => {
    const mine = (await sanne.post('/api/requests', gpRequest())).json()
    await sanne.post(`/api/requests/${mine.id}/triage`, triageYes)
    const unassigned = (await mirjam.post('/api/requests', gpRequest({ source: 'school' }))).json()
    const overview = (await mirjam.get('/api/team/requests')).json()
    expect(overview.counts).toEqual({ new: 1, triaged: 1, closed: 0 })
    expect(overview.unassigned.map((r: { id: number }) => r.id)).toEqual([unassigned.id])
    const assigned = await mirjam.post(`/api/requests/${unassigned.id}/triage-worker`, {
      workerId: world.users.otherWorker.id,
    })
    expect(assigned.json().triageWorker).toEqual({ id: world.users.otherWorker.id, name: 'Joost Smit' })
    const inbox = (await joost.get('/api/inbox')).json()
    expect(inbox.toTriage.map((r: { id: number }) => r.id)).toEqual([unassigned.id])
    expect(inbox.newCases.map((c: { householdId: number }) => c.householdId)).toEqual([
      unassigned.householdId,
    ])
  })

  it('a worker cannot assign triage work', async () => {
    const request = (await mirjam.post('/api/requests', gpRequest())).json()
    expect(
      (await sanne.post(`/api/requests/${request.id}/triage-worker`, { workerId: world.users.worker.id }))
        .statusCode,
    ).toBe(404)
  })
})

describe('handing a case to a colleague', () => {
  it('stays with the sender until the colleague accepts', async () => {
    const h = world.households.own.id
    const offer = await sanne.post(`/api/households/${h}/transfers`, {
      toWorkerId: world.users.otherWorker.id,
      note: 'Ik ga met verlof.',
    })
    expect(offer.statusCode, offer.body).toBe(201)
    expect((await sanne.get(`/api/households/${h}`)).statusCode).toBe(200)
    expect((await joost.get(`/api/households/${h}`)).statusCode).toBe(404)
    expect((await sanne.get(`/api/households/${h}`)).json().pendingTransfer).toEqual({
      id: offer.json().id,
      from: { id: world.users.worker.id, name: 'Sanne de Wit' },
      to: { id: world.users.otherWorker.id, name: 'Joost Smit' },
    })
    expect(
      (await sanne.post(`/api/households/${h}/transfers`, { toWorkerId: world.users.otherWorker.id }))
        .statusCode,
    ).toBe(409)
    const inbox = (await joost.get('/api/inbox')).json()
    expect(inbox.transfers).toEqual([
      expect.objectContaining({
        householdId: h,
        safetyMark: false,
        from: { id: world.users.worker.id, name: 'Sanne de Wit' },
        note: 'Ik ga met verlof.',
      }),
    ])
    const accepted = await joost.post(`/api/transfers/${offer.json().id}/accept`, {})
    expect(accepted.json().status).toBe('accepted')
    expect((await joost.get(`/api/households/${h}`)).statusCode).toBe(200)
    expect((await sanne.get(`/api/households/${h}`)).statusCode).toBe(404)
  })

  it('a declined transfer leaves the case where it was; only the colleague it was offered to decides', async () => {
    const h = world.households.own.id
    const offer = (
      await sanne.post(`/api/households/${h}/transfers`, { toWorkerId: world.users.otherWorker.id })
    ).json()
    expect((await sanne.post(`/api/transfers/${offer.id}/accept`, {})).statusCode).toBe(404)
    expect((await joost.post(`/api/transfers/${offer.id}/decline`, {})).json().status).toBe('declined')
    expect((await joost.post(`/api/transfers/${offer.id}/accept`, {})).statusCode).toBe(409)
    expect((await sanne.get(`/api/households/${h}`)).statusCode).toBe(200)
  })

  it('only to an active worker of the same team', async () => {
    const res = await sanne.post(`/api/households/${world.households.own.id}/transfers`, {
      toWorkerId: world.users.foreignWorker.id,
    })
    expect(res.statusCode).toBe(400)
  })
})

describe('first contact facts for legal protection', () => {
  it('records that the voluntary nature was explained and support was offered, by whom and when', async () => {
    const res = await sanne.request({
      method: 'PUT',
      url: `/api/households/${world.households.own.id}/first-contact`,
      payload: { voluntaryExplainedOn: '2026-11-23', clientSupport: { offer: 'declined', on: '2026-11-23' } },
    })
    expect(res.statusCode, res.body).toBe(200)
    expect(res.json()).toEqual({
      voluntaryExplained: { on: '2026-11-23', by: 'Sanne de Wit' },
      clientSupport: { offer: 'declined', on: '2026-11-23', by: 'Sanne de Wit' },
      objectionExplained: null,
    })
    const later = await sanne.request({
      method: 'PUT',
      url: `/api/households/${world.households.own.id}/first-contact`,
      payload: { objectionExplainedOn: '2026-11-23' },
    })
    expect(later.json().voluntaryExplained).not.toBeNull()
    expect(
      (await sanne.get(`/api/households/${world.households.own.id}`)).json().firstContact.objectionExplained,
    ).toEqual({ on: '2026-11-23', by: 'Sanne de Wit' })
  })
})

describe('who may touch requests', () => {
  it('a worker of another team, a household member and an administrator get not found', async () => {
    const request = (await sanne.post('/api/requests', gpRequest())).json()
    for (const email of [
      world.users.foreignWorker.email,
      world.users.resident.email,
      world.users.admin.email,
    ]) {
      const c = await loginAs(t.app, email, testPassword)
      expect((await c.get(`/api/requests/${request.id}`)).statusCode, email).toBe(404)
      expect((await c.post(`/api/requests/${request.id}/triage`, triageYes)).statusCode, email).toBe(404)
      expect(
        (await c.post(`/api/requests/${request.id}/appointment`, { appointmentOn: '2026-11-25' })).statusCode,
        email,
      ).toBe(404)
    }
    expect(count('triage_versions')).toBe(0)
  })

  it('household members and administrators cannot register requests or read an inbox', async () => {
    for (const email of [world.users.resident.email, world.users.admin.email]) {
      const c = await loginAs(t.app, email, testPassword)
      expect((await c.post('/api/requests', gpRequest())).statusCode).toBe(403)
      expect((await c.get('/api/inbox')).statusCode).toBe(403)
    }
  })

  it('a denied look at a request is audited', async () => {
    const request = (await sanne.post('/api/requests', gpRequest())).json()
    const other = await loginAs(t.app, world.users.foreignWorker.email, testPassword)
    await other.get(`/api/requests/${request.id}`)
    const row = t.db.$client
      .prepare("SELECT * FROM audit_events WHERE operation = 'request.read' ORDER BY id DESC LIMIT 1")
      .get()
    expect(row).toMatchObject({
      outcome: 'denied',
      actor_id: world.users.foreignWorker.id,
      household_id: request.householdId,
    })
  })
})
