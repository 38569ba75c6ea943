import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { dutchCalendarDate } from '#shared/domain/age'
import { firstAppointmentDueOn } from '#shared/domain/first-appointment'
import { formatDate } from '#shared/domain/dates'
import {
  demoAccount,
  expectAccessible,
  launchBrowser,
  newPage,
  startDemoServer,
  passSecondFactor,
} from '../support/e2e.ts'
import { manualClock } from '../../server/src/lib/clock.ts'
import { birthdateForAge } from '../../server/src/seed/dates.ts'
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

/** Radios are chosen by their visible label, as a user would: the design system hides the native circle. */
async function choose(page: Page, group: string | RegExp, option: string) {
  await page.getByRole('radiogroup', { name: group }).getByText(option, { exact: true }).click()
}

/** Everything the form marks as required, as assistive technology sees it (a radio group counts once). */
function requiredInputs(page: Page) {
  return page.locator('main form [aria-required="true"], main form [required]')
}

const today = dutchCalendarDate(new Date())
const inDays = (days: number) => {
  const date = new Date(`${today}T12:00:00Z`)
  date.setUTCDate(date.getUTCDate() + days)
  return date.toISOString().slice(0, 10)
}
// Two weeks away from any birthday, so the ages hold whatever day the test runs.
const born = (age: number) => birthdateForAge(today, age, 0.5, 14)

describe('access and triage', () => {
  it("a GP's request for a new household is registered past a possible duplicate, triaged with safety 'yes' and taken up by a colleague", async () => {
    const worker = demoAccount('workerNoord1')
    const colleague = demoAccount('workerNoord2')
    // A household of the team already lives at this address: the form must suggest it before creating a new one.
    const existing = server.db.$client
      .prepare(
        `SELECT h.name, h.postcode, h.house_number AS houseNumber, h.street, h.city, n.name AS neighbourhood
         FROM households h JOIN neighbourhoods n ON n.id = h.neighbourhood_id JOIN teams t ON t.id = h.team_id
         WHERE t.name = 'Wijkteam Noord' ORDER BY h.id LIMIT 1`,
      )
      .get() as {
      name: string
      postcode: string
      houseNumber: number
      street: string
      city: string
      neighbourhood: string
    }

    // The worker starts the day on "Vandaag".
    const page = await logIn('workerNoord1')
    await page.getByRole('heading', { level: 1, name: 'Vandaag' }).waitFor()
    await expectAccessible(page)

    await page.getByRole('link', { name: 'Nieuwe aanmelding' }).click()
    await page.getByRole('heading', { level: 1, name: 'Aanmelding registreren' }).waitFor()
    await expectAccessible(page)
    // As light as possible: source, date received (prefilled), the question, whether the household knows, and
    // which household. Everything else is optional.
    expect(await requiredInputs(page).count()).toBeLessThanOrEqual(5)
    expect(await page.getByLabel('Datum ontvangen').inputValue()).toBe(today)

    await page.getByLabel('Van wie komt de aanmelding?').selectOption({ label: 'Huisarts' })
    await page.getByLabel('Naam van de melder').fill('Dr. M. Kok, huisartsenpraktijk De Linde')
    await page.getByLabel('Hoe is de melder te bereiken?').fill('020 123 4567')
    await page
      .getByLabel('De vraag, in de woorden van de melder')
      .fill(
        'Moeder vertelt dat het thuis niet meer gaat. Ze slaapt slecht en de oudste blijft thuis van school.',
      )
    await choose(page, 'Weet het huishouden van deze aanmelding?', 'Ja')
    await choose(page, 'Kent het team dit huishouden al?', 'Nee, ik registreer een nieuw huishouden')

    await page.getByLabel('Wijk').selectOption({ label: existing.neighbourhood })
    await page.getByLabel('Postcode', { exact: true }).fill(existing.postcode)
    await page.getByLabel('Huisnummer').fill(String(existing.houseNumber))
    await page.getByLabel('Straat').fill(existing.street)
    await page.getByLabel('Plaats').fill(existing.city)

    const people = [
      { given: 'Samira', family: 'Bouzid', age: 38, relation: 'Ouder' },
      { given: 'Noor', family: 'Bouzid', age: 4, relation: 'Kind' },
      { given: 'Adam', family: 'Bouzid', age: 12, relation: 'Kind' },
      { given: 'Yasmine', family: 'Bouzid', age: 16, relation: 'Kind' },
    ]
    for (const [index, person] of people.entries()) {
      if (index > 0) await page.getByRole('button', { name: 'Persoon toevoegen' }).click()
      const group = page.getByRole('group', { name: `Persoon ${index + 1}`, exact: true })
      await group.getByLabel('Voornaam').fill(person.given)
      await group.getByLabel('Achternaam').fill(person.family)
      await group.getByLabel('Geboortedatum').fill(born(person.age))
      await group.getByLabel('Rol in het huishouden').selectOption({ label: person.relation })
      // The mother holds parental authority over each child.
      if (person.age < 18)
        await page
          .getByRole('group', { name: new RegExp(`Wie heeft het gezag over ${person.given}`) })
          .getByText('Samira Bouzid', { exact: true })
          .click()
    }

    // The possible duplicate stands there before anything is created, with the reason; the worker decides.
    const duplicates = page.getByRole('region', { name: 'Mogelijk kent het team dit huishouden al' })
    await duplicates.waitFor()
    await expect.poll(() => duplicates.getByText(existing.name, { exact: true }).count()).toBe(1)
    await expect.poll(() => duplicates.getByText('Waarom: zelfde adres').count()).toBe(1)
    await expectAccessible(page)
    await duplicates.getByRole('button', { name: 'Geen van deze: doorgaan met een nieuw huishouden' }).click()
    await page.getByRole('button', { name: 'Aanmelding opslaan' }).click()

    // The request's page: the question, and the five-day first appointment.
    await page.getByRole('heading', { level: 1, name: 'Aanmelding voor Familie Bouzid' }).waitFor()
    await page.getByText('De aanmelding is geregistreerd.').waitFor()
    const due = formatDate(firstAppointmentDueOn(today), 'nl')
    await page.getByText(`Afspraak uiterlijk maken op ${due}`).waitFor()
    await expectAccessible(page)

    await page.getByLabel('Datum van de afspraak').fill(inDays(2))
    await page.getByRole('button', { name: 'Afspraak opslaan' }).click()
    await page.getByText('De afspraak is opgeslagen.').waitFor()
    await page.getByText(`Op ${formatDate(today, 'nl')}, op tijd (uiterlijk ${due})`).waitFor()

    // Triage on one screen: safety "yes" with an observation, and the team takes it up with a colleague.
    await choose(page, 'Hoe dringend is het?', 'Binnen enkele dagen')
    await choose(page, 'Zijn er signalen dat iemand in dit huishouden niet veilig is?', 'Ja')
    await page
      .getByLabel('Wat zag of hoorde u?')
      .fill('Moeder vertelt over harde ruzies met haar ex-partner waar de kinderen bij zijn.')
    await choose(page, 'Welke route kiest u?', 'Het team pakt het op')
    await page
      .getByRole('group', { name: /Wie pakt het op/ })
      .getByText(colleague.name, { exact: true })
      .click()
    await page
      .getByLabel('Korte onderbouwing')
      .fill('Meerdere leefgebieden en een veiligheidssignaal; samen met een collega oppakken.')
    await page.getByRole('button', { name: 'Triage opslaan' }).click()
    await page.getByText('De triage is opgeslagen (versie 1).').waitFor()
    await page.getByRole('heading', { level: 4, name: new RegExp(`Versie 1, door ${worker.name}`) }).waitFor()
    // From now on the safety mark stands beside the household's name.
    await page.getByRole('heading', { level: 1 }).getByText('Veiligheid', { exact: true }).waitFor()
    await expectAccessible(page)

    // The household page: the mark, the request, and a first-contact fact recorded.
    await page.getByRole('link', { name: 'Familie Bouzid', exact: true }).click()
    await page.getByRole('heading', { level: 1, name: /Familie Bouzid/ }).waitFor()
    await page.getByRole('heading', { level: 1 }).getByText('Veiligheid', { exact: true }).waitFor()
    await expect.poll(() => page.getByRole('cell', { name: 'Samira Bouzid' }).count()).toBe(3)
    const voluntary = page.getByRole('form', { name: 'Vrijwilligheid uitgelegd' })
    await voluntary.getByRole('button', { name: 'Vastleggen' }).click()
    await voluntary.getByText(`Vastgelegd: ${formatDate(today, 'nl')}, door ${worker.name}`).waitFor()
    await expectAccessible(page)
    await page.context().close()

    const stored = server.db.$client
      .prepare(
        `SELECT r.source, h.safety_flagged_at AS flagged, (SELECT count(*) FROM persons p WHERE p.household_id = h.id) AS members
         FROM requests r JOIN households h ON h.id = r.household_id WHERE h.name = 'Familie Bouzid'`,
      )
      .get() as { source: string; flagged: string | null; members: number }
    expect(stored).toMatchObject({ source: 'gp', members: 4 })
    expect(stored.flagged).not.toBeNull()

    // The colleague finds the household in "Vandaag", with the safety mark, and picks it up in one action.
    const colleaguePage = await logIn('workerNoord2')
    await colleaguePage.getByRole('heading', { level: 1, name: 'Vandaag' }).waitFor()
    const newRow = colleaguePage
      .getByRole('region', { name: 'Nieuw voor u' })
      .getByRole('row', { name: /Familie Bouzid/ })
    await newRow.getByText('Veiligheid', { exact: true }).waitFor()
    await expectAccessible(colleaguePage)
    await newRow.getByRole('button', { name: /^Oppakken/ }).click()
    await colleaguePage.getByText('U heeft Familie Bouzid opgepakt.', { exact: false }).waitFor()
    await colleaguePage.getByRole('link', { name: 'Mijn huishoudens', exact: true }).click()
    await colleaguePage.getByRole('heading', { level: 1, name: 'Mijn huishoudens' }).waitFor()
    await colleaguePage
      .getByRole('row', { name: /Familie Bouzid/ })
      .getByText('Veiligheid', { exact: true })
      .waitFor()
    await expectAccessible(colleaguePage)
    await colleaguePage.context().close()

    // The supervisor sees the safety "yes" among the signals not yet followed up.
    const supervisorPage = await logIn('supervisorNoord')
    await supervisorPage.getByRole('heading', { level: 1, name: 'Overzicht van het team' }).waitFor()
    await supervisorPage.getByRole('link', { name: 'Aanmeldingen', exact: true }).click()
    await supervisorPage.getByRole('heading', { level: 1, name: 'Aanmeldingen' }).waitFor()
    await supervisorPage
      .getByRole('region', { name: 'Signalen van onveiligheid, nog niet opgevolgd' })
      .getByRole('row', { name: new RegExp(`Familie Bouzid.*${worker.name}`) })
      .waitFor()
    await expectAccessible(supervisorPage)
    await supervisorPage.context().close()
    // One journey across three users and seven pages, each checked with axe.
  }, 120_000)

  it('a request without an appointment moves into the overdue warning at the top of the inbox after five days', async () => {
    const clock = manualClock(new Date())
    const late = await startDemoServer({ clock })
    try {
      const overdueSection = (page: Page) =>
        page.getByRole('region', { name: /eerste afspra(ak|ken) (is|zijn) te laat/ })
      const logInAt = async () => {
        const { page } = await newPage(browser)
        const account = demoAccount('workerNoord1')
        await page.goto(`${late.url}/inloggen`)
        await page.getByLabel('E-mailadres').fill(account.email)
        await page.getByLabel('Wachtwoord', { exact: true }).fill(account.password)
        await page.getByRole('button', { name: 'Inloggen' }).click()
        await page.getByRole('heading', { level: 1, name: 'Vandaag' }).waitFor()
        return page
      }
      const page = await logInAt()
      const household = late.db.$client
        .prepare(
          `SELECT h.id, h.name FROM households h JOIN case_assignments a ON a.household_id = h.id
           JOIN users u ON u.id = a.worker_id WHERE u.email = ? AND a.ended_at IS NULL
           AND NOT EXISTS (SELECT 1 FROM requests r WHERE r.household_id = h.id) LIMIT 1`,
        )
        .get(demoAccount('workerNoord1').email) as { id: number; name: string }
      // A school calls in today; registering it through the API keeps this test about the five days.
      const registered = await page.request.post(`${late.url}/api/requests`, {
        headers: { origin: late.url },
        data: {
          source: 'school',
          receivedOn: dutchCalendarDate(clock.now()),
          question: 'Mentor maakt zich zorgen: vaak afwezig op maandag.',
          householdKnows: 'yes',
          existingHouseholdId: household.id,
        },
      })
      expect(registered.status()).toBe(201)
      await page.reload()
      await page.getByRole('heading', { level: 2, name: 'Aanmeldingen om te beoordelen (triage)' }).waitFor()
      expect(
        await overdueSection(page)
          .getByRole('row', { name: new RegExp(household.name) })
          .count(),
      ).toBe(0)
      await page.context().close()

      clock.advance(6 * 24 * 60 * 60 * 1000)
      const sixDaysLater = await logInAt()
      await overdueSection(sixDaysLater)
        .getByRole('row', { name: new RegExp(household.name) })
        .waitFor()
      await expectAccessible(sixDaysLater)
      await sixDaysLater.context().close()
    } finally {
      await late.close()
    }
  }, 60_000)
})
