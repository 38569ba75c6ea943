import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { buildTestApp, loginAs, type Client, type TestApp } from '../support/build-app.ts'
import { createUser, createWorld, testPassword } from '../support/factories.ts'
import { networkMembers, persons } from '../../server/src/db/schema/index.ts'

let t: TestApp
let world: Awaited<ReturnType<typeof createWorld>>
let sanne: Client
let h: number
let fatima: number
let daan: number
let lisa: number
let oma: number

beforeEach(async () => {
  t = await buildTestApp({ now: '2026-11-23T09:00:00Z' })
  world = await createWorld(t.db)
  sanne = await loginAs(t.app, world.users.worker.email, testPassword)
  h = world.households.own.id
  fatima = world.households.own.members[0]!.id
  daan = world.households.own.members[1]!.id
  lisa = t.db
    .insert(persons)
    .values({
      householdId: h,
      givenName: 'Lisa',
      familyName: 'Jansen',
      birthdate: '2009-01-01',
      relation: 'child',
      createdAt: '2026-01-01T00:00:00Z',
    })
    .returning()
    .get().id
  oma = t.db
    .insert(networkMembers)
    .values({ householdId: h, name: 'Oma Truus', relation: 'grootmoeder', createdAt: '2026-01-01T00:00:00Z' })
    .returning()
    .get().id
})
afterEach(() => t.close())

const versions = () =>
  (t.db.$client.prepare('SELECT count(*) AS n FROM plan_versions').get() as { n: number }).n

function firstPlan() {
  return {
    baseVersion: null,
    goals: [
      {
        text: 'Ik wil weer rust in mijn hoofd over de rekeningen.',
        ownerPersonId: fatima,
        actions: [
          {
            text: 'Zelf de energieleverancier bellen',
            owner: { kind: 'member', refId: fatima },
            dueOn: '2026-12-01',
          },
          { text: 'Meegaan naar de schuldhulp', owner: { kind: 'network', refId: oma } },
          {
            text: 'Aanmelding bij schuldhulp regelen',
            owner: { kind: 'worker', refId: world.users.worker.id },
          },
        ],
      },
      {
        text: 'Daan gaat weer elke dag naar school.',
        ownerPersonId: daan,
        actions: [{ text: 'Elke ochtend zelf de wekker zetten', owner: { kind: 'member', refId: daan } }],
      },
      { text: 'Samen eten op zondag.', ownerPersonId: null },
    ],
    direction: { holder: 'household', reason: 'Fatima wil het zelf regelen; ik kijk mee.' },
    decision: {
      discussed: 'De rekeningen en school.',
      options: 'Zelf bellen, of de wijkcoach laten bellen.',
      decided: 'Fatima belt zelf, Sanne kijkt mee.',
    },
    evaluationOn: '2027-02-01',
  }
}

describe('writing the plan with the household', () => {
  it("keeps goals in the household's own words, with whose goal it is, actions with owners and who holds direction", async () => {
    const res = await sanne.put(`/api/households/${h}/plan`, firstPlan())
    expect(res.statusCode, res.body).toBe(200)
    const plan = res.json()
    expect(plan.version).toBe(1)
    expect(plan.goals.map((g: { key: string }) => g.key)).toEqual(['g4', 'g6', 'g7'])
    expect(plan.goals[0]).toMatchObject({
      text: 'Ik wil weer rust in mijn hoofd over de rekeningen.',
      owner: { personId: fatima, name: 'Fatima Jansen' },
    })
    expect(plan.goals[0].actions.map((a: { owner: { name: string } }) => a.owner.name)).toEqual([
      'Fatima Jansen',
      'Oma Truus',
      'Sanne de Wit',
    ])
    expect(plan.direction).toEqual({
      holder: 'household',
      otherParty: null,
      reason: 'Fatima wil het zelf regelen; ik kijk mee.',
    })
    expect(plan.createdBy.name).toBe('Sanne de Wit')
  })

  it('makes a new version for every change and shows what changed between two versions', async () => {
    const v1 = (await sanne.put(`/api/households/${h}/plan`, firstPlan())).json()
    const goals = v1.goals.map((g: { key: string; text: string; owner: { personId: number } | null }) => ({
      key: g.key,
      text: g.text,
      ownerPersonId: g.owner?.personId ?? null,
    }))
    goals[0].text = 'Ik wil overzicht over de rekeningen en weten wat ik elke maand kan uitgeven.'
    goals[2].actions = [{ text: 'Boodschappenlijst maken', owner: { kind: 'member', refId: fatima } }]
    const v2 = await sanne.put(`/api/households/${h}/plan`, { ...firstPlan(), baseVersion: 1, goals })
    expect(v2.statusCode, v2.body).toBe(200)
    expect(v2.json().version).toBe(2)
    expect(v2.json().goals[0].key).toBe(v1.goals[0].key)

    const compare = (await sanne.get(`/api/households/${h}/plan-compare?from=1&to=2`)).json()
    expect(compare.changes).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          area: 'goal',
          change: 'changed',
          field: 'text',
          before: 'Ik wil weer rust in mijn hoofd over de rekeningen.',
        }),
        expect.objectContaining({ area: 'action', change: 'added', after: 'Boodschappenlijst maken' }),
        expect.objectContaining({
          area: 'action',
          change: 'removed',
          before: 'Zelf de energieleverancier bellen',
        }),
      ]),
    )
    const overview = (await sanne.get(`/api/households/${h}/plan`)).json()
    expect(overview.versions.map((v: { version: number }) => v.version)).toEqual([2, 1])
    expect(overview.versions[0].summary).toEqual(
      expect.arrayContaining([{ area: 'goal', change: 'changed', count: 1 }]),
    )
    // The first version is still there, as it was.
    expect((await sanne.get(`/api/households/${h}/plan/versions/1`)).json().goals[0].text).toBe(
      'Ik wil weer rust in mijn hoofd over de rekeningen.',
    )
  })

  it('writes no new version when nothing changed', async () => {
    await sanne.put(`/api/households/${h}/plan`, firstPlan())
    const current = (await sanne.get(`/api/households/${h}/plan`)).json().current
    const again = await sanne.put(`/api/households/${h}/plan`, {
      ...firstPlan(),
      baseVersion: 1,
      goals: current.goals.map((g: Record<string, unknown> & { actions: Record<string, unknown>[] }) => ({
        key: g.key,
        text: g.text,
        ownerPersonId: (g.owner as { personId: number } | null)?.personId ?? null,
        actions: g.actions.map((a) => ({
          key: a.key,
          text: a.text,
          owner: { kind: (a.owner as { kind: string }).kind, refId: (a.owner as { refId: number }).refId },
          dueOn: a.dueOn,
          status: a.status,
        })),
      })),
    })
    expect(again.json().version).toBe(1)
    expect(versions()).toBe(1)
  })

  it('refuses a change made on an older version and says which version is current', async () => {
    await sanne.put(`/api/households/${h}/plan`, firstPlan())
    await sanne.put(`/api/households/${h}/plan`, { ...firstPlan(), baseVersion: 1, goals: [] })
    const res = await sanne.put(`/api/households/${h}/plan`, { ...firstPlan(), baseVersion: 1 })
    expect(res.statusCode).toBe(409)
    expect(res.json().message).toContain('versie 2')
    expect(versions()).toBe(2)
  })

  it('records where each member stands on the plan as they said it, and which version that was', async () => {
    const res = await sanne.put(`/api/households/${h}/plan`, {
      ...firstPlan(),
      positions: [{ personId: fatima, position: 'partly', words: 'Bellen vind ik eng.' }],
    })
    expect(res.json().positions).toEqual([
      expect.objectContaining({
        personId: fatima,
        position: 'partly',
        words: 'Bellen vind ik eng.',
        onVersion: 1,
      }),
    ])
  })
})

describe('bad input to the plan', () => {
  it.each([
    ['a goal without text', { goals: [{ text: '  ' }] }, 'goals.0.text'],
    [
      'an action owner from another household',
      { goals: [{ text: 'Doel', actions: [{ text: 'Actie', owner: { kind: 'member', refId: 999 } }] }] },
      'goals.0.actions.0.owner',
    ],
    [
      "a network member who is not this household's",
      { goals: [{ text: 'Doel', actions: [{ text: 'Actie', owner: { kind: 'network', refId: 999 } }] }] },
      'goals.0.actions.0.owner',
    ],
    [
      'an agreement by someone who is not a member',
      { goals: [], positions: [{ personId: 999, position: 'agrees' }] },
      'positions.0.personId',
    ],
    [
      'a private goal of a 13-year-old',
      { goals: [{ text: 'Doel', ownerPersonId: 0, private: true }] },
      'goals.0.private',
    ],
    ['an evaluation date that does not exist', { goals: [], evaluationOn: '2027-02-30' }, 'evaluationOn'],
  ])('%s is refused with a field error and nothing is saved', async (_, change, field) => {
    const body = JSON.parse(
      JSON.stringify({ ...firstPlan(), ...change }).replace('"ownerPersonId":0', `"ownerPersonId":${daan}`),
    )
    const res = await sanne.put(`/api/households/${h}/plan`, body)
    expect(res.statusCode, res.body).toBe(400)
    expect(Object.keys(res.json().fieldErrors)).toContain(field)
    expect(versions()).toBe(0)
  })

  it('a private goal of someone of 16 or older is fine', async () => {
    const res = await sanne.put(`/api/households/${h}/plan`, {
      ...firstPlan(),
      goals: [{ text: 'Mijn eigen doel', ownerPersonId: lisa, private: true }],
    })
    expect(res.statusCode, res.body).toBe(200)
  })

  it('progress outside 1 to 10 is refused', async () => {
    const plan = (await sanne.put(`/api/households/${h}/plan`, firstPlan())).json()
    const res = await sanne.post(`/api/households/${h}/plan/goals/${plan.goals[0].key}/progress`, {
      scale: 11,
    })
    expect(res.statusCode).toBe(400)
    expect(res.json().fieldErrors.scale).toBe('Kies een cijfer van 1 tot en met 10.')
  })
})

describe('the reminder of life domains without a goal', () => {
  it('lists domains scored 1 or 2 in the latest analysis until there is a goal or a reason', async () => {
    const domains = (await sanne.get('/api/life-domains')).json() as { id: number; nameNl: string }[]
    const money = domains.find((d) => d.nameNl === 'Inkomen & schulden')!
    const housing = domains.find((d) => d.nameNl === 'Wonen')!
    await sanne.post(`/api/households/${h}/analyses`, {
      cells: [
        { personId: fatima, domainId: money.id, score: 2 },
        { personId: fatima, domainId: housing.id, score: 1 },
      ],
    })
    const before = (await sanne.get(`/api/households/${h}/plan`)).json()
    expect(before.domainsNeedingAttention.map((d: { name: string }) => d.name)).toEqual([
      'Inkomen & schulden',
      'Wonen',
    ])
    await sanne.put(`/api/households/${h}/plan`, {
      ...firstPlan(),
      goals: [{ text: 'Rust over geld', domainIds: [money.id] }],
      domainsWithoutGoal: [{ domainId: housing.id, reason: 'De woning is geregeld via de corporatie.' }],
    })
    const after = (await sanne.get(`/api/households/${h}/plan`)).json()
    expect(after.domainsNeedingAttention).toEqual([])
  })
})

describe("the household's own view of the plan", () => {
  async function planWithVisibility() {
    const res = await sanne.put(`/api/households/${h}/plan`, {
      ...firstPlan(),
      goals: [
        ...firstPlan().goals,
        { text: 'Lisa wil een bijbaan', ownerPersonId: lisa, private: true },
        { text: 'Afspraken over veiligheid thuis', safety: true, hiddenFrom: [fatima] },
      ],
    })
    expect(res.statusCode, res.body).toBe(200)
    return res.json()
  }

  it('shows a member the plan, without goals hidden from them and without private goals of others', async () => {
    await planWithVisibility()
    const me = await loginAs(t.app, world.users.resident.email, testPassword)
    const res = await me.get(`/api/households/${h}/portal/plan`)
    expect(res.statusCode, res.body).toBe(200)
    const texts = res.json().plan.goals.map((g: { text: string }) => g.text)
    expect(texts).toEqual([
      'Ik wil weer rust in mijn hoofd over de rekeningen.',
      'Daan gaat weer elke dag naar school.',
      'Samen eten op zondag.',
    ])
    expect(res.json().plan).not.toHaveProperty('domainsWithoutGoal')
    expect(JSON.stringify(res.json())).not.toContain('bijbaan')
    expect(JSON.stringify(res.json())).not.toContain('veiligheid')
  })

  it('shows a 16-year-old their own private goal', async () => {
    await planWithVisibility()
    await createUser(t.db, {
      role: 'household',
      personId: lisa,
      name: 'Lisa Jansen',
      email: 'lisa@voorbeeld.nl',
    })
    const me = await loginAs(t.app, 'lisa@voorbeeld.nl', testPassword)
    const texts = (await me.get(`/api/households/${h}/portal/plan`))
      .json()
      .plan.goals.map((g: { text: string }) => g.text)
    expect(texts).toContain('Lisa wil een bijbaan')
    expect(texts).toContain('Afspraken over veiligheid thuis')
  })

  it('shows a member under 16 only what concerns them, until those with authority agree to the whole plan', async () => {
    await planWithVisibility()
    await createUser(t.db, {
      role: 'household',
      personId: daan,
      name: 'Daan Jansen',
      email: 'daan@voorbeeld.nl',
    })
    const me = await loginAs(t.app, 'daan@voorbeeld.nl', testPassword)
    const limited = (await me.get(`/api/households/${h}/portal/plan`)).json()
    expect(limited.limitedToOwn).toBe(true)
    expect(limited.plan.goals.map((g: { text: string }) => g.text)).toEqual([
      'Daan gaat weer elke dag naar school.',
    ])
    expect(limited.plan.decision).toEqual({ discussed: '', options: '', decided: '' })

    const choice = await sanne.put(`/api/households/${h}/members/${daan}/plan-view`, {
      seesWholePlan: true,
      agreedBy: 'Fatima (moeder, gezag), in het gesprek van 23 november.',
    })
    expect(choice.statusCode, choice.body).toBe(200)
    expect((await sanne.get(`/api/households/${h}/plan`)).json().minorViews).toEqual([
      expect.objectContaining({ personId: daan, seesWholePlan: true }),
    ])
    const whole = (await me.get(`/api/households/${h}/portal/plan`)).json()
    expect(whole.limitedToOwn).toBe(false)
    expect(whole.plan.goals).toHaveLength(4)
  })

  it('the choice for the whole plan is only for members under 16', async () => {
    const res = await sanne.put(`/api/households/${h}/members/${lisa}/plan-view`, {
      seesWholePlan: true,
      agreedBy: 'Moeder',
    })
    expect(res.statusCode).toBe(400)
  })

  it('lets a member write their own view on a goal and disagree, which the worker then sees on the case', async () => {
    const plan = await planWithVisibility()
    const me = await loginAs(t.app, world.users.resident.email, testPassword)
    const goal = plan.goals[2].key
    const res = await me.put(`/api/households/${h}/portal/plan/goals/${goal}/view`, {
      position: 'disagrees',
      words: 'Op zondag werk ik, dat lukt niet.',
    })
    expect(res.statusCode, res.body).toBe(200)
    const onCase = (await sanne.get(`/api/households/${h}/plan`)).json()
    expect(onCase.current.version).toBe(2)
    expect(onCase.current.createdBy.name).toBe('Fatima Jansen')
    expect(onCase.current.goals[2].views).toEqual([
      expect.objectContaining({
        name: 'Fatima Jansen',
        position: 'disagrees',
        words: 'Op zondag werk ik, dat lukt niet.',
      }),
    ])
  })

  it('lets a member mark their own action done, not someone else’s', async () => {
    const plan = await planWithVisibility()
    const me = await loginAs(t.app, world.users.resident.email, testPassword)
    const own = plan.goals[0].actions[0].key
    const workers = plan.goals[0].actions[2].key
    const done = await me.post(`/api/households/${h}/portal/plan/actions/${own}/done`, {})
    expect(done.statusCode, done.body).toBe(200)
    expect(done.json().plan.goals[0].actions[0].status).toBe('done')
    expect((await me.post(`/api/households/${h}/portal/plan/actions/${workers}/done`, {})).statusCode).toBe(
      403,
    )
  })

  it('records whether a member agrees with the plan, and their progress on a goal', async () => {
    const plan = await planWithVisibility()
    const me = await loginAs(t.app, world.users.resident.email, testPassword)
    const agreed = await me.put(`/api/households/${h}/portal/plan/agreement`, {
      position: 'agrees',
      words: 'Zo wil ik het.',
    })
    expect(agreed.json().plan.positions).toEqual([
      expect.objectContaining({
        personId: fatima,
        position: 'agrees',
        words: 'Zo wil ik het.',
        onVersion: 2,
      }),
    ])
    const progress = await me.post(`/api/households/${h}/portal/plan/goals/${plan.goals[0].key}/progress`, {
      scale: 6,
      words: 'Twee rekeningen betaald.',
    })
    expect(progress.statusCode, progress.body).toBe(201)
    expect(progress.json()).toMatchObject({ by: 'household', authorName: 'Fatima Jansen', scale: 6 })
  })

  it('a goal hidden from a member cannot be reached by its key either', async () => {
    const plan = await planWithVisibility()
    const me = await loginAs(t.app, world.users.resident.email, testPassword)
    const hidden = plan.goals[4].key
    expect(
      (await me.put(`/api/households/${h}/portal/plan/goals/${hidden}/view`, { words: 'Toch gezien' }))
        .statusCode,
    ).toBe(404)
    expect(
      (await me.post(`/api/households/${h}/portal/plan/goals/${hidden}/progress`, { scale: 3 })).statusCode,
    ).toBe(404)
  })

  it('records in the audit trail that the household looked at its plan', async () => {
    await planWithVisibility()
    const me = await loginAs(t.app, world.users.resident.email, testPassword)
    await me.get(`/api/households/${h}/portal/plan`)
    const row = t.db.$client
      .prepare("SELECT * FROM audit_events WHERE operation = 'plan.portal.read'")
      .get() as { actor_id: number; household_id: number }
    expect(row).toMatchObject({ actor_id: world.users.resident.id, household_id: h })
  })
})
