import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { buildTestApp, loginAs, type Client, type TestApp } from '../support/build-app.ts'
import { createWorld, testPassword } from '../support/factories.ts'
import { verifyAuditChain } from '../../server/src/modules/audit/verify.ts'

let t: TestApp
let world: Awaited<ReturnType<typeof createWorld>>
let sanne: Client
beforeEach(async () => {
  t = await buildTestApp()
  world = await createWorld(t.db)
  sanne = await loginAs(t.app, world.users.worker.email, testPassword)
})
afterEach(() => t.close())

const householdReads = () =>
  (
    t.db.$client
      .prepare("SELECT count(*) AS n FROM audit_events WHERE operation = 'household.read'")
      .get() as { n: number }
  ).n

describe('audit events of reads made at the same moment', () => {
  it('are all stored, in one unbroken chain, before any of the answers arrives', async () => {
    const h = world.households.own.id
    const before = householdReads()
    const answers = await Promise.all(
      Array.from({ length: 25 }, async () => {
        const res = await sanne.get(`/api/households/${h}`)
        // Counted the moment this answer arrives: its own event must already be on disk.
        return { status: res.statusCode, storedWhenAnswered: householdReads() - before }
      }),
    )
    expect(answers.every((a) => a.status === 200)).toBe(true)
    expect(answers.every((a) => a.storedWhenAnswered >= 1)).toBe(true)
    expect(householdReads()).toBe(before + 25)
    expect(verifyAuditChain(t.db)).toMatchObject({ ok: true })
  })

  it('keep their place in the chain when a change is saved in between', async () => {
    const h = world.households.own.id
    const [read, write] = await Promise.all([
      sanne.get(`/api/households/${h}`),
      sanne.post(`/api/households/${h}/conversations`, {
        kind: 'phone',
        text: 'Gebeld met Fatima over de afspraak bij de schuldhulp.',
      }),
    ])
    expect(read.statusCode).toBe(200)
    expect(write.statusCode).toBe(201)
    expect(verifyAuditChain(t.db)).toMatchObject({ ok: true })
  })

  it('when the audit event cannot be stored, the reader gets an error instead of the file', async () => {
    // Stands in for a full disk: every new audit event is refused for this connection.
    t.db.$client.exec(
      "CREATE TEMP TRIGGER refuse_audit BEFORE INSERT ON audit_events BEGIN SELECT RAISE(ABORT, 'disk full'); END",
    )
    const res = await sanne.get(`/api/households/${world.households.own.id}`)
    expect(res.statusCode).toBe(500)
    expect(res.body).not.toContain('Jansen')
    expect(res.json()).toMatchObject({ code: expect.any(String), message: expect.any(String) })
  })
})
