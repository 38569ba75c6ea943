import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { LightMyRequestResponse } from 'fastify'
import { buildTestApp, loginAs, type Client, type TestApp } from '../support/build-app.ts'
import { createWorld, testPassword } from '../support/factories.ts'
import { authorityHolders } from '../../server/src/db/schema/index.ts'

let t: TestApp
let world: Awaited<ReturnType<typeof createWorld>>
let sanne: Client
let h: number
let fatima: number
let daan: number

const tenMinutes = 10 * 60 * 1000
const conversationText = 'Fatima vertelt over de schulden bij de woningcorporatie en de ruzie met haar zus.'
const observation = 'Daan had op maandag een blauw oog en wilde niet zeggen hoe dat kwam.'
const question = 'Is het thuis veilig genoeg voor Daan, nu vader weer langskomt?'

beforeEach(async () => {
  t = await buildTestApp({ now: '2026-11-23T09:00:00Z' })
  world = await createWorld(t.db)
  sanne = await loginAs(t.app, world.users.worker.email, testPassword)
  h = world.households.own.id
  fatima = world.households.own.members[0]!.id
  daan = world.households.own.members[1]!.id // 13: his own consent and his mother's are both needed
  t.db.insert(authorityHolders).values({ childId: daan, holderPersonId: fatima, createdAt: 'x' }).run()
})
afterEach(() => t.close())

/** Calls the API and expects it to work; then moves the clock on ten minutes. */
async function step(call: Promise<LightMyRequestResponse>, status = 200) {
  const res = await call
  expect(res.statusCode, res.body).toBe(status)
  t.clock.advance(tenMinutes)
  return res
}

const timeline = (client: Client = sanne) => client.get(`/api/households/${h}/timeline`)

describe('the timeline of a case', () => {
  it('tells what happened, who did it and when, newest first, with the basis of each share', async () => {
    await step(
      sanne.post(`/api/households/${h}/conversations`, { kind: 'home_visit', text: conversationText }),
      201,
    ) // 09:00
    const consent = (giverId: number, validUntil: string | null) =>
      sanne.post(`/api/households/${h}/consents`, {
        subjectPersonId: daan,
        giver: { kind: 'person', personId: giverId },
        recipient: 'School De Regenboog',
        purpose: 'Afstemmen over verzuim',
        categories: ['school'],
        how: 'spoken',
        givenOn: '2026-11-20',
        validUntil,
      })
    await step(consent(fatima, '2027-06-01'), 201) // 09:10
    await step(consent(daan, null), 201) // 09:20
    await step(
      sanne.post(`/api/households/${h}/shares`, {
        personIds: [daan],
        recipient: 'School De Regenboog',
        purpose: 'Afstemmen over verzuim',
        categories: ['school'],
        summary: 'Afspraken over de ochtenden en het verzuim op maandag.',
        how: 'phone',
      }),
      201,
    ) // 09:30
    await step(
      sanne.post(`/api/households/${h}/safety/signals`, {
        personIds: [daan],
        observation,
        observedBy: 'Juf Ans',
        observedOn: '2026-11-23',
        source: 'school',
      }),
      201,
    ) // 09:40
    await step(
      sanne.put(`/api/households/${h}/plan`, {
        baseVersion: null,
        goals: [{ text: 'Daan gaat elke ochtend op tijd naar school.', ownerPersonId: daan }],
        positions: [{ personId: fatima, position: 'agrees', words: 'Dit wil ik ook.' }],
      }),
    ) // 09:50
    await step(
      sanne.put(`/api/households/${h}/phase`, {
        phase: 'pulse',
        intervalDays: 28,
        reason: 'Het gaat goed; we houden een vinger aan de pols.',
      }),
    ) // 10:00
    await step(sanne.post(`/api/households/${h}/reflections`, { question }), 201) // 10:10

    const res = await timeline()
    expect(res.statusCode, res.body).toBe(200)
    expect(res.json()).toEqual([
      { at: '2026-11-23T10:10:00.000Z', kind: 'reflectionAsked', who: 'Sanne de Wit', values: {} },
      {
        at: '2026-11-23T10:00:00.000Z',
        kind: 'phaseChanged',
        who: 'Sanne de Wit',
        values: { phase: 'pulse', intervalDays: 28 },
      },
      {
        at: '2026-11-23T09:50:00.000Z',
        kind: 'planPosition',
        who: 'Sanne de Wit',
        values: { member: 'Fatima Jansen', position: 'agrees', version: 1, by: 'worker' },
      },
      {
        at: '2026-11-23T09:50:00.000Z',
        kind: 'planVersion',
        who: 'Sanne de Wit',
        values: { version: 1, by: 'worker' },
      },
      {
        at: '2026-11-23T09:40:00.000Z',
        kind: 'signalRecorded',
        who: 'Sanne de Wit',
        values: { about: 'Daan Jansen', source: 'school' },
      },
      {
        at: '2026-11-23T09:30:00.000Z',
        kind: 'shared',
        who: 'Sanne de Wit',
        // The recipient, whose data, whose consent, and until when the share was covered (the earliest end).
        values: {
          recipient: 'School De Regenboog',
          about: 'Daan Jansen',
          basis: 'consent',
          givers: 'Fatima Jansen, Daan Jansen',
          validUntil: '2027-06-01',
        },
      },
      {
        at: '2026-11-23T09:00:00.000Z',
        kind: 'conversation',
        who: 'Sanne de Wit',
        values: { conversationKind: 'home_visit' },
      },
      {
        at: '2026-11-20',
        kind: 'consentGiven',
        who: 'Sanne de Wit',
        values: { subject: 'Daan Jansen', giver: 'Daan Jansen', recipient: 'School De Regenboog' },
      },
      {
        at: '2026-11-20',
        kind: 'consentGiven',
        who: 'Sanne de Wit',
        values: {
          subject: 'Daan Jansen',
          giver: 'Fatima Jansen',
          recipient: 'School De Regenboog',
          validUntil: '2027-06-01',
        },
      },
    ])
    // What was said, seen or asked stays in its own place: the timeline names only that it happened.
    for (const secret of [conversationText, observation, question, 'Dit wil ik ook', 'vinger aan de pols'])
      expect(res.body).not.toContain(secret)
  })

  it('names the report to Veilig Thuis a share rests on, and how the meldcode ended', async () => {
    const signal = await step(
      sanne.post(`/api/households/${h}/safety/signals`, {
        personIds: [daan],
        observation,
        observedBy: 'Sanne de Wit',
        observedOn: '2026-11-20',
        source: 'home_visit',
      }),
      201,
    )
    const started = await step(
      sanne.post(`/api/households/${h}/meldcode`, { signalIds: [signal.json().signals[0].id] }),
      201,
    )
    const id = started.json().id as number
    const meldcode = `/api/households/${h}/meldcode/${id}`
    await step(
      sanne.put(`${meldcode}/consultation`, {
        consulted: 'Mirjam Kok (aandachtsfunctionaris)',
        on: '2026-11-21',
        advice: 'Gesprek met moeder voeren en daarna afwegen.',
      }),
    )
    await step(
      sanne.put(`${meldcode}/conversation`, {
        held: true,
        on: '2026-11-22',
        withWhom: 'Fatima (moeder)',
        summary: 'Zorgen benoemd.',
      }),
    )
    const answer = (a: 'yes' | 'no') => ({ answer: a, reasoning: 'Zo gewogen.' })
    await step(
      sanne.put(`${meldcode}/weighing`, {
        q1: answer('yes'),
        q2: answer('no'),
        q3: answer('no'),
        q4: answer('yes'),
        q5: answer('yes'),
      }),
    )
    await step(
      sanne.put(`${meldcode}/decision`, {
        help: { description: 'Opvoedondersteuning voor moeder.' },
        report: { on: '2026-11-23', reference: 'VT-2026-0042', toldBeforehand: true },
      }),
    ) // 09:50
    await step(
      sanne.post(`/api/households/${h}/shares`, {
        personIds: [daan],
        recipient: 'Veilig Thuis',
        purpose: 'Melding huiselijk geweld',
        categories: ['safety'],
        summary: 'Signalen en afweging.',
        how: 'phone',
        basis: 'meldcode',
      }),
      201,
    ) // 10:00

    const events = (await timeline()).json() as { kind: string; values: object; at: string }[]
    expect(events.map((e) => e.kind)).toEqual([
      'shared',
      'signalFollowedUp',
      'meldcodeDecided',
      'meldcodeStarted',
      'signalRecorded',
    ])
    expect(events[0]).toMatchObject({
      at: '2026-11-23T10:00:00.000Z',
      values: {
        recipient: 'Veilig Thuis',
        basis: 'meldcode',
        reference: 'VT-2026-0042',
        reportedOn: '2026-11-23',
      },
    })
    expect(events[0]!.values).not.toHaveProperty('givers')
    expect(events[1]).toMatchObject({ values: { about: 'Daan Jansen', via: 'meldcode' } })
    expect(events[2]).toMatchObject({
      at: '2026-11-23T09:50:00.000Z',
      values: { report: 'yes', help: 'yes', reference: 'VT-2026-0042', reportedOn: '2026-11-23' },
    })
  })

  it('is there for the team’s supervisor, and not for a worker of another team; each read is audited', async () => {
    await step(
      sanne.post(`/api/households/${h}/conversations`, { kind: 'phone', text: conversationText }),
      201,
    )
    const mirjam = await loginAs(t.app, world.users.supervisor.email, testPassword)
    const own = await timeline(mirjam)
    expect(own.statusCode, own.body).toBe(200)
    expect(own.json()).toEqual([
      expect.objectContaining({ kind: 'conversation', values: { conversationKind: 'phone' } }),
    ])

    const anouk = await loginAs(t.app, world.users.foreignWorker.email, testPassword)
    expect((await timeline(anouk)).statusCode).toBe(404)

    const audited = t.db.$client
      .prepare(
        `SELECT outcome FROM audit_events WHERE operation = 'timeline.read' AND household_id = ? ORDER BY id`,
      )
      .all(h)
    expect(audited).toEqual([{ outcome: 'allowed' }, { outcome: 'denied' }])
  })
})
