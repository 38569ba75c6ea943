import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { demoAccount, expectAccessible, launchBrowser, newPage, startDemoServer } from '../support/e2e.ts'

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

/** Familie Bremer: Shirley and her sons Younes (10) and Beau (8), on Youssef El Amrani's caseload. */
const householdId = () =>
  (
    server.db.$client.prepare("SELECT id FROM households WHERE name = 'Familie Bremer'").get() as {
      id: number
    }
  ).id

async function logInAsWorker(): Promise<Page> {
  const { page } = await newPage(browser)
  const account = demoAccount('workerNoord2')
  await page.goto(`${server.url}/`)
  await page.getByLabel('E-mailadres').fill(account.email)
  await page.getByLabel('Wachtwoord', { exact: true }).fill(account.password)
  await page.getByRole('button', { name: 'Inloggen' }).click()
  // The start page, not the log-in page still on screen: only then is the session cookie set.
  await page.waitForURL((url) => !url.pathname.startsWith('/inloggen'))
  await page.getByRole('heading', { level: 1 }).waitFor()
  return page
}

describe('the plan made with a household of three', () => {
  it('the worker writes it, the mother activates her log-in, reads it and disagrees with one goal in her own words, and the worker sees that', async () => {
    const worker = await logInAsWorker()
    const h = householdId()

    // A log-in of her own for Shirley, with a one-time code to hand over.
    await worker.goto(`${server.url}/huishoudens/${h}`)
    const logins = worker.getByRole('region', { name: 'Eigen inlog voor het huishouden' })
    await logins.getByRole('button', { name: 'Inlog maken voor Shirley Bremer' }).click()
    const form = logins.getByRole('form', { name: 'Inlog maken voor Shirley Bremer' })
    await form.getByLabel('E-mailadres').fill('shirley.bremer@voorbeeld.nl')
    await form.getByRole('button', { name: 'Code aanmaken' }).click()
    const shown = await logins
      .getByRole('status')
      .getByText(/Code: [A-Z2-9]{4}-[A-Z2-9]{4}/)
      .textContent()
    const code = /[A-Z2-9]{4}-[A-Z2-9]{4}/.exec(shown!)![0]

    // The plan, in the household's own words.
    await worker.goto(`${server.url}/huishoudens/${h}/plan`)
    await worker.getByRole('heading', { level: 1, name: 'Plan: Familie Bremer' }).waitFor()
    await expectAccessible(worker)
    await worker.getByRole('button', { name: 'Plan beginnen' }).click()
    const first = worker.getByRole('group', { name: 'Doel 1', exact: true })
    await first.getByLabel('Het doel in eigen woorden').fill("We willen 's ochtends rustig de deur uit.")
    await first.getByRole('button', { name: 'Actie toevoegen bij doel 1' }).click()
    await first.getByLabel('Wat gaat er gebeuren?').fill("De tassen 's avonds samen klaarzetten")
    await first.getByLabel('Wie doet het?').selectOption({ label: 'Shirley Bremer' })
    await worker.getByRole('button', { name: 'Doel toevoegen' }).click()
    const second = worker.getByRole('group', { name: 'Doel 2', exact: true })
    await second.getByLabel('Het doel in eigen woorden').fill('Younes gaat voetballen bij een club.')
    await second.getByLabel('Van wie is dit doel?').selectOption({ label: 'Younes Bremer' })
    await second.getByRole('button', { name: 'Actie toevoegen bij doel 2' }).click()
    await second.getByLabel('Wat gaat er gebeuren?').fill('Een club in de wijk zoeken')
    await second.getByLabel('Wie doet het?').selectOption({ label: 'Youssef El Amrani' })
    await expectAccessible(worker)
    await worker.getByRole('button', { name: 'Plan opslaan' }).click()
    await worker.getByText('Het plan is opgeslagen als versie 1.').waitFor()

    // On paper: the plan without the app around it.
    await worker.emulateMedia({ media: 'print' })
    expect(await worker.getByRole('navigation').first().isVisible()).toBe(false)
    expect(await worker.getByRole('button', { name: 'Plan aanpassen' }).isVisible()).toBe(false)
    expect(await worker.getByText('Younes gaat voetballen bij een club.').isVisible()).toBe(true)
    await worker.emulateMedia({ media: 'screen' })

    // Shirley activates her log-in with the code and a password of her own.
    const { page: mother } = await newPage(browser)
    await mother.goto(`${server.url}/activeren`)
    await mother.getByRole('heading', { level: 1, name: 'Uw inlog activeren' }).waitFor()
    await expectAccessible(mother)
    await mother.getByLabel('E-mailadres').fill('shirley.bremer@voorbeeld.nl')
    await mother.getByLabel('Code', { exact: true }).fill(code)
    await mother.getByLabel('Kies een wachtwoord').fill('onze rustige ochtenden')
    await mother.getByLabel('Herhaal het wachtwoord').fill('onze rustige ochtenden')
    await mother.getByRole('button', { name: 'Activeren' }).click()

    // Her plan, in plain words; she disagrees with the second goal.
    await mother.getByRole('heading', { level: 2, name: 'Uw plan' }).waitFor()
    await mother.getByRole('heading', { name: "Doel 1: We willen 's ochtends rustig de deur uit." }).waitFor()
    await expectAccessible(mother)
    const goal = mother.getByRole('region', { name: 'Doel 2: Younes gaat voetballen bij een club.' })
    await goal.getByRole('button', { name: 'Zeg wat u vindt' }).click()
    const view = goal.getByRole('form', { name: 'Wat vindt u van dit doel?' })
    await view
      .getByRole('radiogroup', { name: /Bent u het eens met dit doel/ })
      .getByText('Niet eens', { exact: true })
      .click()
    await view.getByLabel('In uw eigen woorden').fill('Voetbal is te duur voor ons. Liever zwemles.')
    await view.getByRole('button', { name: 'Mening opslaan' }).click()
    await mother.getByText('Opgeslagen. Uw wijkcoach ziet wat u schreef.').waitFor()
    await expectAccessible(mother)

    // The worker sees it on the case.
    await worker.reload()
    const onCase = worker.getByRole('article', { name: 'Doel 2', exact: true })
    await onCase.getByText('Voetbal is te duur voor ons. Liever zwemles.').waitFor()
    expect(await onCase.getByText('Niet eens').count()).toBeGreaterThan(0)
  }, 120_000)
})
