import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import {
  demoAccount,
  expectAccessible,
  launchBrowser,
  newPage,
  startDemoServer,
  passSecondFactor,
} from '../support/e2e.ts'
import type { DemoAccountKey } from '../../server/src/seed/demo-accounts.ts'

let server: Awaited<ReturnType<typeof startDemoServer>>
let browser: Browser

beforeAll(async () => {
  server = await startDemoServer()
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
  await server?.close()
})

async function logIn(key: DemoAccountKey): Promise<Page> {
  const { page } = await newPage(browser)
  const account = demoAccount(key)
  await page.goto(`${server.url}/`)
  await page.getByRole('heading', { level: 1, name: 'Inloggen' }).waitFor()
  await expectAccessible(page)
  await page.getByLabel('E-mailadres').fill(account.email)
  await page.getByLabel('Wachtwoord', { exact: true }).fill(account.password)
  await page.getByRole('button', { name: 'Inloggen' }).click()
  await passSecondFactor(page, server, account.email)
  return page
}

const householdIdOf = (name: string) =>
  (
    server.db.$client.prepare('SELECT id FROM households WHERE name = ? ORDER BY id LIMIT 1').get(name) as {
      id: number
    }
  ).id

describe('a team worker', () => {
  it('logs in, finds a household on their caseload and opens it', async () => {
    const page = await logIn('workerNoord1')
    // The worker starts on "Vandaag"; the caseload is one click away in the menu.
    await page.getByRole('heading', { level: 1, name: 'Vandaag' }).waitFor()
    await page.getByRole('link', { name: 'Mijn huishoudens', exact: true }).click()
    await page.getByRole('heading', { level: 1, name: 'Mijn huishoudens' }).waitFor()
    await expectAccessible(page)

    await page.getByLabel('Zoeken op naam of adres').fill('Jansen')
    await page.keyboard.press('Enter')
    await page.getByRole('link', { name: 'Familie Jansen' }).click()
    await page.getByRole('heading', { level: 1, name: 'Familie Jansen' }).waitFor()
    await expect.poll(() => page.getByText('17 jaar').count()).toBeGreaterThan(0)
    await expect.poll(() => page.getByText('Sanne de Boer').count()).toBeGreaterThan(0)
    await expectAccessible(page)

    await page.getByRole('button', { name: 'English' }).click()
    await page.getByRole('heading', { level: 2, name: 'Household members' }).waitFor()
    await expectAccessible(page)
    await page.getByRole('button', { name: 'Nederlands' }).click()
    await page.getByRole('heading', { level: 2, name: 'Gezinsleden' }).waitFor()
    await page.context().close()
  })

  it('does not get into a household of another team by editing the address, and is sent to log in when the session is gone', async () => {
    const page = await logIn('workerNoord1')
    await page.getByRole('heading', { level: 1, name: 'Vandaag' }).waitFor()
    const foreign = server.db.$client
      .prepare(
        "SELECT h.id FROM households h JOIN teams t ON t.id = h.team_id WHERE t.name = 'Wijkteam Zuid' LIMIT 1",
      )
      .get() as { id: number }
    await page.goto(`${server.url}/huishoudens/${foreign.id}`)
    await page.getByRole('heading', { level: 1, name: 'Niet gevonden' }).waitFor()
    await expectAccessible(page)

    await page.context().clearCookies()
    await page.goto(`${server.url}/huishoudens`)
    await page.getByRole('heading', { level: 1, name: 'Inloggen' }).waitFor()
    await page.context().close()
  })
})

describe('a supervisor', () => {
  it("sees the team's households and who holds each, and opens one", async () => {
    const page = await logIn('supervisorNoord')
    // The supervisor starts on the team overview; the team's households are one click away in the menu.
    await page.getByRole('heading', { level: 1, name: 'Overzicht van het team' }).waitFor()
    await expectAccessible(page)
    await page.getByRole('link', { name: 'Huishoudens van het team', exact: true }).click()
    await page.getByRole('heading', { level: 1, name: 'Huishoudens van het team' }).waitFor()
    await expectAccessible(page)
    await expect.poll(() => page.getByRole('cell', { name: /Sanne de Boer/ }).count()).toBeGreaterThan(0)
    await page.getByRole('link', { name: 'Familie Jansen' }).first().click()
    await page.getByRole('heading', { level: 1, name: 'Familie Jansen' }).waitFor()
    await expectAccessible(page)
    await page.context().close()
  })
})

describe('a household member', () => {
  it('sees their own family, their worker and how to reach them, in plain words', async () => {
    const page = await logIn('householdMother')
    await page.getByRole('heading', { level: 1, name: 'Uw gezin' }).waitFor()
    await expectAccessible(page)
    await page.getByRole('heading', { name: 'Wie helpt u?' }).waitFor()
    await expect.poll(() => page.getByText('Sanne de Boer').count()).toBeGreaterThan(0)
    await expect.poll(() => page.locator('a[href^="mailto:"]').count()).toBeGreaterThan(0)
    const text = await page.locator('main').innerText()
    for (const term of ['casusregie', 'ondersteuningsplan', 'brede vraagverheldering', 'triage']) {
      expect(text.toLowerCase()).not.toContain(term)
    }
    await page.context().close()
  })

  it("who edits the address to another household's number gets 'not found'", async () => {
    const page = await logIn('householdMother')
    await page.getByRole('heading', { level: 1, name: 'Uw gezin' }).waitFor()
    const other = householdIdOf('Familie De Groot')
    await page.goto(`${server.url}/mijn-gezin/${other}`)
    await page.getByRole('heading', { level: 1, name: 'Niet gevonden' }).waitFor()
    expect(await page.getByText('De Groot').count()).toBe(0)
    await expectAccessible(page)
    await page.context().close()
  })
})

describe('an administrator', () => {
  it('creates a worker in a team, moves them to another team and deactivates the account', async () => {
    const page = await logIn('admin')
    await page.getByRole('heading', { level: 1, name: 'Gebruikers' }).waitFor()
    await expectAccessible(page)

    await page.getByLabel('Naam', { exact: true }).fill('Noor Hendriks')
    await page.getByLabel('E-mailadres').fill('noor.hendriks@voorbeeld.nl')
    await page.getByLabel('Rol', { exact: true }).selectOption('worker')
    await page.getByLabel('Team', { exact: true }).selectOption({ label: 'Wijkteam Noord' })
    await page.getByLabel('Eerste wachtwoord').fill('een-lang-wachtwoord')
    await page.getByRole('button', { name: 'Aanmaken' }).click()
    await page.getByText('Noor Hendriks is aangemaakt.').waitFor()
    await expectAccessible(page)

    const row = page.getByRole('row', { name: /Noor Hendriks/ })
    await row.getByLabel('Team wijzigen voor Noor Hendriks').selectOption({ label: 'Wijkteam Zuid' })
    await row.getByRole('button', { name: 'Opslaan' }).click()
    await expect
      .poll(
        () =>
          (
            server.db.$client
              .prepare(
                "SELECT t.name FROM users u JOIN teams t ON t.id = u.team_id WHERE u.email = 'noor.hendriks@voorbeeld.nl'",
              )
              .get() as { name: string }
          ).name,
      )
      .toBe('Wijkteam Zuid')

    await row.getByRole('button', { name: 'Account uitzetten' }).click()
    await page.getByRole('dialog').getByRole('button', { name: 'Account uitzetten' }).click()
    await page.getByText('Het account van Noor Hendriks staat uit.').waitFor()

    await page.getByRole('link', { name: 'Teams' }).click()
    await page.getByRole('heading', { level: 1, name: 'Teams' }).waitFor()
    await expectAccessible(page)
    await page.getByRole('link', { name: 'Wijken' }).click()
    await page.getByRole('heading', { level: 1, name: 'Wijken' }).waitFor()
    await expectAccessible(page)
    await page.context().close()
  })
})

describe('a mistyped password', () => {
  it('gets one plain message that does not say which part was wrong', async () => {
    const { page, context } = await newPage(browser)
    await page.goto(`${server.url}/inloggen`)
    await page.getByLabel('E-mailadres').fill('ingrid.mulder@voorbeeld.nl')
    await page.getByLabel('Wachtwoord', { exact: true }).fill('niet-het-wachtwoord')
    await page.getByRole('button', { name: 'Inloggen' }).click()
    await page.getByText('Het e-mailadres of het wachtwoord klopt niet.').waitFor()
    await expectAccessible(page)
    await context.close()
  })
})
