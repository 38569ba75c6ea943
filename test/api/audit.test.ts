import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { execFileSync } from 'node:child_process'
import { buildTestApp, loginAs, type TestApp } from '../support/build-app.ts'
import { createWorld, testPassword } from '../support/factories.ts'
import { verifyAuditChain } from '../../server/src/modules/audit/verify.ts'

let t: TestApp
let world: Awaited<ReturnType<typeof createWorld>>
beforeEach(async () => {
  t = await buildTestApp()
  world = await createWorld(t.db)
})
afterEach(() => t.close())

type AuditRow = Record<string, unknown> & { id: number; operation: string; outcome: string }
const events = (operation?: string) =>
  (operation
    ? t.db.$client.prepare('SELECT * FROM audit_events WHERE operation = ? ORDER BY id').all(operation)
    : t.db.$client.prepare('SELECT * FROM audit_events ORDER BY id').all()) as AuditRow[]

describe('the audit trail', () => {
  it('records a household read with who, role, which household, what, outcome, when and from where', async () => {
    const c = await loginAs(t.app, world.users.worker.email, testPassword)
    const before = events('household.read').length
    expect((await c.get(`/api/households/${world.households.own.id}`)).statusCode).toBe(200)
    const rows = events('household.read')
    expect(rows).toHaveLength(before + 1)
    expect(rows.at(-1)).toMatchObject({
      actor_id: world.users.worker.id,
      actor_role: 'worker',
      household_id: world.households.own.id,
      operation: 'household.read',
      outcome: 'allowed',
      at: '2026-11-23T09:00:00.000Z',
      client_address: '127.0.0.1',
    })
  })

  it('records a denied attempt to open a foreign household', async () => {
    const c = await loginAs(t.app, world.users.worker.email, testPassword)
    expect((await c.get(`/api/households/${world.households.foreign.id}`)).statusCode).toBe(404)
    expect(events('household.read').at(-1)).toMatchObject({
      actor_id: world.users.worker.id,
      household_id: world.households.foreign.id,
      outcome: 'denied',
    })
  })

  it("records a household member reading their own page, and a denied look at another's", async () => {
    const c = await loginAs(t.app, world.users.resident.email, testPassword)
    await c.get(`/api/households/${world.households.own.id}/portal`)
    await c.get(`/api/households/${world.households.foreign.id}/portal`)
    const rows = events('household.portal.read')
    expect(rows.map((r) => [r.household_id, r.outcome, r.actor_role])).toEqual([
      [world.households.own.id, 'allowed', 'household'],
      [world.households.foreign.id, 'denied', 'household'],
    ])
    expect(rows[0]!.person_id).toBe(world.households.own.members[0]!.id)
  })

  it('writes exactly one event per request that touches case data', async () => {
    const c = await loginAs(t.app, world.users.supervisor.email, testPassword)
    const before = events().length
    await c.get('/api/team/households')
    await c.get(`/api/households/${world.households.sameTeamOther.id}`)
    expect(events().length - before).toBe(2)
  })

  it('never holds a password or a session id', async () => {
    const c = await loginAs(t.app, world.users.worker.email, testPassword)
    const dump = JSON.stringify(events())
    expect(dump).not.toContain(testPassword)
    expect(dump).not.toContain(c.cookie!.split('=')[1])
  })

  it('refuses to change or remove an event', () => {
    t.db.$client
      .prepare(
        "INSERT INTO audit_events (at, operation, outcome, prev_hash, hash) VALUES ('x','y','allowed','0','0')",
      )
      .run()
    expect(() => t.db.$client.prepare("UPDATE audit_events SET operation = 'other'").run()).toThrow(
      /append-only/,
    )
    expect(() => t.db.$client.prepare('DELETE FROM audit_events').run()).toThrow(/append-only/)
  })

  it('chains every event to the one before, so the verifier finds the first altered event', async () => {
    const c = await loginAs(t.app, world.users.worker.email, testPassword)
    for (let i = 0; i < 3; i++) await c.get(`/api/households/${world.households.own.id}`)
    expect(verifyAuditChain(t.db)).toMatchObject({ ok: true })

    // Someone with access to the file drops the trigger and rewrites history.
    const target = events('household.read')[1]!
    t.db.$client.exec('DROP TRIGGER audit_events_no_update')
    t.db.$client.prepare('UPDATE audit_events SET actor_id = 999 WHERE id = ?').run(target.id)
    expect(verifyAuditChain(t.db)).toMatchObject({ ok: false, firstBrokenId: target.id, reason: 'altered' })
  })

  it('npm run audit:verify names the altered event and fails', async () => {
    const c = await loginAs(t.app, world.users.worker.email, testPassword)
    await c.get(`/api/households/${world.households.own.id}`)
    const target = events('household.read')[0]!
    const run = () =>
      execFileSync('npx', ['tsx', 'server/src/cli/audit-verify.ts', '--database', t.dbPath], {
        encoding: 'utf8',
        stdio: 'pipe',
      })
    expect(run()).toMatch(/Audit trail intact/)
    t.db.$client.exec('DROP TRIGGER audit_events_no_update')
    t.db.$client.prepare("UPDATE audit_events SET outcome = 'denied' WHERE id = ?").run(target.id)
    let failure: { status: number; stderr: string } | undefined
    try {
      run()
    } catch (error) {
      failure = error as { status: number; stderr: string }
    }
    expect(failure?.status).toBe(1)
    expect(failure?.stderr).toContain(`event ${target.id} was altered`)
  })
})
