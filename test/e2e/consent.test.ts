import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, Locator, Page } from 'playwright-core'
import { demoAccount, expectAccessible, launchBrowser, newPage, startDemoServer } from '../support/e2e.ts'
import type { DemoAccountKey } from '../../server/src/seed/demo-accounts.ts'

let server: Awaited<ReturnType<typeof startDemoServer>>
let browser: Browser
let householdId: number

beforeAll(async () => {
  server = await startDemoServer()
  browser = await launchBrowser()
  // Familie Jansen gets a 13-year-old, with Kim (who has her own log-in) holding parental authority.
  const db = server.db.$client
  householdId = (
    db.prepare("SELECT id FROM households WHERE name = 'Familie Jansen'").get() as { id: number }
  ).id
  const kim = db
    .prepare("SELECT id FROM persons WHERE household_id = ? AND given_name = 'Kim'")
    .get(householdId) as { id: number }
  const mees = db
    .prepare(
      `INSERT INTO persons (household_id, given_name, family_name, birthdate, relation, created_at)
       VALUES (?, 'Mees', 'Jansen', '2013-05-01', 'child', '2026-01-01T00:00:00Z') RETURNING id`,
    )
    .get(householdId) as { id: number }
  db.prepare('INSERT INTO authority_holders (child_id, holder_person_id, created_at) VALUES (?, ?, ?)').run(
    mees.id,
    kim.id,
    '2026-01-01T00:00:00Z',
  )
})
afterAll(async () => {
  await browser?.close()
  await server?.close()
})

async function logIn(key: DemoAccountKey): Promise<Page> {
  const { page } = await newPage(browser)
  const account = demoAccount(key)
  await page.goto(`${server.url}/`)
  await page.getByLabel('E-mailadres').fill(account.email)
  await page.getByLabel('Wachtwoord', { exact: true }).fill(account.password)
  await page.getByRole('button', { name: 'Inloggen' }).click()
  await page.waitForURL((url) => !url.pathname.startsWith('/inloggen'))
  await page.getByRole('heading', { level: 1 }).waitFor()
  return page
}

async function recordConsent(page: Page, giver: string) {
  const section = page.getByRole('region', { name: 'Toestemming voor delen' })
  const form = section.locator('details', { hasText: 'Toestemming vastleggen' })
  await form.waitFor()
  if (!(await form.evaluate((d) => (d as HTMLDetailsElement).open))) await form.locator('summary').click()
  await form.getByLabel('Over wie', { exact: true }).selectOption({ label: 'Mees Jansen (13 jaar)' })
  await form.getByLabel('Gegeven door').selectOption({ label: giver })
  await form.getByLabel('Aan wie').fill('School De Regenboog')
  await form.getByLabel('Waarvoor').fill('Afstemmen over verzuim')
  await form
    .getByRole('group', { name: /Welke gegevens/ })
    .getByText('School', { exact: true })
    .click()
  await form
    .getByRole('radiogroup', { name: /Hoe gegeven/ })
    .getByText('Mondeling')
    .click()
  await form.getByRole('button', { name: 'Toestemming opslaan' }).click()
  await page
    .getByText(/is vastgelegd\.$/)
    .first()
    .waitFor()
}

async function previewShareToSchool(page: Page): Promise<Locator> {
  const section = page.getByRole('region', { name: 'Gedeelde informatie' })
  const form = section.locator('details', { hasText: 'Delen vastleggen' }).first()
  await form.waitFor()
  if (!(await form.evaluate((d) => (d as HTMLDetailsElement).open)))
    await form.locator('summary').first().click()
  await section
    .getByRole('group', { name: /Over wie/ })
    .getByText('Mees Jansen')
    .click()
  await section.getByLabel('Met wie').fill('School De Regenboog')
  await section.getByLabel('Waarvoor').fill('Afstemmen over verzuim')
  await section
    .getByRole('group', { name: /Welke gegevens/ })
    .getByText('School', { exact: true })
    .click()
  await section
    .getByLabel(/Korte samenvatting/)
    .fill('Afspraken over de ochtenden en het verzuim op maandag.')
  await section.getByRole('radiogroup', { name: /Hoe/ }).getByText('Telefoon', { exact: true }).click()
  await section.getByRole('button', { name: 'Bekijk wat er wordt vastgelegd' }).click()
  await section.getByRole('heading', { name: 'Dit wordt vastgelegd' }).waitFor()
  return section
}

describe('consent before sharing, and the household seeing its own file', () => {
  it("a share about a 13-year-old needs his own consent as well as his mother's; the mother withdraws hers and sees who looked", async () => {
    const worker = await logIn('workerNoord1')
    await worker.goto(`${server.url}/huishoudens/${householdId}`)
    await worker.getByRole('heading', { level: 1, name: 'Familie Jansen' }).waitFor()

    // Only the mother's consent: the share to school is refused.
    await recordConsent(worker, 'Kim Jansen (ouder met gezag)')
    let sharing = await previewShareToSchool(worker)
    await sharing.getByText('Dit kan niet gedeeld worden zonder deze toestemming.').waitFor()
    expect(await sharing.getByRole('button', { name: 'Delen vastleggen' }).count()).toBe(0)
    await expectAccessible(worker)

    // The 13-year-old's own consent is added: now it goes through.
    await worker.reload()
    await recordConsent(worker, 'Mees Jansen (zelf)')
    sharing = await previewShareToSchool(worker)
    await sharing.getByRole('button', { name: 'Delen vastleggen' }).click()
    await worker.getByText('Vastgelegd: gedeeld met School De Regenboog.').waitFor()

    // The mother withdraws her consent in her own portal.
    const mother = await logIn('householdMother')
    const consents = mother.getByRole('region', { name: 'Wat u goedvindt dat we delen' })
    await consents.getByRole('button', { name: /Toestemming voor School De Regenboog.*intrekken/ }).click()
    await mother.getByRole('button', { name: 'Ja, intrekken' }).click()
    await mother.getByText(/ingetrokken\. Dit geldt meteen\./).waitFor()
    await expectAccessible(mother)

    // The next share is refused.
    await worker.reload()
    sharing = await previewShareToSchool(worker)
    await sharing.getByText('Dit kan niet gedeeld worden zonder deze toestemming.').waitFor()

    // She sees the worker's earlier reads of the file.
    await mother.reload()
    const log = mother.getByRole('region', { name: 'Wie heeft uw dossier bekeken?' })
    await log
      .getByText(/Sanne de Boer \(wijkcoach\) bekeek/)
      .first()
      .waitFor()
    await expectAccessible(mother)
  }, 180_000)
})
