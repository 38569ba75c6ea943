import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { dutchCalendarDate } from '#shared/domain/age'
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
let bremer: number
let toClose: { id: number; name: string }

beforeAll(async () => {
  server = await startDemoServer()
  browser = await launchBrowser()
  const db = server.db.$client
  // Familie Bremer (Youssef's, no safety records in the demo) gets a 4-year-old.
  bremer = (db.prepare("SELECT id FROM households WHERE name = 'Familie Bremer'").get() as { id: number }).id
  db.prepare(
    `INSERT INTO persons (household_id, given_name, family_name, birthdate, relation, created_at)
     VALUES (?, 'Mila', 'Bremer', ?, 'child', '2026-01-01T00:00:00Z')`,
  ).run(bremer, `${Number(dutchCalendarDate(new Date()).slice(0, 4)) - 5}-01-15`)
  // Another of Youssef's households, ready to close except that nobody told them how to object: every member has a
  // current safety picture and there are no signals or meldcode trajectories.
  const youssef = (
    db.prepare('SELECT id FROM users WHERE email = ?').get(demoAccount('workerNoord2').email) as {
      id: number
    }
  ).id
  toClose = db
    .prepare(
      `SELECT h.id, h.name FROM households h JOIN case_assignments a ON a.household_id = h.id
       WHERE a.worker_id = ? AND a.ended_at IS NULL AND h.id <> ?
         AND NOT EXISTS (SELECT 1 FROM safety_signals s WHERE s.household_id = h.id)
         AND NOT EXISTS (SELECT 1 FROM meldcode_trajectories t WHERE t.household_id = h.id)
       ORDER BY h.id LIMIT 1`,
    )
    .get(youssef, bremer) as { id: number; name: string }
  db.prepare(
    'UPDATE first_contacts SET objection_explained_on = NULL, objection_explained_by = NULL WHERE household_id = ?',
  ).run(toClose.id)
  const today = dutchCalendarDate(new Date())
  for (const { id } of db
    .prepare('SELECT id FROM persons WHERE household_id = ? AND left_on IS NULL')
    .all(toClose.id) as { id: number }[])
    db.prepare(
      `INSERT INTO safety_pictures (household_id, person_id, assessment, basis, assessed_on, recorded_by, recorded_at)
       VALUES (?, ?, 'safe', 'Laatste huisbezoek: rustig, afspraken nagekomen.', ?, ?, ?)`,
    ).run(toClose.id, id, today, youssef, new Date().toISOString())
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

/** Opens one step of the meldcode trajectory (a <details>) and returns it. */
async function step(page: Page, name: RegExp) {
  const details = page.locator('details.naast-meldcode-step', {
    has: page.locator('summary', { hasText: name }),
  })
  if (!(await details.evaluate((d) => (d as HTMLDetailsElement).open)))
    await details.locator('summary').click()
  return details
}

describe('safety and the meldcode', () => {
  it('a worker records a signal about a 4-year-old, follows the five steps to a report, shares with Veilig Thuis on it, and the supervisor sees it', async () => {
    const worker = await logIn('workerNoord2')
    await worker.goto(`${server.url}/huishoudens/${bremer}`)
    await worker.getByRole('heading', { level: 1, name: /Familie Bremer/ }).waitFor()
    await worker.getByRole('link', { name: 'Signaal vastleggen' }).first().click()
    await worker.getByRole('heading', { level: 1, name: /Veiligheid/ }).waitFor()

    // 1. The signal: what was seen on the home visit, about Mila (4).
    const signals = worker.getByRole('region', { name: 'Signalen' })
    await signals
      .getByRole('group', { name: /Over wie gaat het/ })
      .getByText(/Mila Bremer/)
      .click()
    await signals
      .getByLabel('Wat is er gezien of gehoord?')
      .fill(
        'Mila had bij het huisbezoek blauwe plekken op beide bovenarmen en kroop weg toen haar vader binnenkwam.',
      )
    await signals.getByLabel('Hoe kwam het signaal binnen?').selectOption({ label: 'Huisbezoek' })
    await signals.getByRole('button', { name: 'Signaal opslaan' }).click()
    await worker.getByText('Het signaal is vastgelegd.').waitFor()
    await expectAccessible(worker)

    // Steps 1–3: map the signal, consult the supervisor, hold the conversation.
    const meldcode = worker.getByRole('region', { name: 'Meldcode' })
    await meldcode
      .getByRole('group', { name: /Welke signalen horen bij dit traject/ })
      .getByText(/blauwe plekken/)
      .click()
    await meldcode.getByRole('button', { name: 'Meldcode-traject starten' }).click()
    await worker.getByText('Het meldcode-traject is gestart.').waitFor()

    const consult = await step(worker, /Stap 2/)
    await consult
      .getByLabel('Wie heeft u geraadpleegd?')
      .fill('Marieke van Dijk (teamleider, aandachtsfunctionaris)')
    await consult.getByLabel('Welk advies kreeg u?').fill('Eerst met moeder praten, daarna samen afwegen.')
    await consult.getByRole('button', { name: 'Stap 2 opslaan' }).click()
    await worker.getByText('Stap 2 is opgeslagen.').waitFor()

    const talk = await step(worker, /Stap 3/)
    await talk
      .getByRole('radiogroup', { name: /Heeft u met de betrokkenen gesproken/ })
      .getByText('Ja')
      .click()
    await talk.getByLabel('Met wie?').fill('Shirley (moeder)')
    await talk
      .getByLabel('Wat is er besproken?')
      .fill('Zorgen benoemd; Shirley vertelt over spanningen en drank.')
    await talk.getByRole('button', { name: 'Stap 3 opslaan' }).click()
    await worker.getByText('Stap 3 is opgeslagen.').waitFor()

    // Step 4: the afwegingskader, question 3 "no": report needed.
    const weigh = await step(worker, /Stap 4/)
    for (const n of [1, 2, 3, 4, 5]) {
      const answer = n === 2 || n === 3 ? 'Nee' : 'Ja'
      await weigh
        .getByRole('radiogroup', { name: new RegExp(`^Vraag ${n}\\.`) })
        .getByText(answer)
        .click()
      await weigh
        .getByLabel(`Onderbouwing bij vraag ${n}`)
        .fill(`Onderbouwing ${n}: besproken met de teamleider.`)
    }
    await weigh
      .getByRole('status')
      .getByText(/Melding nodig: vraag 3 is nee/)
      .waitFor()
    await weigh.getByRole('button', { name: 'Stap 4 opslaan' }).click()
    await worker.getByText('Stap 4 is opgeslagen.').waitFor()

    // Step 5: the report, without telling the household beforehand, with the reason.
    const decide = await step(worker, /Stap 5/)
    await decide.getByText('Volgens het afwegingskader is een melding nodig').waitFor()
    await decide.getByText('Melding bij Veilig Thuis', { exact: true }).click()
    await decide.getByLabel('Kenmerk van de melding').fill('VT-2026-07731')
    await decide
      .getByRole('radiogroup', { name: /Huishouden vooraf verteld/ })
      .getByText('Nee')
      .click()
    await decide
      .getByLabel('Waarom is het huishouden niet vooraf verteld?')
      .fill('Vooraf vertellen brengt Shirley en de kinderen in gevaar: vader is dan thuis.')
    await decide.getByRole('button', { name: 'Besluit vastleggen' }).click()
    await worker.getByText('Het besluit is vastgelegd.').waitFor()
    await worker.getByText('Het team blijft betrokken na een melding.').waitFor()
    await expectAccessible(worker)

    // Share with Veilig Thuis on the basis of that report (no consent).
    await worker.goto(`${server.url}/huishoudens/${bremer}`)
    const sharing = worker.getByRole('region', { name: 'Gedeelde informatie' })
    const form = sharing.locator('details', { hasText: 'Delen vastleggen' }).first()
    if (!(await form.evaluate((d) => (d as HTMLDetailsElement).open))) await form.locator('summary').click()
    await form.getByText(/Op grond van een melding bij Veilig Thuis/).click()
    await form
      .getByRole('group', { name: /Over wie/ })
      .getByText('Mila Bremer')
      .click()
    expect(await form.getByLabel('Met wie').inputValue()).toMatch(/Veilig Thuis/)
    await form.getByLabel('Waarvoor').fill('Melding huiselijk geweld')
    await form
      .getByRole('group', { name: /Welke gegevens/ })
      .getByText('Veiligheid', { exact: true })
      .click()
    await form.getByLabel(/Korte samenvatting/).fill('De signalen, het gesprek met moeder en de afweging.')
    await form.getByRole('radiogroup', { name: /Hoe/ }).getByText('Telefoon', { exact: true }).click()
    await form.getByRole('button', { name: 'Bekijk wat er wordt vastgelegd' }).click()
    await sharing
      .getByText(/kenmerk VT-2026-07731/)
      .first()
      .waitFor()
    await sharing.getByRole('button', { name: 'Delen vastleggen' }).click()
    await worker.getByText(/Vastgelegd: gedeeld met Veilig Thuis/).waitFor()
    await sharing
      .getByText(/Melding Veilig Thuis van .*kenmerk VT-2026-07731/)
      .first()
      .waitFor()
    // The team stays on the case: still on Youssef's caseload.
    await worker.goto(`${server.url}/huishoudens`)
    await worker.getByRole('link', { name: 'Familie Bremer' }).waitFor()

    // The supervisor sees the trajectory and clicks through to it.
    const supervisor = await logIn('supervisorNoord')
    await supervisor.goto(`${server.url}/team/veiligheid`)
    const decided = supervisor.getByRole('region', { name: /Besloten in de laatste 90 dagen/ })
    const row = decided.getByRole('row', { name: /Familie Bremer/ })
    await row.getByText(/VT-2026-07731; huishouden niet vooraf verteld/).waitFor()
    await expectAccessible(supervisor)
    await row.getByRole('link', { name: 'Familie Bremer' }).click()
    await supervisor.getByRole('heading', { level: 1, name: /Veiligheid/ }).waitFor()
    await supervisor.getByText(/Gemeld op .*kenmerk VT-2026-07731/).waitFor()
  }, 180_000)

  it('a case cannot be closed until the household was told how to object or complain', async () => {
    const worker = await logIn('workerNoord2')
    await worker.goto(`${server.url}/huishoudens/${toClose.id}`)
    await worker.getByRole('heading', { level: 1, name: toClose.name }).waitFor()
    const route = worker.getByRole('region', { name: 'Route en rechtsbescherming' })
    const close = route.locator('details', {
      has: worker.locator('summary', { hasText: 'Dossier afsluiten' }),
    })
    await close.locator('summary').click()
    await close
      .getByLabel('Reden van afsluiten')
      .fill('De doelen zijn bereikt; het gezin redt het weer zelf.')
    await close
      .getByLabel('Wat zei het huishouden?')
      .fill('Tevreden; ze weten ons te vinden als het nodig is.')
    await close.getByRole('button', { name: 'Dossier afsluiten' }).click()
    // The refusal, in the form: what is missing, why and how to resolve it.
    await close.getByRole('heading', { name: 'Niet afgesloten' }).waitFor()
    const refused = close
    await refused
      .getByText('Het huishouden is nog niet verteld hoe het bezwaar kan maken of kan klagen.')
      .waitFor()
    await refused.getByText(/Leg het uit en noteer de datum bij "Eerste contact"/).waitFor()
    await expectAccessible(worker)

    // Told today, recorded in the first-contact facts; now it closes.
    await worker
      .getByRole('form', { name: 'Bezwaar en klachten uitgelegd' })
      .getByRole('button', { name: 'Vastleggen' })
      .click()
    await worker
      .getByRole('form', { name: 'Bezwaar en klachten uitgelegd' })
      .getByText('Vastgelegd.')
      .waitFor()
    await close.getByRole('button', { name: 'Dossier afsluiten' }).click()
    await worker.getByText('Het dossier is afgesloten.').waitFor()
    await route.getByText('Dossier afgesloten').waitFor()
  }, 120_000)
})
