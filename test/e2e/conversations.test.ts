import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, Locator, Page } from 'playwright-core'
import { demoAccount, expectAccessible, launchBrowser, newPage, startDemoServer } from '../support/e2e.ts'
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
  return page
}

const householdIdOf = (name: string) =>
  (
    server.db.$client.prepare('SELECT id FROM households WHERE name = ? ORDER BY id LIMIT 1').get(name) as {
      id: number
    }
  ).id

/** What has keyboard focus, as text a test can compare: the element's id, or its tag and visible text. */
function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null
    if (!element) return ''
    return element.id || `${element.tagName.toLowerCase()}:${element.textContent?.trim() ?? ''}`
  })
}

/** Presses Tab until the element with this accessible text has focus (a keyboard user's way to a control). */
async function tabTo(page: Page, target: string, maxPresses = 40) {
  for (let i = 0; i < maxPresses; i++) {
    await page.keyboard.press('Tab')
    if ((await focused(page)).endsWith(target)) return
  }
  throw new Error(`Tab never reached "${target}"; focus is on "${await focused(page)}"`)
}

/** The label of the radio that has focus (radios move and check together with the arrow keys). */
function focusedRadioLabel(page: Page): Promise<string> {
  return page.evaluate(() => {
    const input = document.activeElement as HTMLInputElement | null
    return input?.labels?.[0]?.textContent?.trim() ?? ''
  })
}

/** A cell of the broad-view matrix, found by its row header (the domain) and column header (the member). */
async function matrixCell(page: Page, domain: string, member: string): Promise<Locator> {
  const table = page.getByRole('table', { name: /Zelfredzaamheid van elk gezinslid/ })
  const headers = await table.locator('thead th').allInnerTexts()
  const column = headers.findIndex((text) => text.startsWith(member))
  expect(column, `column of ${member}`).toBeGreaterThan(0)
  return table
    .getByRole('row', { name: new RegExp(`^${domain}`) })
    .locator('th, td')
    .nth(column)
}

/** Ticks or clears a checkbox the way a user does, by its visible label (the design system hides the box). */
async function setCheckbox(scope: Page | Locator, label: string, on: boolean) {
  const box = scope.getByRole('checkbox', { name: label, exact: true })
  if ((await box.isChecked()) !== on) await scope.getByText(label, { exact: true }).click()
  expect(await box.isChecked()).toBe(on)
}

const notes = [
  {
    kind: 'Huisbezoek',
    text: 'Huisbezoek met Kim en Daan. Post ligt ongeopend op tafel; samen drie aanmaningen bekeken.\nKim wil zelf de energieleverancier bellen, ik kijk mee.',
  },
  {
    kind: 'Telefonisch',
    text: 'Kim belde: de wasmachine is kapot en de was stapelt zich op. Ze vraagt of er een fonds is dat helpt.',
  },
  {
    kind: 'Met het netwerk',
    text: 'Gesprek met oma Truus. Zij wil op woensdag Daan van school halen zodat Kim naar de schuldhulp-intake kan.',
  },
]

describe('the conversation log', () => {
  it('takes three conversations in a row by keyboard alone, and search finds one back by a word in it', async () => {
    const worker = demoAccount('workerNoord1')
    const page = await logIn('workerNoord1')
    await page.getByRole('heading', { level: 1, name: 'Vandaag' }).waitFor()
    await page.goto(`${server.url}/huishoudens/${householdIdOf('Familie Jansen')}`)
    await page.getByRole('heading', { level: 1, name: 'Familie Jansen' }).waitFor()
    await page.getByRole('heading', { level: 2, name: 'Gesprekken' }).waitFor()
    await expectAccessible(page)

    // From here on only the keyboard: the button is a few Tab presses from the top, high on the page.
    await tabTo(page, 'Gesprek vastleggen', 20)
    await page.keyboard.press('Enter')
    const form = page.getByRole('form', { name: 'Nieuw gesprek' })
    await form.waitFor()
    await expect.poll(() => focused(page)).toBe('conversation-new-text')
    // As light as possible: the kind, the text and the moment (prefilled with now). Nothing else is required.
    expect(await form.locator('[aria-required="true"]').count()).toBeLessThanOrEqual(3)
    await expectAccessible(page)

    for (const [index, note] of notes.entries()) {
      // The kind sits just before the text: Shift+Tab, arrows to the kind, Tab back into the text.
      await page.keyboard.press('Shift+Tab')
      for (let i = 0; i < 6 && (await focusedRadioLabel(page)) !== note.kind; i++) {
        await page.keyboard.press('ArrowRight')
      }
      expect(await focusedRadioLabel(page)).toBe(note.kind)
      await page.keyboard.press('Tab')
      expect(await focused(page)).toBe('conversation-new-text')
      await page.keyboard.type(note.text)
      if (index < 2) {
        await page.keyboard.press('Control+Enter')
      } else {
        // The last one the long way: Tab past the time and the folded details to the button.
        await tabTo(page, 'Gesprek opslaan')
        await page.keyboard.press('Enter')
      }
      await expect
        .poll(() => form.locator('xpath=..').getByRole('status').innerText())
        .toMatch(/is vastgelegd/)
      // The form is empty again and the cursor is back in the text: ready for the next one.
      await expect.poll(() => focused(page)).toBe('conversation-new-text')
      expect(await page.locator('#conversation-new-text').inputValue()).toBe('')
    }
    await expectAccessible(page)

    // Newest first, with the kind, the author and the line breaks of the text.
    const entries = page.locator('.naast-conversation-list > li > article')
    await expect
      .poll(() => entries.first().getByRole('heading', { level: 4 }).innerText())
      .toMatch(/^Met het netwerk/)
    await expect.poll(() => entries.nth(2).innerText()).toContain('aanmaningen bekeken.\nKim wil zelf')
    expect(await entries.first().innerText()).toContain(worker.name)
    expect(
      server.db.$client
        .prepare("SELECT count(*) AS n FROM conversations WHERE text LIKE '%wasmachine is kapot%'")
        .get(),
    ).toEqual({ n: 1 })

    // Within 24 hours the author corrects an entry; the earlier version stays readable.
    const latest = entries.first()
    await latest.getByRole('button', { name: /^Verbeteren/ }).click()
    const correction = latest.getByLabel('Wat is er besproken?')
    await correction.fill(`${notes[2]!.text} Afgesproken: Kim belt zelf de school.`)
    await latest.getByRole('button', { name: 'Verbetering opslaan' }).click()
    await latest.getByText('De verbetering is opgeslagen. De vorige versie blijft bewaard.').waitFor()
    await latest.getByText(/bewerkt op/).waitFor()
    await latest.getByRole('button', { name: /^Eerdere versies bekijken/ }).click()
    await latest.getByText(/^Versie 1: Met het netwerk/).waitFor()
    await expectAccessible(page)

    // Search from the header: the conversation is found by a word in it, the word is marked.
    await page.getByRole('searchbox', { name: 'Zoeken in gesprekken en huishoudens' }).fill('wasmachine')
    await page.keyboard.press('Enter')
    await page.getByRole('heading', { level: 1, name: 'Zoeken' }).waitFor()
    const results = page.getByRole('region', { name: 'Resultaten voor “wasmachine”' })
    await results.waitFor()
    const hit = results.getByRole('listitem').filter({ has: page.locator('mark', { hasText: 'wasmachine' }) })
    await expect.poll(() => hit.count()).toBe(1)
    await hit.getByRole('link', { name: 'Familie Jansen' }).waitFor()
    await expectAccessible(page)

    // The result leads to the entry itself on the household page.
    await hit.getByRole('link', { name: /^Gesprek van / }).click()
    await page.getByRole('heading', { level: 1, name: 'Familie Jansen' }).waitFor()
    await expect.poll(() => focused(page)).toMatch(/^gesprek-\d+$/)
    expect(await page.locator(':focus').innerText()).toContain('de wasmachine is kapot')

    // Nothing is found outside the worker's own households, and the empty result says so.
    await page.getByRole('searchbox', { name: 'Zoeken in gesprekken en huishoudens' }).fill('xyzzyplugh')
    await page.keyboard.press('Enter')
    await page.getByText('Niets gevonden met “xyzzyplugh”.').waitFor()
    await page.getByText('U zoekt alleen in de huishoudens waar u bij betrokken bent.').waitFor()
    await expectAccessible(page)
    await page.context().close()
  }, 120_000)
})

describe('the broad view', () => {
  it('is filled for a family of four, shown as a matrix, and a second snapshot is compared with the first', async () => {
    const page = await logIn('workerNoord1')
    await page.getByRole('heading', { level: 1, name: 'Vandaag' }).waitFor()
    await page.goto(`${server.url}/huishoudens/${householdIdOf('Familie Jansen')}`)
    await page.getByRole('heading', { level: 1, name: 'Familie Jansen' }).waitFor()
    await page.getByRole('link', { name: 'Brede blik', exact: true }).click()
    await page.getByRole('heading', { level: 1, name: 'Brede blik: Familie Jansen' }).waitFor()
    await expectAccessible(page)

    await page.getByRole('button', { name: /^Brede blik (invullen|bijwerken)$/ }).click()
    await page.getByRole('heading', { level: 2, name: 'Nieuwe momentopname' }).waitFor()
    const members = ['Kim Jansen', 'Sem Jansen', 'Lieke Jansen', 'Daan Jansen']
    expect(await page.getByRole('tab').allInnerTexts()).toEqual(members)

    const score = async (domain: string, label: string) =>
      page
        .getByRole('tabpanel')
        .getByRole('radiogroup', { name: domain, exact: true })
        .getByText(label, { exact: true })
        .click()
    const domains = [
      'Inkomen & schulden',
      'Wonen',
      'Werk, opleiding & dagbesteding',
      'Lichamelijke gezondheid',
      'Psychisch welbevinden',
      'Middelengebruik',
      'Relaties & gezin',
      'Opvoeden & opgroeien',
      'Sociaal netwerk',
      'Meedoen',
      'Zelfzorg & dagelijks leven',
      'Veiligheid',
      'Justitie',
    ]
    const levels = [
      '1 acute problemen',
      '2 niet zelfredzaam',
      '3 beperkt zelfredzaam',
      '4 voldoende zelfredzaam',
      '5 volledig zelfredzaam',
    ]

    // Kim: every domain, with her own words and what carries her on income.
    await page.getByRole('tab', { name: 'Kim Jansen' }).click()
    for (const [i, domain] of domains.entries()) await score(domain, levels[(i % 4) + 1]!)
    await score('Inkomen & schulden', '2 niet zelfredzaam')
    // The notes are folded away, unless the snapshot this one starts from has notes there already.
    const incomeNotes = page.locator('details', {
      has: page.getByText('Toelichting, krachten en eigen woorden bij Inkomen & schulden'),
    })
    if (!(await incomeNotes.evaluate((details: HTMLDetailsElement) => details.open)))
      await incomeNotes.locator('summary').click()
    await page.getByLabel('Toelichting bij Inkomen & schulden').fill('Drie aanmaningen, post bleef liggen.')
    await page
      .getByLabel('Krachten en beschermende factoren bij Inkomen & schulden')
      .fill('Kim opent nu zelf de post en wil het aanpakken.')
    await setCheckbox(
      page.getByRole('group', { name: /Wat draagt dit bij Inkomen & schulden/ }),
      'Het netwerk',
      true,
    )
    await page
      .getByLabel(/Hoe ziet Kim het zelf\? \(Inkomen & schulden\)/)
      .fill('Ik wil gewoon weer rustig slapen.')

    // The children: a few domains each; Sem was heard, Lieke not yet; Daan (11) has no such mark.
    await page.getByRole('button', { name: 'Verder met Sem Jansen' }).click()
    await page.getByRole('heading', { level: 3, name: /^Sem Jansen/ }).waitFor()
    await setCheckbox(page, 'Sem Jansen is zelf gehoord', true)
    await score('Werk, opleiding & dagbesteding', '3 beperkt zelfredzaam')
    await score('Psychisch welbevinden', '4 voldoende zelfredzaam')
    await page.getByRole('tab', { name: 'Lieke Jansen' }).click()
    await setCheckbox(page, 'Lieke Jansen is zelf gehoord', false)
    await score('Werk, opleiding & dagbesteding', '2 niet zelfredzaam')
    await page.getByRole('tab', { name: 'Daan Jansen' }).click()
    expect(await page.getByLabel(/Daan Jansen is zelf gehoord/).count()).toBe(0)
    await score('Opvoeden & opgroeien', '3 beperkt zelfredzaam')
    await score('Justitie', 'Nog niet beoordeeld')
    await page.getByLabel(/Gewenste toekomst van het huishouden/).fill('Rust in huis en geen schulden meer.')
    await expectAccessible(page)
    await page.getByRole('button', { name: 'Momentopname opslaan' }).click()
    await page.getByText('De momentopname is opgeslagen.').waitFor()

    // The matrix: number and word in each cell, "heard" in the column header, reminders for what is open.
    expect(await (await matrixCell(page, 'Inkomen & schulden', 'Kim Jansen')).innerText()).toBe(
      '2 niet zelfredzaam',
    )
    expect(await (await matrixCell(page, 'Werk, opleiding & dagbesteding', 'Lieke Jansen')).innerText()).toBe(
      '2 niet zelfredzaam',
    )
    expect(await (await matrixCell(page, 'Justitie', 'Daan Jansen')).innerText()).toBe('nog niet beoordeeld')
    const table = page.getByRole('table', { name: /Zelfredzaamheid van elk gezinslid/ })
    await table.getByRole('columnheader', { name: /Sem Jansen.*gehoord/ }).waitFor()
    await table.getByRole('columnheader', { name: /Lieke Jansen.*nog niet gehoord/ }).waitFor()
    await page.getByRole('heading', { level: 2, name: 'Nog niet compleet' }).waitFor()
    await page
      .getByText(/^Daan Jansen: \d+ leefgebied(en)? nog niet beoordeeld \(.*Justitie.*\)\.$/)
      .waitFor()
    await page.getByText('Lieke Jansen (15 jaar) is nog niet zelf gehoord.').waitFor()
    for (const level of levels) await page.getByRole('listitem').filter({ hasText: level }).first().waitFor()
    await page.getByText('Ik wil gewoon weer rustig slapen.', { exact: false }).waitFor()
    await expectAccessible(page)

    // A second snapshot starts from the first: Kim's income went from 2 to 4.
    await page.getByRole('button', { name: 'Brede blik bijwerken' }).click()
    await page.getByRole('tab', { name: 'Kim Jansen' }).click()
    const income = page
      .getByRole('tabpanel')
      .getByRole('radiogroup', { name: 'Inkomen & schulden', exact: true })
    expect(await income.getByRole('radio', { name: '2 niet zelfredzaam' }).isChecked()).toBe(true)
    await score('Inkomen & schulden', '4 voldoende zelfredzaam')
    await page.getByRole('button', { name: 'Momentopname opslaan' }).click()
    await page.getByText('De momentopname is opgeslagen.').waitFor()
    expect(await (await matrixCell(page, 'Inkomen & schulden', 'Kim Jansen')).innerText()).toBe(
      '4 voldoende zelfredzaam',
    )

    // Compare: the two newest are chosen already; the change reads before → after.
    await page.getByRole('button', { name: 'Vergelijken' }).click()
    const changes = page.getByRole('table', { name: /^Veranderde scores van momentopname \d+ naar \d+$/ })
    await changes.waitFor()
    const row = changes.getByRole('row', { name: /Kim Jansen/ })
    await expect.poll(() => row.count()).toBe(1)
    expect(
      (await row.locator('th, td').allInnerTexts()).map((text) => text.replace(/\s+/g, ' ').trim()),
    ).toEqual([
      'Kim Jansen',
      'Inkomen & schulden',
      '2 niet zelfredzaam',
      '→ 4 voldoende zelfredzaam',
      'beter',
    ])
    await expectAccessible(page)

    // The snapshots stay apart; an earlier one can still be opened.
    await page
      .getByRole('link', { name: /^Momentopname \d+ bekijken$/ })
      .first()
      .click()
    await page.getByText('U bekijkt een eerdere momentopname.').waitFor()
    await expectAccessible(page)
    await page.context().close()
  }, 120_000)
})
