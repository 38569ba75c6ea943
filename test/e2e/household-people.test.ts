import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { dutchCalendarDate } from '#shared/domain/age'
import { formatDate } from '#shared/domain/dates'
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
  await page.getByLabel('E-mailadres').fill(account.email)
  await page.getByLabel('Wachtwoord', { exact: true }).fill(account.password)
  await page.getByRole('button', { name: 'Inloggen' }).click()
  await passSecondFactor(page, server, account.email)
  return page
}

const sql = <T>(query: string, ...params: unknown[]) => server.db.$client.prepare(query).get(...params) as T

/** A folded-away part of the page, opened with the keyboard as a keyboard user would. */
async function open(page: Page, summary: string) {
  const toggle = page.locator('summary', { hasText: new RegExp(`^${summary}$`) })
  await toggle.focus()
  await page.keyboard.press('Enter')
  const details = page.locator('details', { has: toggle })
  await details.locator(':scope[open]').waitFor()
  return details
}

describe('the people around a household', () => {
  it('a worker adds a partner, records that a son left, sets authority for a child, and adds a neighbour and a professional', async () => {
    const household = sql<{ id: number }>("SELECT id FROM households WHERE name = 'Familie Jansen'")
    const today = dutchCalendarDate(new Date())
    const page = await logIn('workerNoord1')
    await page.getByRole('heading', { level: 1, name: 'Vandaag' }).waitFor()
    await page.goto(`${server.url}/huishoudens/${household.id}`)
    await page.getByRole('heading', { level: 1, name: 'Familie Jansen' }).waitFor()
    await expectAccessible(page)

    // A partner moves in. Name and role are enough; the birthdate makes it possible to choose him for authority.
    const add = await open(page, 'Gezinslid toevoegen')
    await add.getByRole('button', { name: 'Toevoegen' }).click()
    await page.getByRole('heading', { name: /Verbeter de fouten/ }).waitFor()
    await expectAccessible(page)
    await add.getByLabel('Voornaam').fill('Peter')
    await add.getByLabel('Achternaam').fill('de Vries')
    await add.getByLabel(/^Geboortedatum/).fill('1983-04-12')
    await add.getByLabel('Rol in het huishouden').selectOption({ label: 'Partner' })
    await add.getByRole('button', { name: 'Toevoegen' }).click()
    await page.getByText('Peter de Vries hoort nu bij het huishouden.').waitFor()
    await page
      .getByRole('table', { name: 'Gezinsleden' })
      .getByRole('row', { name: /Peter de Vries/ })
      .waitFor()
    await expectAccessible(page)

    // Sem (17) moves out: he is listed under former members with the date, his history stays.
    const sem = await open(page, 'Sem Jansen wijzigen')
    await expect.poll(() => sem.getByLabel('Datum van vertrek').inputValue()).toBe(today)
    await expectAccessible(page)
    await sem.getByRole('button', { name: 'Vertrek vastleggen' }).click()
    await page.getByText(/Sem Jansen woont niet meer in het huishouden/).waitFor()
    await page.getByRole('heading', { level: 3, name: 'Vroegere gezinsleden', exact: true }).waitFor()
    await page.getByText(`Sem Jansen (Kind), vertrokken op ${formatDate(today, 'nl')}`).waitFor()
    expect(await page.getByRole('table', { name: 'Gezinsleden' }).getByText('Sem Jansen').count()).toBe(0)
    const left = sql<{ left_on: string }>(
      "SELECT left_on FROM persons WHERE given_name = 'Sem' AND household_id = ?",
      household.id,
    )
    expect(left.left_on).toBe(today)
    await expectAccessible(page)

    // Daan (11): his mother in the household and his father outside it hold parental authority.
    const daan = await open(page, 'Daan Jansen wijzigen')
    const authority = daan.getByRole('group', { name: 'Wie heeft het gezag over Daan?' })
    // The design system draws its own box over the native checkbox: click the label, as a user does.
    for (const [label, checked] of [
      ['Kim Jansen (Ouder)', true],
      ['Peter de Vries (Partner)', false],
    ] as const) {
      if ((await authority.getByRole('checkbox', { name: label }).isChecked()) !== checked)
        await authority.getByText(label, { exact: true }).click()
    }
    await daan.getByRole('button', { name: 'Iemand buiten het huishouden toevoegen' }).click()
    await daan
      .getByRole('group', { name: 'Persoon buiten het huishouden 1' })
      .getByLabel('Naam')
      .fill('Erik Jansen (vader)')
    await daan.getByLabel('Hoe is die persoon te bereiken?').fill('06 1234 5678')
    await daan.getByRole('button', { name: 'Gezag opslaan' }).click()
    await daan.getByText('Opgeslagen.').waitFor()
    await page
      .getByRole('table', { name: 'Gezinsleden' })
      .getByRole('row', { name: /Daan Jansen/ })
      .getByText('Kim Jansen en Erik Jansen (vader)')
      .waitFor()
    await expectAccessible(page)

    // A neighbour from the informal network.
    const network = await open(page, 'Iemand uit het netwerk toevoegen')
    await network.getByLabel('Naam').fill('Henk Bos')
    await network.getByLabel('Relatie met het huishouden').fill('buurman')
    await network.getByLabel(/^Hoe helpt die persoon\?/).fill('Neemt Daan op zaterdag mee naar voetbal.')
    await network.getByLabel(/^Hoe is die persoon te bereiken\?/).fill('06 8765 4321')
    await network.getByRole('button', { name: 'Toevoegen' }).click()
    await page.getByText('Henk Bos staat nu in het netwerk.').waitFor()
    await page
      .getByRole('table', { name: 'Netwerk' })
      .getByRole('row', { name: /Henk Bos/ })
      .waitFor()
    await expectAccessible(page)

    // A professional of a partner organisation from the administrator's list.
    const professional = await open(page, 'Betrokken professional toevoegen')
    await professional.getByLabel('Organisatie').selectOption({ label: 'Jeugdhulp De Wilg' })
    await professional.getByLabel('Contactpersoon').fill('Fatima Ouali')
    await professional.getByLabel(/^Rol of functie/).fill('jeugdhulpverlener')
    await professional.getByRole('button', { name: 'Toevoegen' }).click()
    await page.getByText('Fatima Ouali (Jeugdhulp De Wilg) is toegevoegd.').waitFor()
    await page
      .getByRole('table', { name: 'Betrokken professionals' })
      .getByRole('row', { name: /Fatima Ouali/ })
      .waitFor()
    await expectAccessible(page)

    // Someone of the network who no longer helps leaves the list, after a question; the record stays.
    await page
      .getByRole('table', { name: 'Netwerk' })
      .getByRole('row', { name: /Truus Jansen/ })
      .getByRole('button', { name: /Niet meer betrokken/ })
      .click()
    const dialog = page.getByRole('dialog')
    await dialog.getByText(/Helpt Truus Jansen niet meer mee\?/).waitFor()
    await expectAccessible(page)
    await dialog.getByRole('button', { name: 'Ja, niet meer betrokken' }).click()
    await page.getByText('Truus Jansen staat niet meer in het netwerk.').waitFor()
    expect(await page.getByRole('table', { name: 'Netwerk' }).getByText('Truus Jansen').count()).toBe(0)
    expect(
      sql<{ ended_on: string | null }>("SELECT ended_on FROM network_members WHERE name = 'Truus Jansen'")
        .ended_on,
    ).toBe(today)

    const holders = server.db.$client
      .prepare(
        `SELECT a.holder_person_id AS personId, a.external_name AS name, a.external_contact AS contact
         FROM authority_holders a JOIN persons p ON p.id = a.child_id
         WHERE p.given_name = 'Daan' AND p.household_id = ? ORDER BY a.id`,
      )
      .all(household.id)
    expect(holders).toEqual([
      { personId: expect.any(Number), name: null, contact: null },
      { personId: null, name: 'Erik Jansen (vader)', contact: '06 1234 5678' },
    ])
    await page.context().close()
  }, 60_000)
})

describe('the administrator-managed lists', () => {
  it('an administrator adds a partner organisation and switches an expertise off', async () => {
    const page = await logIn('admin')
    await page.getByRole('heading', { level: 1, name: 'Gebruikers' }).waitFor()
    await page.getByRole('link', { name: 'Lijsten' }).click()
    await page.getByRole('heading', { level: 1, name: 'Lijsten' }).waitFor()
    await expectAccessible(page)

    const organisations = page.getByRole('region', { name: 'Partnerorganisaties' })
    const newOrganisation = organisations.getByRole('form', { name: 'Organisatie toevoegen' })
    await newOrganisation.getByRole('button', { name: 'Toevoegen' }).click()
    await page.getByRole('heading', { name: /Verbeter de fouten/ }).waitFor()
    await expectAccessible(page)
    await newOrganisation.getByLabel('Naam').fill('Buurtzorg Voorbeeld')
    await newOrganisation.getByRole('button', { name: 'Toevoegen' }).click()
    await page.getByText('Buurtzorg Voorbeeld is toegevoegd en staat aan.').waitFor()
    await organisations
      .getByRole('row', { name: /Buurtzorg Voorbeeld/ })
      .getByText('Aan', { exact: true })
      .waitFor()
    await expectAccessible(page)

    const expertises = page.getByRole('region', { name: 'Expertise' })
    const addiction = expertises.getByRole('row', { name: /Verslaving/ })
    await addiction.getByRole('button', { name: /Uitzetten/ }).click()
    await page.getByText('Verslaving staat uit. Medewerkers kunnen het niet meer kiezen.').waitFor()
    await addiction.getByRole('button', { name: /Aanzetten/ }).waitFor()
    await addiction.getByText('Uit', { exact: true }).waitFor()
    await expect
      .poll(() => sql<{ active: number }>("SELECT active FROM expertises WHERE name = 'Verslaving'").active)
      .toBe(0)
    expect(
      sql<{ active: number }>("SELECT active FROM organisations WHERE name = 'Buurtzorg Voorbeeld'").active,
    ).toBe(1)
    await expectAccessible(page)

    // The lists workers choose from follow at once.
    const worker = await logIn('workerNoord1')
    await worker.getByRole('heading', { level: 1, name: 'Vandaag' }).waitFor()
    const lists = await worker.evaluate(async () => {
      const get = (path: string) => fetch(path).then((r) => r.json() as Promise<{ name: string }[]>)
      return { expertises: await get('/api/expertises'), organisations: await get('/api/organisations') }
    })
    expect(lists.expertises.map((e) => e.name)).not.toContain('Verslaving')
    expect(lists.organisations.map((o) => o.name)).toContain('Buurtzorg Voorbeeld')
    await worker.context().close()
    await page.context().close()
  }, 60_000)
})
