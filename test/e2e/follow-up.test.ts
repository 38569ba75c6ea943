import { afterAll, beforeAll, describe, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import {
  demoAccount,
  expectAccessible,
  launchBrowser,
  newPage,
  startDemoServer,
  passSecondFactor,
} from '../support/e2e.ts'
import { manualClock } from '../../server/src/lib/clock.ts'
import type { DemoAccountKey } from '../../server/src/seed/demo-accounts.ts'

const day = 24 * 60 * 60 * 1000
const clock = manualClock(new Date())
let server: Awaited<ReturnType<typeof startDemoServer>>
let browser: Browser
let jansen: number

beforeAll(async () => {
  server = await startDemoServer({ clock })
  browser = await launchBrowser()
  jansen = (
    server.db.$client.prepare("SELECT id FROM households WHERE name = 'Familie Jansen'").get() as {
      id: number
    }
  ).id
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
  await passSecondFactor(page, server, account.email)
  await page.waitForURL((url) => !url.pathname.startsWith('/inloggen'))
  await page.getByRole('heading', { level: 1 }).waitFor()
  return page
}

/** Opens a <details> in `scope` by its summary text, when it is not open yet. */
async function open(page: Page, scope: ReturnType<Page['getByRole']>, summary: string | RegExp) {
  const details = scope.locator('details', { has: page.locator('summary', { hasText: summary }) }).first()
  if (!(await details.evaluate((d) => (d as HTMLDetailsElement).open)))
    await details.locator('summary').first().click()
  return details
}

describe('finger on the pulse', () => {
  it('a worker scales a case down to check-ins every four weeks; overdue, it shows on the supervisor’s overview, who opens it, holds a reflection, and the worker re-opens the case', async () => {
    // The worker scales Familie Jansen down: a check-in every four weeks.
    const worker = await logIn('workerNoord1')
    await worker.goto(`${server.url}/huishoudens/${jansen}`)
    await worker.getByRole('heading', { level: 1, name: /Familie Jansen/ }).waitFor()
    const pulse = worker.getByRole('region', { name: 'Vinger aan de pols' })
    const change = await open(worker, pulse, 'Fase wijzigen')
    await change
      .getByRole('radiogroup', { name: 'Welke fase?' })
      .getByText(/^Vinger aan de pols/)
      .click()
    await change
      .getByRole('radiogroup', { name: 'Hoe vaak is er contact?' })
      .getByText('Elke 4 weken')
      .click()
    await change
      .getByLabel('Eigen contactmoment van het huishouden')
      .fill('Kim belt zelf als de schuldhulp iets vraagt.')
    await change
      .getByLabel('Waarom deze fase?')
      .fill('De betalingsregeling loopt en Kim regelt het meeste zelf.')
    await change.getByRole('button', { name: 'Fase opslaan' }).click()
    await pulse.getByText(/De fase is gewijzigd/).waitFor()
    await pulse.getByText('Vinger aan de pols: elke 4 weken contact').first().waitFor()
    await expectAccessible(worker)

    // 29 days later nobody has checked in: overdue on the supervisor's overview (the start page).
    clock.advance(29 * day)
    const supervisor = await logIn('supervisorNoord')
    await supervisor.getByRole('heading', { level: 1, name: 'Overzicht van het team' }).waitFor()
    await expectAccessible(supervisor)
    await supervisor.getByRole('link', { name: /Contactmoment te laat/ }).click()
    const list = supervisor.getByRole('heading', { name: /^Contactmoment te laat \(\d+\)$/ })
    await list.waitFor()
    await supervisor.getByRole('link', { name: 'Familie Jansen' }).click()
    await supervisor.getByRole('heading', { level: 1, name: /Familie Jansen/ }).waitFor()
    await supervisor
      .getByRole('region', { name: 'Vinger aan de pols' })
      .getByText('Te laat')
      .first()
      .waitFor()

    // The supervisor holds a reflection on the case and records it.
    const reflection = supervisor.getByRole('region', { name: 'Reflectie op deze casus' })
    const ask = await open(supervisor, reflection, 'Reflectie vragen')
    await ask
      .getByLabel('Waarover wilt u reflecteren?')
      .fill('Schalen we bij Jansen niet te snel af, nu het contact uitblijft?')
    await ask.getByText('Deze reflectie is al gehouden').click()
    await ask.getByLabel('Wie deden mee').fill('Marieke van Dijk, Sanne de Boer, Youssef El Amrani')
    await ask.getByLabel('Afwegingen').fill('Kim regelt veel zelf, maar Sem (17) heeft het zwaar met school.')
    await ask
      .getByLabel('Tegenspraak')
      .fill('Youssef: juist nu niet opschalen, anders voelt Kim zich gecontroleerd.')
    await ask.getByLabel('Advies').fill('Deze week bellen; bij nieuwe zorgen weer actief.')
    await ask.getByLabel('Vervolgafspraken').fill('Sanne belt Kim vóór vrijdag.')
    await ask.getByRole('button', { name: 'Reflectie vastleggen' }).click()
    await supervisor.getByText('De reflectie is vastgelegd.').waitFor()
    await reflection
      .getByText('Youssef: juist nu niet opschalen, anders voelt Kim zich gecontroleerd.')
      .waitFor()

    // Meanwhile the case was closed (closing is tested in the safety journey); new worries: the worker re-opens it.
    server.db.$client
      .prepare(
        `INSERT INTO case_closures (household_id, closed_on, reason, evaluated_on, evaluation, closed_by, closed_at)
         SELECT ?, date('now'), 'Doelen bereikt.', date('now'), 'Kim is tevreden.', id, ? FROM users WHERE email = ?`,
      )
      .run(jansen, clock.now().toISOString(), demoAccount('workerNoord1').email)
    const back = await logIn('workerNoord1')
    await back.goto(`${server.url}/huishoudens/${jansen}`)
    const again = back.getByRole('region', { name: 'Vinger aan de pols' })
    await again.getByText(/Dossier afgesloten op/).waitFor()
    await again
      .getByLabel('Waarom heropent u het dossier?')
      .fill('Kim belde: er zijn nieuwe schulden en Sem spijbelt.')
    await again.getByRole('button', { name: 'Heropenen' }).click()
    await again.getByText('Het dossier is heropend. De geschiedenis blijft bewaard.').waitFor()
    await again.getByText('Actieve ondersteuning').first().waitFor()
    await expectAccessible(back)
  }, 180_000)
})
