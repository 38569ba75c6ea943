import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { RouteSpec } from '#shared/contracts/common'
import { householdsApi } from '#shared/contracts/households'
import { requestsApi } from '#shared/contracts/requests'
import { membersApi } from '#shared/contracts/members'
import { conversationsApi } from '#shared/contracts/conversations'
import { analysesApi } from '#shared/contracts/analyses'
import { plansApi } from '#shared/contracts/plans'
import { portalLoginsApi } from '#shared/contracts/portal-logins'
import { consentsApi } from '#shared/contracts/consents'
import { sharingApi } from '#shared/contracts/sharing'
import { householdFileApi } from '#shared/contracts/household-file'
import { safetyApi } from '#shared/contracts/safety'
import { caseRouteApi } from '#shared/contracts/case-route'
import { followUpApi } from '#shared/contracts/follow-up'
import { reflectionsApi } from '#shared/contracts/reflections'
import { timelineApi } from '#shared/contracts/timeline'
import { themesApi } from '#shared/contracts/themes'
import { emergencyAccessApi, retentionApi } from '#shared/contracts/oversight'
import { permissions, type Permission } from '#shared/domain/permissions'
import type { Role } from '#shared/domain/roles'
import { buildTestApp, loginAs, type Client, type TestApp } from '../support/build-app.ts'
import { createPlanVersion, createWorld, testPassword } from '../support/factories.ts'
import {
  analyses,
  conversations,
  networkMembers,
  involvedProfessionals,
  organisations,
  persons,
  consents,
  safetySignals,
  meldcodeTrajectories,
  safetyConditions,
  caseReflections,
  themes,
  caseThemes,
} from '../../server/src/db/schema/index.ts'

/** Every route table (an export named `…Api`) of every contract module: a new table cannot be left out. */
const contractModules = import.meta.glob<Record<string, unknown>>('../../shared/src/contracts/*.ts', {
  eager: true,
})
const routeTables = Object.fromEntries(
  Object.values(contractModules).flatMap((module) =>
    Object.entries(module).filter(([name]) => name.endsWith('Api')),
  ),
) as Record<string, Record<string, RouteSpec>>

/**
 * Every route that takes a household id, for every role against its own household, another household of its
 * team and a household of another team. The expected answer follows from the permission table: allowed means a
 * 2xx (or a 409 for an action already done); a denial about a household is always 404.
 */
type World = Awaited<ReturnType<typeof createWorld>>
type Target = 'own' | 'sameTeam' | 'foreign'
type Ids = {
  householdId: number
  personId: number
  childId: number
  networkMemberId: number
  professionalId: number
  conversationId: number
  analysisId: number
  version: number
  goalKey: string
  actionKey: string
  consentId: number
  /** An open signal outside any trajectory (followed up by the matrix). */
  signalId: number
  /** Another open signal, for starting a trajectory. */
  startSignalId: number
  /** The signal the fixture trajectory maps. */
  mapSignalId: number
  trajectoryId: number
  conditionId: number
  reflectionId: number
  themeId: number
}
type Case = {
  spec: RouteSpec
  permission: Permission
  body?: (w: World, ids: Ids) => unknown
  /** Which id fills :personId, when it must be a child. */
  person?: 'childId'
  query?: (ids: Ids) => string
  /** Answers that still mean "access granted", e.g. 403 for correcting a colleague's entry. */
  alsoOk?: number[]
}

const householdRoutes: Record<string, Case> = {
  'households.get': { spec: householdsApi.get, permission: 'household:read' },
  'households.portal': { spec: householdsApi.portal, permission: 'household:portal' },
  'households.recordFirstContact': {
    spec: householdsApi.recordFirstContact,
    permission: 'household:write',
    body: () => ({ voluntaryExplainedOn: '2026-11-23' }),
  },
  'requests.householdRequests': { spec: requestsApi.householdRequests, permission: 'household:read' },
  'requests.pickUp': { spec: requestsApi.pickUp, permission: 'case:transfer', body: () => ({}) },
  'requests.transfer': {
    spec: requestsApi.transfer,
    permission: 'case:transfer',
    body: (w) => ({ toWorkerId: w.users.otherWorker.id }),
  },
  'members.add': {
    spec: membersApi.add,
    permission: 'household:write',
    body: () => ({ givenName: 'Nieuw', familyName: 'Lid', relation: 'other' }),
  },
  'members.update': {
    spec: membersApi.update,
    permission: 'household:write',
    body: () => ({ phone: '06-1' }),
  },
  'members.setAuthority': {
    spec: membersApi.setAuthority,
    permission: 'household:write',
    body: () => ({ holders: [] }),
    person: 'childId',
  },
  'members.addNetworkMember': {
    spec: membersApi.addNetworkMember,
    permission: 'household:write',
    body: () => ({ name: 'Henk', relation: 'buurman' }),
  },
  'members.endNetworkMember': {
    spec: membersApi.endNetworkMember,
    permission: 'household:write',
    body: () => ({}),
  },
  'members.addProfessional': {
    spec: membersApi.addProfessional,
    permission: 'household:write',
    body: () => ({ organisationId, contactPerson: 'Els' }),
  },
  'members.endProfessional': {
    spec: membersApi.endProfessional,
    permission: 'household:write',
    body: () => ({}),
  },
  'conversations.list': { spec: conversationsApi.list, permission: 'household:read' },
  'conversations.log': {
    spec: conversationsApi.log,
    permission: 'household:write',
    body: () => ({ kind: 'phone', text: 'Gebeld.' }),
  },
  'conversations.correct': {
    spec: conversationsApi.correct,
    permission: 'household:write',
    body: () => ({ text: 'Gebeld en afspraak gemaakt.' }),
    alsoOk: [403],
  },
  'conversations.addAddendum': {
    spec: conversationsApi.addAddendum,
    permission: 'household:write',
    body: () => ({ text: 'Aanvulling.' }),
  },
  'conversations.versions': { spec: conversationsApi.versions, permission: 'household:read' },
  'analyses.list': { spec: analysesApi.list, permission: 'household:read' },
  'analyses.save': {
    spec: analysesApi.save,
    permission: 'household:write',
    body: () => ({ cells: [] }),
  },
  'analyses.get': { spec: analysesApi.get, permission: 'household:read' },
  'analyses.compare': {
    spec: analysesApi.compare,
    permission: 'household:read',
    query: (ids) => `?from=${ids.analysisId}&to=${ids.analysisId}`,
  },
  'plans.overview': { spec: plansApi.overview, permission: 'household:read' },
  'plans.save': {
    spec: plansApi.save,
    permission: 'household:write',
    // On the version that is there: a save on an older one is a 409, which still means access was granted.
    body: () => ({
      baseVersion: 1,
      goals: [{ key: 'g1', text: 'Rust in huis, in eigen woorden.', safety: true }],
    }),
  },
  'plans.version': { spec: plansApi.version, permission: 'household:read' },
  'plans.compare': {
    spec: plansApi.compare,
    permission: 'household:read',
    query: () => '?from=1&to=1',
  },
  'plans.recordProgress': {
    spec: plansApi.recordProgress,
    permission: 'household:write',
    body: () => ({ scale: 6, words: 'Gaat beter.' }),
  },
  'plans.recordMinorView': {
    spec: plansApi.recordMinorView,
    permission: 'household:write',
    body: () => ({ seesWholePlan: true, agreedBy: 'Moeder, in het gesprek.' }),
    person: 'childId',
  },
  'plans.portalPlan': { spec: plansApi.portalPlan, permission: 'household:portal' },
  'plans.portalGoalView': {
    spec: plansApi.portalGoalView,
    permission: 'household:portal',
    body: () => ({ position: 'partly', words: 'Ik wil eerst zelf bellen.' }),
  },
  'plans.portalActionDone': {
    spec: plansApi.portalActionDone,
    permission: 'household:portal',
    body: () => ({}),
  },
  'plans.portalAgreement': {
    spec: plansApi.portalAgreement,
    permission: 'household:portal',
    body: () => ({ position: 'agrees', words: '' }),
  },
  'plans.portalProgress': {
    spec: plansApi.portalProgress,
    permission: 'household:portal',
    body: () => ({ scale: 7 }),
  },
  'portalLogins.list': { spec: portalLoginsApi.list, permission: 'household:read' },
  'portalLogins.create': {
    spec: portalLoginsApi.create,
    permission: 'household:write',
    // The first member is an adult; in the own household they already have a log-in (409, still access).
    body: (_w, ids) => ({ email: `lid${ids.householdId}@voorbeeld.nl` }),
  },
  'consents.list': { spec: consentsApi.list, permission: 'household:read' },
  'consents.record': {
    spec: consentsApi.record,
    permission: 'household:write',
    body: (_w, ids) => ({
      subjectPersonId: ids.personId,
      giver: { kind: 'person', personId: ids.personId },
      recipient: 'Huisarts',
      purpose: 'Afstemmen',
      categories: ['health'],
      how: 'spoken',
      givenOn: '2026-11-20',
    }),
  },
  'consents.withdraw': { spec: consentsApi.withdraw, permission: 'household:write', body: () => ({}) },
  'consents.check': {
    spec: consentsApi.check,
    permission: 'household:read',
    query: (ids) => `?personId=${ids.personId}&recipient=Huisarts&purpose=Afstemmen&categories=health`,
  },
  'sharing.list': { spec: sharingApi.list, permission: 'household:read' },
  'sharing.preview': {
    spec: sharingApi.preview,
    permission: 'household:write',
    body: (_w, ids) => shareBody(ids),
  },
  'sharing.record': {
    spec: sharingApi.record,
    permission: 'household:write',
    // The fixture's consent covers it: allowed means recorded (201).
    body: (_w, ids) => shareBody(ids),
  },
  'householdFile.consents': { spec: householdFileApi.consents, permission: 'household:portal' },
  'householdFile.export': { spec: householdFileApi.export, permission: 'household:portal' },
  'householdFile.withdrawConsent': {
    spec: householdFileApi.withdrawConsent,
    permission: 'household:portal',
    body: () => ({}),
  },
  'householdFile.shares': { spec: householdFileApi.shares, permission: 'household:portal' },
  'householdFile.accessLog': { spec: householdFileApi.accessLog, permission: 'household:portal' },
  'safety.overview': { spec: safetyApi.overview, permission: 'household:read' },
  'safety.recordSignal': {
    spec: safetyApi.recordSignal,
    permission: 'household:write',
    body: (_w, ids) => ({
      personIds: [ids.childId],
      observation: 'Blauwe plek op de arm gezien.',
      observedBy: 'Juf Anouk',
      observedOn: '2026-11-20',
      source: 'school',
    }),
  },
  'safety.followUpSignal': {
    spec: safetyApi.followUpSignal,
    permission: 'household:write',
    body: () => ({ note: 'Besproken met moeder; verklaring past.' }),
  },
  'safety.recordPicture': {
    spec: safetyApi.recordPicture,
    permission: 'household:write',
    body: (_w, ids) => ({
      personId: ids.childId,
      assessment: 'concerns',
      basis: 'Huisbezoek.',
      assessedOn: '2026-11-22',
    }),
  },
  'safety.startMeldcode': {
    spec: safetyApi.startMeldcode,
    permission: 'household:write',
    body: (_w, ids) => ({ signalIds: [ids.startSignalId] }),
  },
  'safety.mapSignals': {
    spec: safetyApi.mapSignals,
    permission: 'household:write',
    body: (_w, ids) => ({ signalIds: [ids.mapSignalId] }),
  },
  'safety.consult': {
    spec: safetyApi.consult,
    permission: 'household:write',
    body: () => ({ consulted: 'Aandachtsfunctionaris', on: '2026-11-21', advice: 'Gesprek voeren.' }),
  },
  'safety.converse': {
    spec: safetyApi.converse,
    permission: 'household:write',
    body: () => ({ held: true, on: '2026-11-22', withWhom: 'Moeder', summary: 'Zorgen besproken.' }),
  },
  'safety.weigh': {
    spec: safetyApi.weigh,
    permission: 'household:write',
    body: () => ({
      q1: { answer: 'yes', reasoning: 'Signalen.' },
      q2: { answer: 'no', reasoning: 'Niet acuut.' },
      q3: { answer: 'yes', reasoning: 'Team kan helpen.' },
      q4: { answer: 'yes', reasoning: 'Moeder wil.' },
      q5: { answer: 'yes', reasoning: 'Verwacht.' },
    }),
  },
  'safety.decide': {
    spec: safetyApi.decide,
    permission: 'household:write',
    body: () => ({ help: { description: 'Opvoedondersteuning.' } }),
  },
  'safety.safetyPlan': { spec: safetyApi.safetyPlan, permission: 'household:read' },
  'safety.addCondition': {
    spec: safetyApi.addCondition,
    permission: 'household:write',
    body: () => ({
      text: 'Geen alcohol.',
      watcher: 'Oma',
      howChecked: 'Bezoek.',
      reviewOn: '2026-12-20',
      goalKey: 'g1',
    }),
  },
  'safety.updateCondition': {
    spec: safetyApi.updateCondition,
    permission: 'household:write',
    body: () => ({
      text: 'Geen alcohol.',
      watcher: 'Oma',
      howChecked: 'Bezoek.',
      reviewOn: '2026-12-20',
      status: 'kept',
    }),
  },
  'safety.setWorry': {
    spec: safetyApi.setWorry,
    permission: 'household:write',
    body: () => ({ worry: 'Als er ruzie is, raakt het kind in paniek.' }),
  },
  'safety.addScore': {
    spec: safetyApi.addScore,
    permission: 'household:write',
    body: () => ({ by: 'worker', who: 'Sanne', score: 6, on: '2026-11-22' }),
  },
  'safety.setDangerSources': {
    spec: safetyApi.setDangerSources,
    permission: 'household:write',
    body: () => ({ sources: [] }),
  },
  'safety.portalSafetyPlan': { spec: safetyApi.portalSafetyPlan, permission: 'household:portal' },
  'caseRoute.route': { spec: caseRouteApi.route, permission: 'household:read' },
  'caseRoute.close': {
    spec: caseRouteApi.close,
    permission: 'household:write',
    // Blocked by the closing checkpoints (409) or closed: either way access was granted.
    body: () => ({ reason: 'Doelen bereikt.', evaluation: { on: '2026-11-22', summary: 'Tevreden.' } }),
  },
  'followUp.get': { spec: followUpApi.get, permission: 'household:read' },
  'followUp.setPhase': {
    spec: followUpApi.setPhase,
    permission: 'household:write',
    body: () => ({ phase: 'pulse', intervalDays: 28, reason: 'Het gaat goed; vinger aan de pols.' }),
  },
  'followUp.checkIn': {
    spec: followUpApi.checkIn,
    permission: 'household:write',
    body: () => ({ on: '2026-11-22', how: 'phone', note: 'Gaat goed.' }),
  },
  // Not closed: 409, which still means access was granted.
  'followUp.reopen': {
    spec: followUpApi.reopen,
    permission: 'household:write',
    body: () => ({ reason: 'Nieuwe zorgen.' }),
  },
  'reflections.list': { spec: reflectionsApi.list, permission: 'household:read' },
  'reflections.request': {
    spec: reflectionsApi.request,
    permission: 'household:write',
    body: () => ({ question: 'Zien we iets over het hoofd?' }),
  },
  'reflections.record': {
    spec: reflectionsApi.record,
    permission: 'household:write',
    body: () => ({
      heldOn: '2026-11-20',
      participants: 'Team Noord',
      considerations: 'Zorgen over school.',
      advice: 'Gesprek met school.',
      followUp: 'Sanne belt school.',
    }),
  },
  'timeline.get': { spec: timelineApi.get, permission: 'household:read' },
  'themes.list': { spec: themesApi.list, permission: 'household:read' },
  'themes.tag': {
    spec: themesApi.tag,
    permission: 'household:write',
    body: () => ({ name: 'Eenzaamheid onder ouderen' }),
  },
  'themes.untag': { spec: themesApi.untag, permission: 'household:write', body: () => ({}) },
  'retention.ofHousehold': { spec: retentionApi.ofHousehold, permission: 'household:read' },
  'retention.ofOwnFile': { spec: retentionApi.ofOwnFile, permission: 'household:portal' },
  // Allowed for the administrator, who finds nothing due (409); a refusal about a household is a 404 for the rest.
  'retention.deleteFile': {
    spec: retentionApi.deleteFile,
    permission: 'config:manage',
    body: (_w, ids) => ({ confirmHouseholdId: ids.householdId }),
  },
  // Last: after someone leaves, they can no longer be changed.
  'members.leave': {
    spec: membersApi.leave,
    permission: 'household:write',
    body: () => ({ leftOn: '2026-11-23' }),
  },
  // After every other row: emergency access opens a household that was not the asker's (409 where it already is),
  // and is ended again at once.
  'emergencyAccess.start': {
    spec: emergencyAccessApi.start,
    permission: 'emergency:open',
    body: () => ({ reason: 'Een crisismelding van de politie over dit gezin, vannacht.' }),
  },
  'emergencyAccess.current': { spec: emergencyAccessApi.current, permission: 'emergency:open' },
  'emergencyAccess.end': { spec: emergencyAccessApi.end, permission: 'emergency:open', body: () => ({}) },
}
let organisationId = 0
const shareBody = (ids: Ids) => ({
  personIds: [ids.personId],
  recipient: 'Huisarts',
  purpose: 'Afstemmen',
  categories: ['health'],
  summary: 'Afspraken doorgegeven.',
  how: 'phone',
})

/** The household tagged with a theme of its own (untagging it is the matrix's write). */
function themeFixture(db: TestApp['db'], householdId: number, workerId: number) {
  const at = '2026-11-01T09:00:00.000Z'
  const name = `Schulden in de wijk ${householdId}`
  const themeId = db
    .insert(themes)
    .values({ name, nameKey: name.toLowerCase(), createdBy: workerId, createdAt: at })
    .returning()
    .get().id
  db.insert(caseThemes).values({ householdId, themeId, taggedBy: workerId, taggedAt: at }).run()
  return themeId
}

const teamOf = (db: TestApp['db'], householdId: number) =>
  (db.$client.prepare('SELECT team_id FROM households WHERE id = ?').get(householdId) as { team_id: number })
    .team_id

/** Three open signals about the child (one mapped in an open meldcode trajectory) and a safety condition. */
function safetyFixtures(db: TestApp['db'], householdId: number, workerId: number) {
  const at = '2026-11-01T09:00:00.000Z'
  const signal = () =>
    db
      .insert(safetySignals)
      .values({
        householdId,
        observation: 'Kind huilde bij het ophalen.',
        observedBy: 'Juf',
        observedOn: '2026-11-01',
        source: 'school',
        raisedBy: workerId,
        raisedAt: at,
      })
      .returning()
      .get().id
  const trajectoryId = db
    .insert(meldcodeTrajectories)
    .values({ householdId, startedBy: workerId, startedAt: at })
    .returning()
    .get().id
  const mapSignalId = signal()
  db.$client
    .prepare('UPDATE safety_signals SET trajectory_id = ? WHERE id = ?')
    .run(trajectoryId, mapSignalId)
  return {
    signalId: signal(),
    startSignalId: signal(),
    mapSignalId,
    trajectoryId,
    reflectionId: db
      .insert(caseReflections)
      .values({
        householdId,
        teamId: teamOf(db, householdId),
        question: 'Wat missen we?',
        requestedBy: workerId,
        requestedAt: at,
      })
      .returning()
      .get().id,
    themeId: themeFixture(db, householdId, workerId),
    conditionId: db
      .insert(safetyConditions)
      .values({
        householdId,
        text: 'Oma is er bij het avondeten.',
        watcher: 'Oma',
        howChecked: 'Belt elke vrijdag.',
        reviewOn: '2026-12-01',
        status: 'agreed',
        updatedBy: workerId,
        updatedAt: at,
      })
      .returning()
      .get().id,
  }
}

function expectedStatus(role: Role, target: Target, permission: Permission): 'allowed' | 404 {
  const rule = permissions[permission]
  if (!(rule.roles as readonly Role[]).includes(role)) return 404
  switch (rule.relationship) {
    case 'own':
      return target === 'own' ? 'allowed' : 404
    case 'case':
      if (role === 'worker') return target === 'own' ? 'allowed' : 404
      return target === 'foreign' ? 404 : 'allowed'
    case 'none':
      return 'allowed'
    default:
      return 404
  }
}

it('every route with a household id in any route table is in this matrix', () => {
  const tables = routeTables
  const withHousehold = Object.entries(tables).flatMap(([table, routes]) =>
    Object.entries(routes as Record<string, RouteSpec>)
      .filter(([, spec]) => spec.path.includes(':householdId'))
      .map(([name]) => `${table.replace('Api', '')}.${name}`),
  )
  expect(withHousehold.sort()).toEqual(Object.keys(householdRoutes).sort())
})

it('every route table is registered with the server', async () => {
  const t = await buildTestApp()
  for (const table of Object.values(routeTables)) {
    for (const spec of Object.values(table as Record<string, RouteSpec>)) {
      expect(t.app.hasRoute({ method: spec.method, url: spec.path }), `${spec.method} ${spec.path}`).toBe(
        true,
      )
    }
  }
  await t.close()
})

for (const role of ['worker', 'supervisor', 'household', 'admin'] as const) {
  describe(`a ${role}`, () => {
    let t: TestApp
    let world: World
    let c: Client
    const ids = {} as Record<Target, Ids>

    beforeAll(async () => {
      t = await buildTestApp()
      world = await createWorld(t.db)
      organisationId = t.db
        .insert(organisations)
        .values({ name: 'GGZ Voorbeeld', createdAt: 'x' })
        .returning()
        .get().id
      const targets: [Target, World['households']['own']][] = [
        ['own', world.households.own],
        ['sameTeam', world.households.sameTeamOther],
        ['foreign', world.households.foreign],
      ]
      for (const [target, household] of targets) {
        const child = t.db
          .insert(persons)
          .values({
            householdId: household.id,
            givenName: 'Kind',
            familyName: 'Test',
            birthdate: '2018-01-01',
            relation: 'child',
            createdAt: '2026-01-01T00:00:00Z',
          })
          .returning()
          .get()
        const at = '2026-01-01T00:00:00Z'
        const network = t.db
          .insert(networkMembers)
          .values({ householdId: household.id, name: 'Oma', relation: 'grootmoeder', createdAt: at })
          .returning()
          .get()
        const professional = t.db
          .insert(involvedProfessionals)
          .values({ householdId: household.id, organisationId, contactPerson: 'Els', createdAt: at })
          .returning()
          .get()
        ids[target] = {
          householdId: household.id,
          personId: household.members[0]!.id,
          childId: child.id,
          conversationId: t.db
            .insert(conversations)
            .values({
              householdId: household.id,
              authorId: world.users.worker.id,
              occurredAt: at,
              kind: 'phone',
              text: 'Gebeld.',
              createdAt: '2026-11-23T08:00:00.000Z',
            })
            .returning()
            .get().id,
          analysisId: t.db
            .insert(analyses)
            .values({ householdId: household.id, createdBy: world.users.worker.id, createdAt: at })
            .returning()
            .get().id,
          networkMemberId: network.id,
          professionalId: professional.id,
          version: 1,
          goalKey: 'g1',
          actionKey: 'a2',
          consentId: t.db
            .insert(consents)
            .values({
              householdId: household.id,
              subjectPersonId: household.members[0]!.id,
              giverKind: 'person',
              giverPersonId: household.members[0]!.id,
              giverName: 'Lid',
              recipient: 'Huisarts',
              purpose: 'Afstemmen',
              categories: '["health"]',
              how: 'spoken',
              givenOn: '2026-11-01',
              recordedBy: world.users.worker.id,
              recordedAt: at,
            })
            .returning()
            .get().id,
          ...safetyFixtures(t.db, household.id, world.users.worker.id),
        }
        // A plan with one goal and an action of the first member (the household log-in in the own household).
        createPlanVersion(t.db, {
          householdId: household.id,
          createdBy: world.users.worker.id,
          actionOwnerPersonId: household.members[0]!.id,
          createdAt: at,
        })
      }
      const user = {
        worker: world.users.worker,
        supervisor: world.users.supervisor,
        household: world.users.resident,
        admin: world.users.admin,
      }[role]
      c = await loginAs(t.app, user.email, testPassword)
    })
    afterAll(() => t.close())

    for (const [name, route] of Object.entries(householdRoutes)) {
      for (const target of ['own', 'sameTeam', 'foreign'] as const) {
        const expected = expectedStatus(role, target, route.permission)
        it(`${name} on the ${target} household: ${expected === 'allowed' ? 'allowed' : 'not found'}`, async () => {
          const p = ids[target]
          const url =
            route.spec.path.replace(/:(\w+)/g, (_, key: keyof Ids) =>
              String(key === 'personId' && route.person ? p[route.person] : p[key]),
            ) + (route.query?.(p) ?? '')
          const before = (
            t.db.$client.prepare('SELECT count(*) AS n FROM audit_events').get() as { n: number }
          ).n
          const res = await c.request({
            method: route.spec.method,
            url,
            payload: route.body?.(world, p) as object | undefined,
          })
          if (expected === 'allowed')
            expect([200, 201, 204, 409, ...(route.alsoOk ?? [])], res.body).toContain(res.statusCode)
          else expect(res.statusCode, res.body).toBe(404)
          if (res.statusCode !== 409 && res.statusCode !== 403) {
            const after = t.db.$client
              .prepare('SELECT * FROM audit_events ORDER BY id DESC LIMIT 1')
              .get() as {
              household_id: number
              outcome: string
            }
            expect(
              (t.db.$client.prepare('SELECT count(*) AS n FROM audit_events').get() as { n: number }).n,
            ).toBe(before + 1)
            expect(after).toMatchObject({
              household_id: p.householdId,
              outcome: expected === 'allowed' ? 'allowed' : 'denied',
            })
          }
        })
      }
    }
  })
}
